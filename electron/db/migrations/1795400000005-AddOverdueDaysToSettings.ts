import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOverdueDaysToSettings1795400000005 implements MigrationInterface {
  name = 'AddOverdueDaysToSettings1795400000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" ADD COLUMN "overdueDays" integer NOT NULL DEFAULT (14)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_settings" DROP COLUMN "overdueDays"`);
  }
}
