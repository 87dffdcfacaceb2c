import type { MigrationInterface, QueryRunner } from 'typeorm';

const ALL = '"buurtgezinnen_beheer", "buurtgezinnen_backoffice", "buurtgezinnen_financien"';

/**
 * The "inzagelog" (SQLite's 1795400000022): who opened which family's file when. Every role adds
 * to it as it reads; only beheer reads it, and nobody changes or removes a line. The server stamps
 * the reader's own login into it, as into the other histories.
 */
export class CreateAccessLog1795500000015 implements MigrationInterface {
  name = 'CreateAccessLog1795500000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_log" ("id" SERIAL NOT NULL, "at" character varying(30) NOT NULL, ` +
        `"actor" character varying(100) NOT NULL, "operation" character varying(80) NOT NULL, ` +
        `"entityType" character varying(40) NOT NULL, "entityId" integer NOT NULL, ` +
        `CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_access_log_record" ON "access_log" ("entityType", "entityId")`);
    await queryRunner.query(`CREATE INDEX "IDX_access_log_at" ON "access_log" ("at")`);
    await queryRunner.query(`GRANT INSERT ON "access_log" TO ${ALL}`);
    await queryRunner.query(`GRANT SELECT ON "access_log" TO "buurtgezinnen_beheer"`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "access_log_id_seq" TO ${ALL}`);
    await queryRunner.query(
      `CREATE TRIGGER "stamp_actor" BEFORE INSERT OR UPDATE ON "access_log" ` +
        `FOR EACH ROW EXECUTE FUNCTION "buurtgezinnen_stamp_actor"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_log"`);
  }
}
