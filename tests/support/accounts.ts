import type { PostgresConnection } from '../../electron/db/connection';
import { scramVerifier } from '../../electron/db/team/scram';
import type { Role } from '../../shared/api/access';

/** The password of every test account: the test server is thrown away after the run. */
export const TEST_PASSWORD = 'test-wachtwoord-123';

const DUPLICATE_ROLE = '42710';

/**
 * A colleague's login on the test server, made as beheer would make it (the account functions of
 * the migrations), run here by the server's administrator. Roles belong to the whole server, so an
 * account another test file made already is used again.
 */
export async function ensureTestAccount(
  owner: { query: (statement: string, parameters?: unknown[]) => Promise<unknown> },
  login: string,
  roles: readonly Role[],
  name = login,
): Promise<void> {
  try {
    await owner.query(`SELECT "buurtgezinnen_create_account"($1, $2, $3, $4)`, [
      login,
      name,
      roles,
      scramVerifier(TEST_PASSWORD),
    ]);
  } catch (error) {
    if ((error as { code?: string }).code !== DUPLICATE_ROLE) throw error;
  }
}

export function connectionAs(connection: PostgresConnection, login: string): PostgresConnection {
  return { ...connection, user: login, password: TEST_PASSWORD };
}
