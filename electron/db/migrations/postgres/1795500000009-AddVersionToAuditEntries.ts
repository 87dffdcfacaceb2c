import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each change in the audit trail notes the record's version it made (SQLite's 1795400000016), so a
 * form refused as stale can show exactly the changes made after the version it was loaded from.
 */
export class AddVersionToAuditEntries1795500000009 implements MigrationInterface {
  name = 'AddVersionToAuditEntries1795500000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "version" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "version"`);
  }
}
