import fs from 'node:fs';
import path from 'node:path';
import { seedDemo } from '../../scripts/demo/seed';
import { openBenchDatabase, seedVolume, usePostgresServer } from './engines';
import { runLoad, type LoadFigures } from './load';
import { LOAD_HEADING, loadSection } from './load-report';
import { size } from './size';

/**
 * `npm run bench:load`: only the load run, on a new PostgreSQL database with the demo data and the
 * registration volume, without the per-engine figures. Replaces the section "Zes collega's
 * tegelijk" of docs/performance.md (the last one) and fails like `npm run bench` when a check fails.
 */
const REPORT = 'docs/performance.md';

async function main(): Promise<LoadFigures> {
  const stopServer = usePostgresServer();
  try {
    const database = await openBenchDatabase('postgres');
    try {
      await seedDemo(database.dispatch, 0);
      await seedVolume(database);
      console.error('demo data and registrations seeded; colleagues start');
      return await runLoad(
        { ...database, postgresUrl: database.postgresUrl!, dataFolder: path.dirname(database.databaseFile) },
        size.load,
      );
    } finally {
      await database.remove();
    }
  } finally {
    stopServer();
  }
}

main()
  .then((load) => {
    const section = loadSection(load, size.registrations);
    const text = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, 'utf8') : '# Performance\n\n';
    const at = text.indexOf(LOAD_HEADING);
    fs.writeFileSync(REPORT, at < 0 ? `${text.trimEnd()}\n\n${section}` : text.slice(0, at) + section);
    console.log(section);
    if (!load.invoiceNumbers.passed || !load.noLostUpdate.passed) {
      console.error(`\nThe load run found a problem: see "Zes collega's tegelijk" in ${REPORT}.`);
      process.exit(1);
    }
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
