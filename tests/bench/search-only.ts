import type { Engine } from '../../electron/db/sql';
import { selectOne, sql } from '../../electron/db/sql';
import { seedDemo } from '../../scripts/demo/seed';
import { ENGINE_NAMES, openBenchDatabase, seedVolume, usePostgresServer } from './engines';
import { table, type EngineRows } from './harness';
import { benchFamilySearch, benchRegistrations } from './registrations';

/**
 * `npx tsx tests/bench/search-only.ts [sqlite|postgres]`: only the queue's and Gezinnen's name
 * search of `npm run bench`, on the same data, without the rest of its half hour; prints the table.
 */
async function main() {
  const engines = (process.argv[2] ? [process.argv[2]] : ['sqlite', 'postgres']) as Engine[];
  const stopServer = engines.includes('postgres') ? usePostgresServer() : () => undefined;
  const results: EngineRows[] = [];
  try {
    for (const engine of engines) {
      const database = await openBenchDatabase(engine);
      try {
        await seedDemo(database.dispatch, 0);
        await seedVolume(database);
        const haarlem = await selectOne<{ id: number }>(
          database.dataSource.manager,
          sql`SELECT "id" FROM "municipality" WHERE "name" = 'Haarlem'`,
        );
        const queue = await benchRegistrations(database.dataSource, database.dispatch, haarlem!.id, (name) =>
          name.startsWith('search: name'),
        );
        const families = await benchFamilySearch(database.dataSource, database.dispatch);
        results.push({ engine: ENGINE_NAMES[engine], rows: [...queue, ...families] });
      } finally {
        await database.remove();
      }
    }
  } finally {
    stopServer();
  }
  console.log(table(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
