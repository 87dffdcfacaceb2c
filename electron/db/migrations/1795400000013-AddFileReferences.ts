import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFERENCES = [
  ['match_document', 'scanFileId'],
  ['vog', 'scanFileId'],
  ['insurance_policy', 'conditionsFileId'],
  ['insurance_incident_document', 'fileId'],
] as const;

/** Each record with an attachment points at its stored file; deleting the file empties the pointer. */
export class AddFileReferences1795400000013 implements MigrationInterface {
  name = 'AddFileReferences1795400000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD COLUMN "${column}" integer REFERENCES "stored_file" ("id") ON DELETE SET NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of REFERENCES) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }
}
