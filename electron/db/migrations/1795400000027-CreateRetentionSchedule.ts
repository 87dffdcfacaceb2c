import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RETENTION_DEFAULTS } from './retention-defaults';

/** The retention schedule: a period and reason per kind of record, and the runs that applied it. */
export class CreateRetentionSchedule1795400000027 implements MigrationInterface {
  name = 'CreateRetentionSchedule1795400000027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "retention_rule" (
      "kind" varchar(20) PRIMARY KEY NOT NULL,
      "months" integer NOT NULL,
      "reason" varchar(300) NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "updatedAt" varchar(30) NOT NULL,
      CONSTRAINT "CHK_dae8c63717ca681f97a42aa7e3" CHECK ("months" >= 1))`);
    await queryRunner.query(`CREATE TABLE "retention_run" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "ranAt" varchar(30) NOT NULL,
      "ranBy" varchar(100) NOT NULL,
      "families" integer NOT NULL,
      "records" integer NOT NULL)`);
    const now = new Date().toISOString();
    for (const [kind, months, reason] of RETENTION_DEFAULTS)
      await queryRunner.query(
        `INSERT INTO "retention_rule" ("kind", "months", "reason", "updatedAt") VALUES (?, ?, ?, ?)`,
        [kind, months, reason, now],
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "retention_run"`);
    await queryRunner.query(`DROP TABLE "retention_rule"`);
  }
}
