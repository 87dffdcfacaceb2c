import { Bridge, launchChromium } from '../e2e/support/app';

/**
 * Milliseconds from opening the Aanmeldingen page until the first queue rows are on screen, in
 * headless Chromium against the bridge on the benchmark database (median of several loads).
 */
export async function firstRowsOnScreen(databaseFile: string, loads = 7): Promise<{ median: number; worst: number }> {
  const [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(databaseFile)]);
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(`${bridge.url}#/aanmeldingen`);
    await page.getByRole('grid', { name: 'Wachtrij' }).locator('tbody tr').first().waitFor();
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const start = Date.now();
      await page.reload();
      await page.getByRole('grid', { name: 'Wachtrij' }).locator('tbody tr').first().waitFor();
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], worst: times[times.length - 1] };
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
