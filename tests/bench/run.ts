import fs from 'node:fs';
import path from 'node:path';
import { select, selectOne, sql, type Engine } from '../../electron/db/sql';
import { seedDemo } from '../../scripts/demo/seed';
import { firstRowsOnScreen } from './browser';
import { benchDataTable } from './datatable';
import { ENGINE_NAMES, openBenchDatabase, seedVolume, usePostgresServer, type BenchDatabase } from './engines';
import { benchFoundation } from './foundation';
import { benchImportMemory, importMemorySection } from './import-memory';
import { benchInvoicing } from './invoicing';
import { runLoad, type LoadFigures } from './load';
import { LOAD_HEADING, loadSection } from './load-report';
import { benchMatches } from './matches';
import { benchFamilySearch, benchImport, benchRegistrations } from './registrations';
import { report, type EngineFigures } from './report';
import { size } from './size';

/**
 * `npm run bench`: measures the operations through the same dispatcher, validation and services the
 * app uses, next to the same query in plain SQL on the same data (the floor), on SQLite and on
 * PostgreSQL with the same data; then six colleagues at once on PostgreSQL (load.ts); and writes
 * docs/performance.md. Fails when a check of the load run fails. `BENCH_SMALL=1` for a smoke run.
 */
const started = performance.now();
const step = (name: string) => console.error(`${((performance.now() - started) / 1000).toFixed(1)} s  ${name}`);

async function haarlem(database: BenchDatabase): Promise<number> {
  const row = await selectOne<{ id: number }>(
    database.dataSource.manager,
    sql`SELECT "id" FROM "municipality" WHERE "name" = 'Haarlem'`,
  );
  return row!.id;
}

/** Every measurement on one engine's new database, which is left open for the load run. */
async function benchEngine(database: BenchDatabase): Promise<EngineFigures> {
  const { engine, dataSource, dispatch } = database;
  const name = ENGINE_NAMES[engine];
  await seedDemo(dispatch, 0);
  step(`${name}: demo data`);
  const foundation = await benchFoundation(dataSource, dispatch);
  step(`${name}: foundation`);
  const invoicing = await benchInvoicing(dataSource, dispatch);
  step(`${name}: invoicing`);
  const matches = await benchMatches(dataSource, dispatch, await haarlem(database));
  step(`${name}: matches`);
  const seedStart = performance.now();
  await seedVolume(database);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  step(`${name}: ${size.registrations} registrations seeded`);
  const [{ people }] = await select<{ people: number }>(
    dataSource.manager,
    sql`SELECT COUNT(*) AS "people" FROM "person"`,
  );
  const queue = await benchRegistrations(dataSource, dispatch, await haarlem(database));
  // Gezinnen's name search beside the queue's: the same search, a different page.
  queue.push(...(await benchFamilySearch(dataSource, dispatch)));
  step(`${name}: queue`);
  const screen = await firstRowsOnScreen(database.databaseFile, database.postgresUrl, size.browserLoads);
  step(`${name}: browser`);
  const imported = await benchImport(dispatch);
  step(`${name}: import`);
  return {
    engine,
    foundation,
    invoicing,
    matches,
    registrations: size.registrations,
    people: Number(people),
    seedSeconds,
    queue,
    screen,
    imported,
  };
}

/** The server's version and the settings that bear on the figures, as the report states them. */
async function serverSettings(database: BenchDatabase): Promise<string> {
  const setting = async (name: string) =>
    (
      await select<Record<string, string>>(database.dataSource.manager, sql`SELECT current_setting(${name}) AS "value"`)
    )[0].value;
  return `PostgreSQL ${await setting('server_version')}, fsync ${await setting('fsync')}, synchronous_commit ${await setting(
    'synchronous_commit',
  )}, shared_buffers ${await setting('shared_buffers')}`;
}

async function main(): Promise<boolean> {
  const stopServer = usePostgresServer();
  const engines: EngineFigures[] = [];
  let server = '';
  let load: LoadFigures | null = null;
  try {
    for (const engine of ['sqlite', 'postgres'] as Engine[]) {
      const database = await openBenchDatabase(engine);
      try {
        engines.push(await benchEngine(database));
        if (engine !== 'postgres') continue;
        server = await serverSettings(database);
        if (size.load.seconds > 0) {
          load = await runLoad(
            { ...database, postgresUrl: database.postgresUrl!, dataFolder: path.dirname(database.databaseFile) },
            size.load,
          );
          step('load run');
        }
      } finally {
        await database.remove();
      }
    }
  } finally {
    stopServer();
  }
  const bigTable = await benchDataTable();
  step('100,000-row table');
  const importMemory = await benchImportMemory(size.small ? [2_000] : [10_000, 25_000, 200_000]);
  step('long import files');
  const text = report({
    engines,
    server,
    bigTable,
    small: size.small,
    matches: size.matches,
    importMemory: importMemorySection(importMemory),
    loadSection: load
      ? loadSection(load, size.registrations)
      : `${LOAD_HEADING}\n\nNot run this time (BENCH_LOAD_SECONDS=0).\n`,
  });
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync('docs/performance.md', text);
  console.log(text);
  return !load || (load.invoiceNumbers.passed && load.noLostUpdate.passed);
}

main()
  .then((passed) => {
    if (!passed) {
      console.error('\nThe load run found a problem: see "Zes collega\'s tegelijk" in docs/performance.md.');
      process.exit(1);
    }
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
