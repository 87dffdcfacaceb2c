/**
 * Where the data live: the embedded SQLite file of one computer (the default, no setup), or the
 * team's shared PostgreSQL server.
 */
export type DatabaseConnection = SqliteConnection | PostgresConnection;

export interface SqliteConnection {
  engine: 'sqlite';
  file: string;
  /**
   * The file's SQLCipher key, 64 hexadecimal characters, kept by the operating system's keychain;
   * none where there is no keychain (and in tests): the file is then written in the clear.
   */
  key?: string | null;
}

export interface PostgresConnection {
  engine: 'postgres';
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** `verify`: TLS with the server's certificate checked; `off` only to a server on this computer. */
  tls: 'verify' | 'off';
}

/** A connection from a `postgres://user:password@host:port/database` address (tests, tools). */
export function postgresFromUrl(url: string, database?: string): PostgresConnection {
  const parsed = new URL(url);
  return {
    engine: 'postgres',
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    tls: parsed.searchParams.get('sslmode') === 'verify-full' ? 'verify' : 'off',
  };
}
