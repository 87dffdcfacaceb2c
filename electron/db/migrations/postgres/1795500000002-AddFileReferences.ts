import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each record with an attachment points at its stored file; deleting the file empties the pointer. */
const REFERENCES = [
  ['match_document', 'scanFileId', 'FK_cdafda7559390c53fa74f66e389'],
  ['vog', 'scanFileId', 'FK_3c08ecb8a4a4d0ec56ea3ab5201'],
  ['insurance_policy', 'conditionsFileId', 'FK_d1ad30e995c9745679aeb065eca'],
  ['insurance_incident_document', 'fileId', 'FK_95994aa3b03e9f05a1ccc8fb496'],
] as const;

/** SQLite's 1795400000013; constraint names as TypeORM's schema builder makes them. */
export class AddFileReferences1795500000002 implements MigrationInterface {
  name = 'AddFileReferences1795500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column, constraint] of REFERENCES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "${column}" integer`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "stored_file"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of REFERENCES) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }
}
