import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'audit_entry',
  'registration_status_change',
  'match_status_change',
  'vog_status_change',
  'document_template',
];

/**
 * The "who" of every history row is the session's own login as the server knows it, whatever the
 * app or a `psql` prompt sends. Only the tables' owner (the administrator, e.g. moving a single
 * computer's history in) keeps the names it writes.
 */
export class StampActorsByServer1795500000006 implements MigrationInterface {
  name = 'StampActorsByServer1795500000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "buurtgezinnen_stamp_actor"() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
          NEW."actor" := session_user;
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "stamp_actor" BEFORE INSERT OR UPDATE ON "${table}" ` +
          `FOR EACH ROW EXECUTE FUNCTION "buurtgezinnen_stamp_actor"()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "stamp_actor" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "buurtgezinnen_stamp_actor"()`);
  }
}
