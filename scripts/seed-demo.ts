import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBridgeDatabase } from './bridge/bridge';
import { seedDemo } from './demo/seed';

/** `npm run seed:demo [-- --db demo/buurtgezinnen.sqlite]`: a new database with demo data. */
const { values } = parseArgs({ options: { db: { type: 'string', default: 'demo/buurtgezinnen.sqlite' } } });
const file = path.resolve(values.db);

async function main() {
  if (fs.existsSync(file)) throw new Error(`${file} exists already; remove it first for a fresh demo database`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const session = await openBridgeDatabase(file);
  await seedDemo(session.dispatch);
  await session.close();
  console.log(`Demo database written to ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
