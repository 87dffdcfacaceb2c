import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The folded full name a search looks in; the index and the view must spell it alike. */
const NAME_KEY = `"firstNameKey" || ' ' || "lastNameKey"`;

/**
 * As SQLite's 1795400000020: any part of a name finds its family, by `"nameKey" LIKE '%heij%'` on
 * `person_search`. Here pg_trgm's GIN index answers it, on the expression itself, so nothing needs
 * keeping in step; the view gives the search the same table and column names as SQLite's FTS5
 * table. pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner, who runs the
 * migrations, may create it. A view reads the person table with its owner's rights, so it is
 * granted like the family data: to backoffice only.
 */
export class CreatePersonSearch1795500000013 implements MigrationInterface {
  name = 'CreatePersonSearch1795500000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_name_trigram" ON "person" USING gin ((${NAME_KEY}) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE VIEW "person_search" AS SELECT "id", "familyId", ${NAME_KEY} AS "nameKey" FROM "person"`,
    );
    await queryRunner.query(`GRANT SELECT ON "person_search" TO "buurtgezinnen_backoffice"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "person_search"`);
    await queryRunner.query(`DROP INDEX "IDX_person_name_trigram"`);
  }
}
