import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { Bridge, launchChromium, temporaryDatabase } from './app';

/**
 * The app in a 1280 px wide Chromium page on a database of its own, through its bridge on the day
 * `today`: started before the file's tests, stopped and removed after them. The page and bridge are
 * there once `beforeAll` has run. (Apart from app.ts, which the benchmark imports outside vitest.)
 */
export function appInBrowser(today: string): { page: Page; bridge: Bridge } {
  const app = {} as { page: Page; bridge: Bridge; browser: Browser };
  const database = temporaryDatabase();
  beforeAll(async () => {
    [app.browser, app.bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today })]);
    app.page = await app.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    app.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.bridge?.stop();
    await database.remove();
  });
  return app;
}
