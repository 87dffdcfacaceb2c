import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type {
  ConnectionChoice,
  ConnectionDto,
  PostgresConnectionFields,
  TransferResultDto,
} from '../../../shared/api/connection';
import type { ServiceContext } from '../context';
import type { Keychain } from '../desktop';
import { DomainError, fieldError } from '../errors';
import { transferFrom } from '../transfer/transfer-to-postgres';
import { readSavedConnection, writeSavedConnection, type SavedConnection } from './computer';

/** Where this computer works now and where it will work after its next start. */
export function connectionInfo(manager: EntityManager, dataFolder: string, keychain: Keychain | null): ConnectionDto {
  const options = manager.connection.options;
  const current: ConnectionDto['current'] =
    options.type === 'postgres'
      ? { engine: 'postgres', host: options.host ?? '', database: options.database ?? '', user: options.username ?? '' }
      : { engine: 'sqlite', file: String(options.database) };
  const saved = readSavedConnection(dataFolder);
  return {
    current,
    saved:
      saved.engine === 'sqlite'
        ? saved
        : {
            engine: 'postgres',
            host: saved.host,
            port: saved.port,
            database: saved.database,
            user: saved.user,
            tls: saved.tls,
            passwordRemembered: saved.protectedPassword !== null,
          },
    keychainAvailable: keychain !== null,
  };
}

/** Connects once with what was entered and answers the server's version, or says in Dutch what is wrong where. */
export async function testConnection({ postgres: input }: { postgres: PostgresConnectionFields }): Promise<{
  serverVersion: string;
}> {
  const client = new pg.Client({
    host: input.host,
    port: input.port,
    database: input.database,
    user: input.user,
    password: input.password,
    ssl: input.tls === 'verify' ? { rejectUnauthorized: true } : false,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const version = rows[0].server_version;
    if (Number.parseInt(version, 10) < 15) {
      throw fieldError(
        'postgres.host',
        `Deze server draait PostgreSQL ${version}; de app heeft versie 15 of nieuwer nodig.`,
      );
    }
    return { serverVersion: version };
  } catch (error) {
    throw error instanceof DomainError ? error : connectionRefusal(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's or the network's refusal, at the field the colleague can change. */
function connectionRefusal(error: unknown): DomainError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : '';
  if (code === '28P01' || code === '28000')
    return fieldError('postgres.password', 'De server weigert deze gebruikersnaam of dit wachtwoord.');
  if (code === '3D000') return fieldError('postgres.database', 'Deze database bestaat niet op de server.');
  if (/certificate|self.signed|SSL|TLS/i.test(message) || code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return fieldError(
      'postgres.tls',
      'De versleutelde verbinding lukt niet: het certificaat van de server wordt niet vertrouwd of de server biedt geen TLS.',
    );
  }
  if (['ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return fieldError('postgres.host', 'Deze server is niet te vinden. Controleer de naam.');
  return fieldError(
    'postgres.host',
    'De server is niet bereikbaar op dit adres en deze poort. Controleer ze, of vraag de beheerder.',
  );
}

/**
 * Remembers the choice for this computer's next start. The shared database is tried first, so a
 * typing error is found now and not at the next start; its password is kept only when asked, and
 * then only encrypted by the operating system's keychain.
 */
export async function saveConnection(
  ctx: ServiceContext,
  input: ConnectionChoice,
  dataFolder: string,
  keychain: Keychain | null,
): Promise<ConnectionDto> {
  if (input.engine === 'sqlite') {
    writeSavedConnection(dataFolder, { engine: 'sqlite' });
    return connectionInfo(ctx.manager, dataFolder, keychain);
  }
  const fields = withRememberedPassword(input.postgres, readSavedConnection(dataFolder), keychain);
  assertRememberable(fields, keychain);
  await testConnection({ postgres: fields });
  remember(dataFolder, fields, keychain);
  return connectionInfo(ctx.manager, dataFolder, keychain);
}

/**
 * Until colleagues sign in at every start (personal accounts), the shared database can only be
 * this computer's database with its password kept in the system's keychain.
 */
function assertRememberable(fields: PostgresConnectionFields, keychain: Keychain | null): asserts keychain is Keychain {
  if (!fields.rememberPassword || !keychain) {
    throw fieldError(
      'postgres.rememberPassword',
      keychain
        ? 'Laat het wachtwoord onthouden op deze computer: aanmelden bij elke start komt met de persoonlijke accounts.'
        : 'Deze computer heeft geen sleutelbos om het wachtwoord veilig te bewaren.',
    );
  }
}

function remember(dataFolder: string, fields: PostgresConnectionFields, keychain: Keychain): void {
  const { password, rememberPassword: _remember, ...connection } = fields;
  const saved: SavedConnection = {
    engine: 'postgres',
    ...connection,
    protectedPassword: keychain.encrypt(password).toString('base64'),
  };
  writeSavedConnection(dataFolder, saved);
}

/**
 * "Overzetten naar gedeelde database": copies this computer's own file into the empty shared
 * database in one go, then makes it this computer's database from the next start. The copy reads
 * in this operation's transaction, so nothing changes the file meanwhile.
 */
export async function transferToSharedDatabase(
  ctx: ServiceContext,
  input: { postgres: PostgresConnectionFields },
  dataFolder: string,
  keychain: Keychain | null,
): Promise<TransferResultDto> {
  if (ctx.manager.connection.options.type === 'postgres') {
    throw new DomainError('CONFLICT', 'Deze computer werkt al in de gedeelde database; er is niets over te zetten.');
  }
  const fields = withRememberedPassword(input.postgres, readSavedConnection(dataFolder), keychain);
  assertRememberable(fields, keychain);
  await testConnection({ postgres: fields });
  const { password, host, port, database, user, tls } = fields;
  const tables = await transferFrom(ctx.manager, { engine: 'postgres', host, port, database, user, password, tls });
  remember(dataFolder, fields, keychain);
  return { tables, connection: connectionInfo(ctx.manager, dataFolder, keychain) };
}

/** An empty password field keeps the remembered one for the same server, database and user. */
function withRememberedPassword(
  fields: PostgresConnectionFields,
  saved: SavedConnection,
  keychain: Keychain | null,
): PostgresConnectionFields {
  if (fields.password !== '' || saved.engine !== 'postgres' || !saved.protectedPassword || !keychain) return fields;
  const same = saved.host === fields.host && saved.database === fields.database && saved.user === fields.user;
  if (!same) throw fieldError('postgres.password', 'Vul het wachtwoord in.');
  return { ...fields, password: keychain.decrypt(Buffer.from(saved.protectedPassword, 'base64')) };
}
