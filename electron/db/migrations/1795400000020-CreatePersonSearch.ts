import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's row in the index: its rowid holds the family's id in the high 32 bits and the person's
 * in the low ones, so a match names its family (`rowid >> 32`) without reading a row; thousands of
 * matches for a common name would otherwise each cost a lookup.
 */
const ROW_ID = (of: Row) => `${of}"familyId" * 4294967296 + ${of}"id"`;
const NAME_KEY = (of: Row) => `${of}"firstNameKey" || ' ' || ${of}"lastNameKey"`;
/** The trigger's row before or after the change, or the person table's own row. */
type Row = 'new.' | 'old.' | '';

/**
 * Any part of a name finds its family ("heij" finds "van der Heijden", "vries" "Jansen-de Vries"):
 * a substring search, which the keys' b-tree indexes can only do by reading every person. SQLite's
 * FTS5 with its trigram tokenizer answers `"nameKey" MATCH '"heij"'` from three-letter pieces
 * instead. It holds each person's folded full name, kept by triggers on every insert, change and
 * delete of a person, whichever statement does it (one row, an import's multi-row INSERT, a
 * family's cascading delete).
 */
export class CreatePersonSearch1795400000020 implements MigrationInterface {
  name = 'CreatePersonSearch1795400000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIRTUAL TABLE "person_search" USING fts5("nameKey", tokenize = 'trigram')`);
    await queryRunner.query(`INSERT INTO "person_search" ("rowid", "nameKey")
      SELECT ${ROW_ID('')}, ${NAME_KEY('')} FROM "person"`);
    await queryRunner.query(`CREATE TRIGGER "person_search_insert" AFTER INSERT ON "person" BEGIN
      INSERT INTO "person_search" ("rowid", "nameKey") VALUES (${ROW_ID('new.')}, ${NAME_KEY('new.')});
    END`);
    await queryRunner.query(`CREATE TRIGGER "person_search_update"
      AFTER UPDATE OF "firstNameKey", "lastNameKey", "familyId" ON "person" BEGIN
      DELETE FROM "person_search" WHERE "rowid" = ${ROW_ID('old.')};
      INSERT INTO "person_search" ("rowid", "nameKey") VALUES (${ROW_ID('new.')}, ${NAME_KEY('new.')});
    END`);
    await queryRunner.query(`CREATE TRIGGER "person_search_delete" AFTER DELETE ON "person" BEGIN
      DELETE FROM "person_search" WHERE "rowid" = ${ROW_ID('old.')};
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "person_search_delete"`);
    await queryRunner.query(`DROP TRIGGER "person_search_update"`);
    await queryRunner.query(`DROP TRIGGER "person_search_insert"`);
    await queryRunner.query(`DROP TABLE "person_search"`);
  }
}
