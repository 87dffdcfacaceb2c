import type { MigrationInterface, QueryRunner } from 'typeorm';

/** As `AUDIT_READERS` in shared/api/audit.ts when this migration was written. */
const READERS: Record<string, string[]> = {
  buurtgezinnen_beheer: ['account', 'municipality', 'coordinator', 'settings', 'organisation', 'template'],
  buurtgezinnen_backoffice: [
    'municipality',
    'coordinator',
    'registration',
    'import',
    'family',
    'match',
    'document',
    'vog',
    'policy',
    'incident',
  ],
  buurtgezinnen_financien: ['municipality', 'contract', 'invoice'],
};

/**
 * The audit trail holds old and new values: a role reads only the history of the records it works
 * with, so finance cannot read a family's details through it. Writing stays open to every role.
 */
export class LimitAuditReadersByRole1795500000007 implements MigrationInterface {
  name = 'LimitAuditReadersByRole1795500000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    const readable = Object.entries(READERS)
      .map(
        ([role, kinds]) =>
          `(pg_has_role(session_user, '${role}', 'MEMBER') AND "entityType" IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`,
      )
      .join(' OR ');
    await queryRunner.query(`ALTER TABLE "audit_entry" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY "audit_read" ON "audit_entry" FOR SELECT USING (${readable})`);
    await queryRunner.query(`CREATE POLICY "audit_write" ON "audit_entry" FOR INSERT WITH CHECK (true)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "audit_write" ON "audit_entry"`);
    await queryRunner.query(`DROP POLICY "audit_read" ON "audit_entry"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DISABLE ROW LEVEL SECURITY`);
  }
}
