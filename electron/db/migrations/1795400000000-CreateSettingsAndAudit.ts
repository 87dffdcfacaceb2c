import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSettingsAndAudit1795400000000 implements MigrationInterface {
  name = 'CreateSettingsAndAudit1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_settings" (
      "id" integer PRIMARY KEY NOT NULL,
      "version" integer NOT NULL DEFAULT (1),
      "createdAt" varchar(30) NOT NULL,
      "updatedAt" varchar(30) NOT NULL,
      "employeeName" varchar(100))`);
    const now = new Date().toISOString();
    await queryRunner.query(
      `INSERT INTO "app_settings" ("id", "version", "createdAt", "updatedAt") VALUES (1, 1, ?, ?)`,
      [now, now],
    );
    await queryRunner.query(`CREATE TABLE "audit_entry" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "at" varchar(30) NOT NULL,
      "actor" varchar(100) NOT NULL,
      "operation" varchar(80) NOT NULL,
      "entityType" varchar(40) NOT NULL,
      "entityId" integer NOT NULL,
      "changes" text NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_record" ON "audit_entry" ("entityType", "entityId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP TABLE "app_settings"`);
  }
}
