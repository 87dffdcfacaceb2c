import type { MigrationInterface, QueryRunner } from 'typeorm';

const GROUPS = ['buurtgezinnen_beheer', 'buurtgezinnen_backoffice', 'buurtgezinnen_financien'];

/**
 * The three roles as group roles of the server. Roles belong to the whole server, not to one
 * database: a second database on the same server (a test copy) finds them there already.
 */
export class CreateTeamRoles1795500000004 implements MigrationInterface {
  name = 'CreateTeamRoles1795500000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const group of GROUPS) {
      await queryRunner.query(`DO $$ BEGIN
        CREATE ROLE "${group}" NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    }
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
      EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${GROUPS.map((group) => `"${group}"`).join(', ')}', current_database());
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${GROUPS.map((group) => `"${group}"`).join(', ')}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${GROUPS.map((group) => `"${group}"`).join(', ')}`);
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM ${GROUPS.map((group) => `"${group}"`).join(', ')}', current_database());
      EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', current_database());
    END $$`);
    // The group roles stay: other databases on the same server may still use them.
  }
}
