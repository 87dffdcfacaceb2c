import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RETENTION_DEFAULTS } from '../retention-defaults';

const BEHEER = '"buurtgezinnen_beheer"';
const ALL = `${BEHEER}, "buurtgezinnen_backoffice", "buurtgezinnen_financien"`;

/**
 * What the retention run (beheer only) reads to decide what has passed its period: statuses, dates
 * and kinds, never a name or a note. Beheer already reads the ids and may overwrite the personal
 * columns since erasure (1795500000018).
 */
const READ: [table: string, columns: string[]][] = [
  ['family', ['kind', 'municipalityId']],
  ['registration', ['status', 'receivedDate']],
  ['registration_status_change', ['toStatus', 'at']],
  ['match', ['status', 'endDate']],
  ['vog', ['status', 'issueDate', 'decisionDate']],
  ['vog_status_change', ['toStatus', 'date', 'at']],
];

/**
 * As SQLite's 1795400000027: the retention schedule everyone may read and beheer alone sets, and the
 * runs beheer does and reads back for its reminder.
 */
export class CreateRetentionSchedule1795500000020 implements MigrationInterface {
  name = 'CreateRetentionSchedule1795500000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retention_rule" ("kind" character varying(20) NOT NULL, "months" integer NOT NULL, ` +
        `"reason" character varying(300) NOT NULL, "version" integer NOT NULL DEFAULT 1, ` +
        `"updatedAt" character varying(30) NOT NULL, ` +
        `CONSTRAINT "CHK_dae8c63717ca681f97a42aa7e3" CHECK ("months" >= 1), ` +
        `CONSTRAINT "PK_14b223c07dc7e82674234683b0f" PRIMARY KEY ("kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_run" ("id" SERIAL NOT NULL, "ranAt" character varying(30) NOT NULL, ` +
        `"ranBy" character varying(100) NOT NULL, "families" integer NOT NULL, "records" integer NOT NULL, ` +
        `CONSTRAINT "PK_6ca0ca7552b6832d70c9c95a57d" PRIMARY KEY ("id"))`,
    );
    const now = new Date().toISOString();
    for (const [kind, months, reason] of RETENTION_DEFAULTS)
      await queryRunner.query(
        `INSERT INTO "retention_rule" ("kind", "months", "reason", "updatedAt") VALUES ($1, $2, $3, $4)`,
        [kind, months, reason, now],
      );
    await queryRunner.query(`GRANT SELECT ON "retention_rule" TO ${ALL}`);
    await queryRunner.query(`GRANT UPDATE ON "retention_rule" TO ${BEHEER}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "retention_run" TO ${BEHEER}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "retention_run_id_seq" TO ${BEHEER}`);
    for (const [table, columns] of READ)
      await queryRunner.query(`GRANT SELECT (${list(columns)}) ON "${table}" TO ${BEHEER}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of READ)
      await queryRunner.query(`REVOKE SELECT (${list(columns)}) ON "${table}" FROM ${BEHEER}`);
    await queryRunner.query(`DROP TABLE "retention_run"`);
    await queryRunner.query(`DROP TABLE "retention_rule"`);
  }
}

const list = (columns: string[]) => columns.map((column) => `"${column}"`).join(', ');
