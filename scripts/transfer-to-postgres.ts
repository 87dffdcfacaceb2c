import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { postgresFromUrl } from '../electron/db/connection';
import { openDatabase } from '../electron/db/open';
import { transferToPostgres } from '../electron/services/transfer/transfer-to-postgres';

/**
 * `tsx scripts/transfer-to-postgres.ts --from <file.sqlite> --to postgres://user:pass@host:port/db`:
 * moves one computer's database to a new, empty shared PostgreSQL database and prints the rows per
 * table. Close the app on that computer first. Add `?sslmode=verify-full` to the address for TLS.
 */
const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });

async function main() {
  if (!values.from || !values.to)
    throw new Error('Gebruik: --from <bestand.sqlite> --to postgres://gebruiker:wachtwoord@server:5432/database');
  const file = path.resolve(values.from);
  if (!fs.existsSync(file)) throw new Error(`${file} bestaat niet`);
  // An older file is first brought up to date, with a backup beside it, as the app would do.
  const source = await openDatabase(
    { engine: 'sqlite', file },
    { backupFolder: path.join(path.dirname(file), 'backups') },
  );
  try {
    const counts = await transferToPostgres(source, postgresFromUrl(values.to), ({ table, copied, total }) => {
      if (copied === total) process.stderr.write(`${table}: ${total}\n`);
    });
    const width = Math.max(...counts.map(({ table }) => table.length));
    console.log('Overgezet:');
    for (const { table, rows } of counts) console.log(`  ${table.padEnd(width)}  ${String(rows).padStart(7)}`);
  } finally {
    await source.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
