import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Checks shared by the functions below: only the app's own accounts, never an administrator's. */
const CHECK_ACCOUNT = `
  CREATE FUNCTION "buurtgezinnen_check_account"(p_login text) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog AS $$
  BEGIN
    IF NOT EXISTS (
      SELECT 1 FROM pg_roles r
      WHERE r.rolname = p_login
        AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
        AND EXISTS (
          SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
          WHERE m.member = r.oid AND g.rolname LIKE 'buurtgezinnen\\_%'
        )
    ) THEN
      RAISE EXCEPTION 'Dit account bestaat niet of is geen account van de app.' USING ERRCODE = '42501';
    END IF;
  END $$`;

const SET_ROLES = `
  CREATE FUNCTION "buurtgezinnen_set_roles"(p_login text, p_roles text[]) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog AS $$
  DECLARE
    v_role text;
  BEGIN
    IF cardinality(p_roles) = 0 OR NOT p_roles <@ ARRAY['beheer', 'backoffice', 'financien'] THEN
      RAISE EXCEPTION 'Kies een of meer rollen van de app.' USING ERRCODE = '22023';
    END IF;
    FOREACH v_role IN ARRAY ARRAY['beheer', 'backoffice', 'financien'] LOOP
      IF v_role = ANY (p_roles) THEN
        EXECUTE format('GRANT %I TO %I', 'buurtgezinnen_' || v_role, p_login);
      ELSE
        EXECUTE format('REVOKE %I FROM %I', 'buurtgezinnen_' || v_role, p_login);
      END IF;
    END LOOP;
  END $$`;

const CREATE_ACCOUNT = `
  CREATE FUNCTION "buurtgezinnen_create_account"(p_login text, p_name text, p_roles text[], p_verifier text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
  BEGIN
    IF p_login !~ '^[a-z][a-z0-9._-]{1,62}$' OR p_login LIKE 'buurtgezinnen\\_%' THEN
      RAISE EXCEPTION 'Deze gebruikersnaam kan niet.' USING ERRCODE = '22023';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
      RAISE EXCEPTION 'Een wachtwoord gaat alleen versleuteld naar de server.' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, p_name);
    PERFORM public."buurtgezinnen_set_roles"(p_login, p_roles);
  END $$`;

const UPDATE_ACCOUNT = `
  CREATE FUNCTION "buurtgezinnen_update_account"(p_login text, p_name text, p_roles text[], p_enabled boolean)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
  BEGIN
    PERFORM public."buurtgezinnen_check_account"(p_login);
    IF p_login = session_user AND (NOT p_enabled OR NOT 'beheer' = ANY (p_roles)) THEN
      RAISE EXCEPTION 'U kunt uw eigen account niet uitzetten of de rol Beheer afnemen.' USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, p_name);
    PERFORM public."buurtgezinnen_set_roles"(p_login, p_roles);
  END $$`;

const SET_PASSWORD = `
  CREATE FUNCTION "buurtgezinnen_set_password"(p_login text, p_verifier text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
  BEGIN
    PERFORM public."buurtgezinnen_check_account"(p_login);
    IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
      RAISE EXCEPTION 'Een wachtwoord gaat alleen versleuteld naar de server.' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
  END $$`;

const FUNCTIONS = [
  '"buurtgezinnen_check_account"(text)',
  '"buurtgezinnen_set_roles"(text, text[])',
  '"buurtgezinnen_create_account"(text, text, text[], text)',
  '"buurtgezinnen_update_account"(text, text, text[], boolean)',
  '"buurtgezinnen_set_password"(text, text)',
];

/**
 * Beheer creates, disables and re-enables colleagues' accounts and resets passwords through these
 * functions, which run with the rights of the database's owner: beheer itself gets no right to make
 * roles, so it can neither make a superuser nor touch an account that is not the app's. A password
 * reaches the server only as a SCRAM verifier, never in plain text.
 */
export class CreateAccountFunctions1795500000008 implements MigrationInterface {
  name = 'CreateAccountFunctions1795500000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [CHECK_ACCOUNT, SET_ROLES, CREATE_ACCOUNT, UPDATE_ACCOUNT, SET_PASSWORD]) {
      await queryRunner.query(statement);
    }
    for (const signature of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
    }
    for (const signature of FUNCTIONS.slice(2)) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO "buurtgezinnen_beheer"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${signature}`);
  }
}
