import type { EntityManager } from 'typeorm';
import { ROLES, type Role } from '../../../shared/api/access';
import { selectOne, sql, raw } from '../sql';
import { databaseRoleOf } from './roles';

/** Who works in this session, and in which roles. */
export interface Identity {
  login: string;
  /** The name colleagues see; the login when the account has none. */
  name: string;
  roles: Role[];
}

type IdentityRow = { login: string; name: string | null } & Record<Role, boolean>;

/**
 * On the shared database the server says who is signed in (`session_user`, which a `SET ROLE` or
 * the app cannot change) and which of the app's roles that login holds; asked per operation, so a
 * role beheer takes away counts at once. On one computer the operating system's user does
 * everything: there is no one else to keep apart.
 */
export async function sessionIdentity(manager: EntityManager, computerUser: string): Promise<Identity> {
  if (manager.connection.options.type !== 'postgres')
    return { login: computerUser, name: computerUser, roles: [...ROLES] };
  const held = ROLES.map((role) => `pg_has_role(session_user, '${databaseRoleOf(role)}', 'MEMBER') AS "${role}"`);
  const row = (await selectOne<IdentityRow>(
    manager,
    sql`SELECT session_user AS "login", shobj_description(r."oid", 'pg_authid') AS "name", ${raw(held.join(', '))}
    FROM pg_roles r WHERE r."rolname" = session_user`,
  ))!;
  return { login: row.login, name: row.name || row.login, roles: ROLES.filter((role) => row[role]) };
}
