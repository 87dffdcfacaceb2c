import type { MigrationInterface, QueryRunner } from 'typeorm';

/** As SQLite's 1795400000017: the history's "who" is the login, never a typed name. */
export class DropEmployeeName1795500000010 implements MigrationInterface {
  name = 'DropEmployeeName1795500000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" DROP COLUMN "employeeName"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" ADD "employeeName" character varying(100)`);
  }
}
