import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The erasure log: that a family was erased ("vergeten"), when, by whom and why; never whose. */
export class CreateErasureLog1795400000025 implements MigrationInterface {
  name = 'CreateErasureLog1795400000025';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "erasure_log" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "erasedAt" varchar(30) NOT NULL,
      "erasedBy" varchar(100) NOT NULL,
      "reason" varchar(500) NOT NULL,
      "kind" varchar(15) NOT NULL,
      CONSTRAINT "CHK_aa8e5473a1046e7a15ad04c87f" CHECK ("kind" IN ('verzoek', 'bewaartermijn')))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "erasure_log"`);
  }
}
