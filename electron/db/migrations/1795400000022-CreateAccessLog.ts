import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The "inzagelog": who opened which family's file when; never what the file holds. */
export class CreateAccessLog1795400000022 implements MigrationInterface {
  name = 'CreateAccessLog1795400000022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "access_log" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "at" varchar(30) NOT NULL,
      "actor" varchar(100) NOT NULL,
      "operation" varchar(80) NOT NULL,
      "entityType" varchar(40) NOT NULL,
      "entityId" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_access_log_record" ON "access_log" ("entityType", "entityId")`);
    await queryRunner.query(`CREATE INDEX "IDX_access_log_at" ON "access_log" ("at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_log"`);
  }
}
