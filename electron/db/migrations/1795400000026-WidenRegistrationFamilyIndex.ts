import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name search finds families, and then their registrations by family: with the status and the date
 * in the family's index as well, the queue's search counts and orders its registrations from the
 * index alone, without reading thousands of rows. It still serves every lookup by family.
 */
export class WidenRegistrationFamilyIndex1795400000026 implements MigrationInterface {
  name = 'WidenRegistrationFamilyIndex1795400000026';

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
