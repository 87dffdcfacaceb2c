import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * As SQLite's 1795400000024: the search finds families, so it looks in a row per family holding the
 * folded names of all its people, instead of pg_trgm's index on each person (1795500000013), where
 * a common name gave three rows per family to fold into one before counting or paging.
 *
 * The rows are kept by statement-level triggers on people, which see every changed row at once
 * (transition tables): an import's multi-row INSERT refreshes each of its families once, not once
 * per person. The function runs with its owner's rights, so the roles that change people need no
 * right to write here (the function sets its own search_path, as a SECURITY DEFINER must); like the
 * people themselves the names are read by backoffice only.
 */
export class SearchNamesPerFamily1795500000017 implements MigrationInterface {
  name = 'SearchNamesPerFamily1795500000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "person_search"`);
    await queryRunner.query(`DROP INDEX "IDX_person_name_trigram"`);
    await queryRunner.query(`CREATE TABLE "family_search" (
      "familyId" integer NOT NULL PRIMARY KEY REFERENCES "family" ("id") ON DELETE CASCADE,
      "nameKey" text NOT NULL)`);
    await queryRunner.query(`INSERT INTO "family_search" ("familyId", "nameKey")
      SELECT "familyId", string_agg("firstNameKey" || ' ' || "lastNameKey", ' ' ORDER BY "id")
      FROM "person" GROUP BY "familyId"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_family_search_trigram" ON "family_search" USING gin ("nameKey" gin_trgm_ops)`,
    );
    await queryRunner.query(`GRANT SELECT ON "family_search" TO "buurtgezinnen_backoffice"`);
    await queryRunner.query(`CREATE FUNCTION "buurtgezinnen_refresh_family_search"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE families integer[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT "familyId") INTO families FROM "new_people";
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT "familyId") INTO families FROM "old_people";
        ELSE
          SELECT array_agg(DISTINCT "familyId") INTO families
          FROM (SELECT "familyId" FROM "new_people" UNION SELECT "familyId" FROM "old_people") AS "changed";
        END IF;
        DELETE FROM "family_search" WHERE "familyId" = ANY (families);
        INSERT INTO "family_search" ("familyId", "nameKey")
          SELECT "familyId", string_agg("firstNameKey" || ' ' || "lastNameKey", ' ' ORDER BY "id")
          FROM "person" WHERE "familyId" = ANY (families) GROUP BY "familyId";
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "family_search_insert" AFTER INSERT ON "person"
      REFERENCING NEW TABLE AS "new_people"
      FOR EACH STATEMENT EXECUTE FUNCTION "buurtgezinnen_refresh_family_search"()`);
    await queryRunner.query(`CREATE TRIGGER "family_search_update" AFTER UPDATE ON "person"
      REFERENCING OLD TABLE AS "old_people" NEW TABLE AS "new_people"
      FOR EACH STATEMENT EXECUTE FUNCTION "buurtgezinnen_refresh_family_search"()`);
    await queryRunner.query(`CREATE TRIGGER "family_search_delete" AFTER DELETE ON "person"
      REFERENCING OLD TABLE AS "old_people"
      FOR EACH STATEMENT EXECUTE FUNCTION "buurtgezinnen_refresh_family_search"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "family_search"`);
    await queryRunner.query(`DROP FUNCTION "buurtgezinnen_refresh_family_search"() CASCADE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_name_trigram" ON "person" USING gin (("firstNameKey" || ' ' || "lastNameKey") gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE VIEW "person_search" AS
      SELECT "id", "familyId", "firstNameKey" || ' ' || "lastNameKey" AS "nameKey" FROM "person"`);
    await queryRunner.query(`GRANT SELECT ON "person_search" TO "buurtgezinnen_backoffice"`);
  }
}
