import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEHEER = '"buurtgezinnen_beheer"';
const BACKOFFICE = '"buurtgezinnen_backoffice"';
const FINANCIEN = '"buurtgezinnen_financien"';
const ALL = `${BEHEER}, ${BACKOFFICE}, ${FINANCIEN}`;
const EDIT = 'SELECT, INSERT, UPDATE, DELETE';
/** A history is only added to: nobody changes or removes what happened. */
const APPEND = 'SELECT, INSERT';

/**
 * What each role may do with each table, matching the roles the operations declare: the server
 * refuses a role what the app would refuse it, also to someone at a `psql` prompt. Family data is
 * granted to backoffice only; finance sees municipalities, contracts and invoices.
 */
const GRANTS: [privileges: string, tables: string[], roles: string][] = [
  [
    EDIT,
    [
      'family',
      'person',
      'registration',
      'import_batch',
      'match',
      'match_child',
      'match_document',
      'match_evaluation',
      'vog',
      'insurance_policy',
      'insurance_policy_family',
      'insurance_policy_municipality',
      'insurance_incident',
      'insurance_incident_document',
      'stored_file',
    ],
    BACKOFFICE,
  ],
  [APPEND, ['registration_status_change', 'match_status_change', 'vog_status_change'], BACKOFFICE],
  [
    EDIT,
    ['municipality_contract', 'contract_instalment', 'invoice', 'invoice_payment', 'invoice_number_sequence'],
    FINANCIEN,
  ],
  [EDIT, ['municipality'], `${BEHEER}, ${FINANCIEN}`],
  [EDIT, ['coordinator', 'municipality_coordinator'], `${BEHEER}, ${BACKOFFICE}`],
  [EDIT, ['app_settings', 'organisation'], BEHEER],
  [APPEND, ['document_template'], BEHEER],
  [APPEND, ['audit_entry'], ALL],
  ['SELECT', ['municipality', 'coordinator', 'municipality_coordinator', 'app_settings', 'organisation'], ALL],
  ['SELECT', ['document_template'], BACKOFFICE],
  // The app checks at start that it knows every migration the database has.
  ['SELECT', ['migrations'], ALL],
];

export class GrantTablesToRoles1795500000005 implements MigrationInterface {
  name = 'GrantTablesToRoles1795500000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [privileges, tables, roles] of GRANTS) {
      await queryRunner.query(`GRANT ${privileges} ON ${tables.map(quote).join(', ')} TO ${roles}`);
    }
    // Sequences only hand out ids; every role that inserts needs them.
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ALL}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ALL}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ALL}`);
  }
}

const quote = (table: string) => `"${table}"`;
