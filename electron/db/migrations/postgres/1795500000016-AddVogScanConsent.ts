import type { MigrationInterface, QueryRunner } from 'typeorm';

/** As SQLite's 1795400000023: a VOG scan is kept only with the volunteer's consent, by its date. */
export class AddVogScanConsent1795500000016 implements MigrationInterface {
  name = 'AddVogScanConsent1795500000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vog" ADD "scanConsentDate" character varying(10)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vog" DROP COLUMN "scanConsentDate"`);
  }
}
