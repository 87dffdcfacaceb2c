import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A VOG is a register entry (seen on, checked by, profile, outcome); a copy of it is kept only with
 * the volunteer's consent, recorded by its date. Scans kept before have none, so beheer can remove
 * them in bulk.
 */
export class AddVogScanConsent1795400000023 implements MigrationInterface {
  name = 'AddVogScanConsent1795400000023';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vog" ADD COLUMN "scanConsentDate" varchar(10)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vog" DROP COLUMN "scanConsentDate"`);
  }
}
