import { Bridge, launchChromium, type TemporaryDatabase } from '../e2e/support/app';

/** The benchmark's own database, kept after the run: its SQLite file, or its PostgreSQL database. */
function existingDatabase(file: string, postgresUrl: string | undefined): TemporaryDatabase {
  return {
    file,
    postgresUrl: () => Promise.resolve(postgresUrl),
    colleagueUrl: () => Promise.reject(new Error('The benchmark works as the administrator')),
    remove: () => Promise.resolve(),
  };
}

export interface Timing {
  runs: number;
  median: number;
  worst: number;
}

/**
 * Milliseconds until the first queue rows are on screen, in headless Chromium against the bridge on
 * the benchmark database (its SQLite file, or with `postgresUrl` its PostgreSQL database): after a
 * reload (the whole app starts) and after a click on Aanmeldingen in the sidebar (the page itself),
 * median and worst of several tries.
 */
export async function firstRowsOnScreen(
  databaseFile: string,
  postgresUrl: string | undefined,
  loads = 7,
): Promise<{ reload: Timing; navigate: Timing }> {
  const [browser, bridge] = await Promise.all([
    launchChromium(),
    Bridge.start(existingDatabase(databaseFile, postgresUrl)),
  ]);
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(`${bridge.url}#/aanmeldingen`);
    await page.getByRole('grid', { name: 'Wachtrij' }).locator('tbody tr').first().waitFor();
    const rows = page.getByRole('grid', { name: 'Wachtrij' }).locator('tbody tr').first();
    const reload = await timeIt(loads, async () => {
      await page.reload();
      await rows.waitFor();
    });
    const navigate = await timeIt(loads, async () => {
      await page.getByRole('link', { name: 'Gemeenten & facturen' }).click();
      await page.getByRole('heading', { name: 'Gemeenten & facturen' }).waitFor();
      const start = Date.now();
      await page.getByRole('link', { name: 'Aanmeldingen' }).click();
      await rows.waitFor();
      return Date.now() - start;
    });
    return { reload, navigate };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}

async function timeIt(times: number, attempt: () => Promise<number | void>): Promise<Timing> {
  const results: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = Date.now();
    const measured = await attempt();
    results.push(typeof measured === 'number' ? measured : Date.now() - start);
  }
  results.sort((a, b) => a - b);
  return { runs: times, median: results[Math.floor(results.length / 2)], worst: results[results.length - 1] };
}
