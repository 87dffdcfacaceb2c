import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/db/backup';
import { openDatabase } from '../../electron/db/open';
import { municipality } from '../support/registrations';
import { Bridge, callInPage, launchChromium, screenshot, temporaryDatabase } from './support/app';

let browser: Browser;
let bridge: Bridge;
let page: Page;
const database = temporaryDatabase();
const backupFolder = path.join(path.dirname(database.file), 'backups');

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database)]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

/** A backup of the file the bridge works in, as the daily copy would make it. */
async function backupNow(): Promise<string> {
  const reader = await openDatabase({ engine: 'sqlite', file: database.file }, { backupFolder });
  try {
    return (await backupDatabase(reader, backupFolder, 'dagelijks', new Date(Date.now() + 60_000))).fileName;
  } finally {
    await reader.destroy();
  }
}

async function municipalityNames(): Promise<string[]> {
  const response = (await callInPage(page, 'municipalities.list', {})) as { data: { name: string }[] };
  return response.data.map((m) => m.name);
}

describe('Reservekopie terugzetten in the browser', () => {
  it('puts an older backup back after a confirmation, and the older data are there again', async () => {
    await page.goto(`${bridge.url}#/instellingen`);
    await callInPage(page, 'municipalities.create', municipality('Valkenburg', '6300-6301'));
    const older = await backupNow();
    await callInPage(page, 'municipalities.create', municipality('Zandvoort', '2040-2042'));
    expect(await municipalityNames()).toEqual(['Valkenburg', 'Zandvoort']);

    await page.reload();
    await page.getByRole('tab', { name: 'Gegevens', exact: true }).click();
    const backups = page.getByRole('table', { name: 'Reservekopieën' });
    await backups.getByRole('button', { name: `Terugzetten: ${older}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Reservekopie terugzetten' });
    expect(await dialog.innerText()).toMatch(/De gegevens van nu worden eerst als reservekopie bewaard/);
    await screenshot(page, 'reservekopie-terugzetten');
    await dialog.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('De reservekopie is teruggezet.', { exact: false }).waitFor();

    await expect.poll(() => backups.innerText()).toMatch(/voor-terugzetten\.sqlite/);
    expect(await municipalityNames()).toEqual(['Valkenburg']);
    await page.goto(`${bridge.url}#/gemeenten`);
    const list = page.getByRole('grid', { name: 'Gemeenten' });
    await expect.poll(() => list.innerText()).toContain('Valkenburg');
    expect(await list.innerText()).not.toContain('Zandvoort');
  });
});
