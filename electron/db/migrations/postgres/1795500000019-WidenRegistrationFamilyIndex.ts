import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * As SQLite's 1795400000026: a name search finds families, then their registrations by family; with
 * the status and the date in the family's index too, the queue's search counts and orders them from
 * the index alone (an index-only scan), without reading thousands of rows.
 */
export class WidenRegistrationFamilyIndex1795500000019 implements MigrationInterface {
  name = 'WidenRegistrationFamilyIndex1795500000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_registration_family_queue" ON "registration" ("familyId", "status", "receivedDate", "id")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_registration_family"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_registration_family" ON "registration" ("familyId")`);
    await queryRunner.query(`DROP INDEX "IDX_registration_family_queue"`);
  }
}
