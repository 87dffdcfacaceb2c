import type { PostgresConnection } from '../../electron/db/connection';
import { openDatabase } from '../../electron/db/open';
import type { Role } from '../../shared/api/access';
import { connectionAs, ensureTestAccount } from './accounts';
import { queryAsAdministrator, testDispatcher, type TestDatabase } from './database';

/**
 * A colleague signed in with their own account on the test's PostgreSQL database, with a dispatcher
 * of their own: the account is made once (by the server's administrator) with exactly `roles`.
 */
export async function signInAs(db: TestDatabase, login: string, roles: readonly Role[]) {
  await ensureTestAccount(
    { query: (statement: string, parameters?: unknown[]) => queryAsAdministrator(db, statement, parameters) },
    login,
    roles,
  );
  const connection = connectionAs(db.administrator as PostgresConnection, login);
  const dataSource = await openDatabase(connection, { backupFolder: db.backupFolder });
  const colleague = testDispatcher({ ...db, connection, dataSource });
  return { ...colleague, connection, close: () => dataSource.destroy() };
}
