import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Uw naam" in Instellingen goes: anyone could type anyone's name, so the history names the
 * operating system's user on one computer and the colleague's own login on the shared database.
 */
export class DropEmployeeName1795400000017 implements MigrationInterface {
  name = 'DropEmployeeName1795400000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" DROP COLUMN "employeeName"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "employeeName" varchar(100)`);
  }
}
