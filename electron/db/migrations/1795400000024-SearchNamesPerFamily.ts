import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The family's folded names, one person's full name after another, as the search reads them. */
const NAMES_OF = (familyId: string) => `SELECT ${familyId}, group_concat("firstNameKey" || ' ' || "lastNameKey", ' ')
  FROM (SELECT "firstNameKey", "lastNameKey" FROM "person" WHERE "familyId" = ${familyId} ORDER BY "id")
  HAVING COUNT(*) > 0`;

/** Writes the family's row anew from its people (none when it has none left). */
const REFRESH = (familyId: string) => `DELETE FROM "family_search" WHERE "rowid" = ${familyId};
  INSERT INTO "family_search" ("rowid", "nameKey") ${NAMES_OF(familyId)};`;

/**
 * The search finds families, not people: 1795400000020's index held a row per person, so a common
 * name ("jans") gave three rows per family that every search had to fold into one before it could
 * count or page them. Here a row per family, its rowid the family's id, holds the folded names of
 * all its people; words of one search are looked up in the same row. A person can only cross a
 * space, which no search word holds, so no match spans two people's names. Triggers on people keep
 * it, as before, whichever statement changes them.
 */
export class SearchNamesPerFamily1795400000024 implements MigrationInterface {
  name = 'SearchNamesPerFamily1795400000024';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER "person_search_${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE "person_search"`);
    await queryRunner.query(`CREATE VIRTUAL TABLE "family_search" USING fts5("nameKey", tokenize = 'trigram')`);
    await queryRunner.query(`INSERT INTO "family_search" ("rowid", "nameKey")
      SELECT "familyId", group_concat("firstNameKey" || ' ' || "lastNameKey", ' ')
      FROM (SELECT "familyId", "firstNameKey", "lastNameKey" FROM "person" ORDER BY "familyId", "id")
      GROUP BY "familyId"`);
    await queryRunner.query(`CREATE TRIGGER "family_search_insert" AFTER INSERT ON "person" BEGIN
      ${REFRESH('new."familyId"')}
    END`);
    await queryRunner.query(`CREATE TRIGGER "family_search_update"
      AFTER UPDATE OF "firstNameKey", "lastNameKey", "familyId" ON "person" BEGIN
      ${REFRESH('old."familyId"')}
      ${REFRESH('new."familyId"')}
    END`);
    await queryRunner.query(`CREATE TRIGGER "family_search_delete" AFTER DELETE ON "person" BEGIN
      ${REFRESH('old."familyId"')}
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER "family_search_${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE "family_search"`);
    await queryRunner.query(`CREATE VIRTUAL TABLE "person_search" USING fts5("nameKey", tokenize = 'trigram')`);
    await queryRunner.query(`INSERT INTO "person_search" ("rowid", "nameKey")
      SELECT "familyId" * 4294967296 + "id", "firstNameKey" || ' ' || "lastNameKey" FROM "person"`);
    await queryRunner.query(`CREATE TRIGGER "person_search_insert" AFTER INSERT ON "person" BEGIN
      INSERT INTO "person_search" ("rowid", "nameKey")
        VALUES (new."familyId" * 4294967296 + new."id", new."firstNameKey" || ' ' || new."lastNameKey");
    END`);
    await queryRunner.query(`CREATE TRIGGER "person_search_update"
      AFTER UPDATE OF "firstNameKey", "lastNameKey", "familyId" ON "person" BEGIN
      DELETE FROM "person_search" WHERE "rowid" = old."familyId" * 4294967296 + old."id";
      INSERT INTO "person_search" ("rowid", "nameKey")
        VALUES (new."familyId" * 4294967296 + new."id", new."firstNameKey" || ' ' || new."lastNameKey");
    END`);
    await queryRunner.query(`CREATE TRIGGER "person_search_delete" AFTER DELETE ON "person" BEGIN
      DELETE FROM "person_search" WHERE "rowid" = old."familyId" * 4294967296 + old."id";
    END`);
  }
}
