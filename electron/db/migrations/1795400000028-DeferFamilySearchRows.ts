import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 1795400000024's trigger rewrites a family's search row for each person inserted, and FTS5 flushes
 * its pending terms to disk whenever a row it has just written is written again: an import of
 * 25,000 rows took twice as long. An import knows when a new family has all its people, so while
 * it holds the one row of "family_search_deferred" (inside its own transaction, so no one else
 * ever sees it) the trigger leaves the rows to it, and it writes each family's row once, in order
 * (`insertingFamilies` in electron/db/family-search.ts). Changes and deletes are single rows and
 * keep their triggers.
 */
export class DeferFamilySearchRows1795400000028 implements MigrationInterface {
  name = 'DeferFamilySearchRows1795400000028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "family_search_deferred" ("deferred" integer PRIMARY KEY NOT NULL CHECK ("deferred" = 1))`,
    );
    await queryRunner.query(`DROP TRIGGER "family_search_insert"`);
    await queryRunner.query(`CREATE TRIGGER "family_search_insert" AFTER INSERT ON "person"
      WHEN NOT EXISTS (SELECT 1 FROM "family_search_deferred") BEGIN
      DELETE FROM "family_search" WHERE "rowid" = new."familyId";
      INSERT INTO "family_search" ("rowid", "nameKey")
        SELECT new."familyId", group_concat("firstNameKey" || ' ' || "lastNameKey", ' ')
        FROM (SELECT "firstNameKey", "lastNameKey" FROM "person" WHERE "familyId" = new."familyId" ORDER BY "id");
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "family_search_insert"`);
    await queryRunner.query(`CREATE TRIGGER "family_search_insert" AFTER INSERT ON "person" BEGIN
      DELETE FROM "family_search" WHERE "rowid" = new."familyId";
      INSERT INTO "family_search" ("rowid", "nameKey")
        SELECT new."familyId", group_concat("firstNameKey" || ' ' || "lastNameKey", ' ')
        FROM (SELECT "firstNameKey", "lastNameKey" FROM "person" WHERE "familyId" = new."familyId" ORDER BY "id");
    END`);
    await queryRunner.query(`DROP TABLE "family_search_deferred"`);
  }
}
