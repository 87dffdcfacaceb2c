import sqlcipher from '@journeyapps/sqlcipher';
import { DataSource } from 'typeorm';
import type { DatabaseConnection } from './connection';
import { keyPragma } from './encryption';
import { entitiesFor } from './entities';
import { migrations as sqliteMigrations } from './migrations';
import { postgresMigrations } from './migrations/postgres';
import { decodeBigintsAsNumbers } from './postgres';

export type MigrationClass = (typeof sqliteMigrations)[number] | (typeof postgresMigrations)[number];

/** The engine's own migrations: SQLite's shipped files, or PostgreSQL's from its baseline on. */
export function migrationsFor(engine: DatabaseConnection['engine']): MigrationClass[] {
  return engine === 'sqlite' ? sqliteMigrations : postgresMigrations;
}

/** One database, either engine: explicit entity and migration lists, never `synchronize`. */
export function createDataSource(connection: DatabaseConnection, migrations?: MigrationClass[]): DataSource {
  const common = {
    entities: entitiesFor(connection.engine),
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (connection.engine === 'sqlite') {
    return new DataSource({
      ...common,
      type: 'sqlite',
      // SQLCipher: SQLite that encrypts every page of the file (and its WAL) when given a key.
      driver: sqlcipher,
      database: connection.file,
      ...(connection.key ? { key: keyPragma(connection.key) } : {}),
      migrations: migrations ?? sqliteMigrations,
      enableWAL: true,
      busyTimeout: 5000,
    });
  }
  decodeBigintsAsNumbers();
  return new DataSource({
    ...common,
    type: 'postgres',
    host: connection.host,
    port: connection.port,
    database: connection.database,
    username: connection.user,
    password: connection.password,
    ssl: connection.tls === 'verify' ? { rejectUnauthorized: true } : false,
    applicationName: 'Buurtgezinnen Backoffice',
    migrations: migrations ?? postgresMigrations,
  });
}
