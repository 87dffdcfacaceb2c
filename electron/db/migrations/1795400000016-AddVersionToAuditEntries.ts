import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each change in the audit trail notes the record's version it made, so a form refused as stale
 * can show exactly the changes made after the version it was loaded from. Earlier entries stay
 * without one: no version was kept then.
 */
export class AddVersionToAuditEntries1795400000016 implements MigrationInterface {
  name = 'AddVersionToAuditEntries1795400000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD COLUMN "version" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "version"`);
  }
}
