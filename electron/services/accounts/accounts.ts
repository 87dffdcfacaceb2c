import type { EntityManager } from 'typeorm';
import { ROLES, type Role } from '../../../shared/api/access';
import type { AccountDto, SignedInDto } from '../../../shared/api/accounts';
import { STALE_MESSAGE } from '../../../shared/api/errors';
import { execute, inList, raw, select, selectOne, sql } from '../../db/sql';
import { DATABASE_ROLE_PREFIX, databaseRoleOf } from '../../db/team/roles';
import { scramVerifier } from '../../db/team/scram';
import type { ServiceContext } from '../context';
import { DomainError, fieldError, notFound } from '../errors';

const ONLY_SHARED =
  'Accounts zijn er alleen in de gedeelde database. Op deze computer werkt u met uw eigen computeraccount.';

interface AccountRow {
  id: number;
  login: string;
  name: string | null;
  enabled: boolean;
  groups: string | null;
}

/** The app's accounts: logins that hold one of its roles (administrators' own logins are not among them). */
const ACCOUNTS = sql`SELECT r."oid"::integer AS "id", r."rolname" AS "login", shobj_description(r."oid", 'pg_authid') AS "name",
    r."rolcanlogin" AS "enabled",
    (SELECT string_agg(g."rolname", ',') FROM pg_auth_members m JOIN pg_roles g ON g."oid" = m."roleid"
      WHERE m."member" = r."oid" AND g."rolname" LIKE ${`${DATABASE_ROLE_PREFIX}%`}) AS "groups"
  FROM pg_roles r
  WHERE NOT r."rolsuper" AND EXISTS (
    SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g."oid" = m."roleid"
    WHERE m."member" = r."oid" AND g."rolname" LIKE ${`${DATABASE_ROLE_PREFIX}%`})`;

function toAccount(row: AccountRow): AccountDto {
  const groups = (row.groups ?? '').split(',');
  return {
    id: row.id,
    login: row.login,
    name: row.name || row.login,
    roles: ROLES.filter((role) => groups.includes(databaseRoleOf(role))),
    enabled: row.enabled,
  };
}

function requireShared(manager: EntityManager): void {
  if (manager.connection.options.type !== 'postgres') throw new DomainError('FORBIDDEN', ONLY_SHARED);
}

export function currentSession(ctx: ServiceContext): Promise<SignedInDto> {
  const engine = ctx.manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  return Promise.resolve({ signedIn: true, engine, login: ctx.actor, name: ctx.actorName, roles: [...ctx.roles] });
}

export async function listAccounts({ manager }: ServiceContext): Promise<AccountDto[]> {
  requireShared(manager);
  const rows = await select<AccountRow>(manager, sql`${ACCOUNTS} ORDER BY r."rolname"`);
  return rows.map(toAccount);
}

export async function getAccount({ manager }: ServiceContext, id: number): Promise<AccountDto> {
  requireShared(manager);
  const row = await selectOne<AccountRow>(manager, sql`${ACCOUNTS} AND r."oid" = ${id}`);
  if (!row) throw notFound('Dit account');
  return toAccount(row);
}

export async function createAccount(
  ctx: ServiceContext,
  input: { login: string; name: string; roles: Role[]; password: string },
): Promise<AccountDto> {
  requireShared(ctx.manager);
  const taken = await selectOne(ctx.manager, sql`SELECT 1 AS "taken" FROM pg_roles WHERE "rolname" = ${input.login}`);
  if (taken) throw fieldError('login', 'Deze gebruikersnaam bestaat al op de server. Kies een andere.', 'CONFLICT');
  await execute(
    ctx.manager,
    sql`SELECT "buurtgezinnen_create_account"(${input.login}, ${input.name}, ${input.roles}, ${scramVerifier(input.password)})`,
  );
  const row = await selectOne<AccountRow>(ctx.manager, sql`${ACCOUNTS} AND r."rolname" = ${input.login}`);
  return toAccount(row!);
}

interface AccountFields {
  name: string;
  roles: Role[];
  enabled: boolean;
}

export async function updateAccount(
  ctx: ServiceContext,
  input: AccountFields & { id: number; was: AccountFields },
): Promise<AccountDto> {
  requireShared(ctx.manager);
  // Two beheerders saving the same account one after the other: the second compares with what the first left.
  await execute(ctx.manager, sql`SELECT pg_advisory_xact_lock(${input.id})`);
  const account = await getAccount(ctx, input.id);
  if (!sameAccount(account, input.was)) throw new DomainError('STALE', STALE_MESSAGE);
  if (account.login === ctx.actor && !input.enabled) {
    throw fieldError('enabled', 'U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.');
  }
  if (account.login === ctx.actor && !input.roles.includes('beheer')) {
    throw fieldError('roles', 'U kunt uzelf de rol Beheer niet afnemen. Vraag een andere beheerder.');
  }
  await execute(
    ctx.manager,
    sql`SELECT "buurtgezinnen_update_account"(${account.login}, ${input.name}, ${input.roles}, ${input.enabled})`,
  );
  return getAccount(ctx, input.id);
}

function sameAccount(account: AccountFields, other: AccountFields): boolean {
  return (
    account.name === other.name &&
    account.enabled === other.enabled &&
    // Both in the order of ROLES: the account as read, the input as its schema puts it.
    account.roles.join() === other.roles.join()
  );
}

export async function resetPassword(ctx: ServiceContext, input: { id: number; password: string }) {
  const account = await getAccount(ctx, input.id);
  await execute(
    ctx.manager,
    sql`SELECT "buurtgezinnen_set_password"(${account.login}, ${scramVerifier(input.password)})`,
  );
  return account;
}

/** A colleague's own new password; the server lets every login change its own. */
export async function changeOwnPassword(ctx: ServiceContext, input: { password: string }) {
  requireShared(ctx.manager);
  // A verifier is base64 and punctuation only, so it can stand as a literal where no parameter may.
  const verifier = scramVerifier(input.password);
  await execute(ctx.manager, sql`ALTER ROLE CURRENT_USER PASSWORD ${raw(`'${verifier}'`)}`);
  return { changed: true as const };
}

/** The names colleagues see for logins, in the same order; a login without a name stands for itself. */
export async function shownNames({ manager }: ServiceContext, logins: string[]): Promise<string[]> {
  if (logins.length === 0 || manager.connection.options.type !== 'postgres') return logins;
  const rows = await select<{ login: string; name: string | null }>(
    manager,
    sql`SELECT "rolname" AS "login", shobj_description("oid", 'pg_authid') AS "name" FROM pg_roles
      WHERE "rolname" ${inList(logins)}`,
  );
  const names = new Map(rows.map((row) => [row.login, row.name || row.login]));
  return logins.map((login) => names.get(login) ?? login);
}
