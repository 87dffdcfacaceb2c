import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = [
  ['match_document', 'scanFile'],
  ['vog', 'scanFile'],
  ['insurance_policy', 'conditionsFile'],
  ['insurance_incident_document', 'file'],
] as const;

/**
 * The names of files in `scans/` go, now that the files are in the database. SQLite's own
 * DROP COLUMN rewrites the table and refuses a column that an index, key or check uses; these
 * plain columns are used by none.
 */
export class DropFileNameColumns1795400000015 implements MigrationInterface {
  name = 'DropFileNameColumns1795400000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" varchar(200)`);
    }
  }
}
