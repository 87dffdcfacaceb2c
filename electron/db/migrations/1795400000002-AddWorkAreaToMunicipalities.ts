import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWorkAreaToMunicipalities1795400000002 implements MigrationInterface {
  name = 'AddWorkAreaToMunicipalities1795400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD COLUMN "postcodeRanges" varchar(500) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD COLUMN "places" varchar(500)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "places"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "postcodeRanges"`);
  }
}
