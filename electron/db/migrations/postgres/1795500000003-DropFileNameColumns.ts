import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = [
  ['match_document', 'scanFile'],
  ['vog', 'scanFile'],
  ['insurance_policy', 'conditionsFile'],
  ['insurance_incident_document', 'file'],
] as const;

/**
 * The names of files in the data folder's `scans/` go (SQLite's 1795400000015). A PostgreSQL
 * database never had such files: it is made new, or filled from a SQLite database, so there is
 * nothing to move first.
 */
export class DropFileNameColumns1795500000003 implements MigrationInterface {
  name = 'DropFileNameColumns1795500000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "${column}" character varying(200)`);
    }
  }
}
