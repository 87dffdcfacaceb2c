import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBridgeDatabase } from '../../scripts/bridge/bridge';
import { seedDemo } from '../../scripts/demo/seed';
import type { InvoiceDto } from '../../shared/api/invoices';
import type { QueueResult } from '../../shared/api/registrations';
import { addDays, addMonths } from '../../shared/domain/dates';
import { formatDate } from '../../shared/domain/format';
import { OPEN_STATUSES } from '../../shared/domain/registrations/status';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { FamiliesArea, InvoicingArea, RegistrationsArea } from './support/pages';

/**
 * The lists on the demo data (`npm run seed:demo`) at 1280 pixels wide: the queue sorted newest first
 * over every registration, every family exported, all due instalments invoiced in one click.
 */
let browser: Browser;
let bridge: Bridge;
let page: Page;
const database = temporaryDatabase();
const downloads = path.dirname(database.file);

beforeAll(async () => {
  const session = await openBridgeDatabase(database.file);
  try {
    await seedDemo(session.dispatch);
  } finally {
    await session.close();
  }
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database)]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', acceptDownloads: true });
  page.setDefaultTimeout(15_000);
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

/** The rows of a table that hold cells (not the spacer rows of the virtual list). */
const dataRows = (grid: string) => page.getByRole('grid', { name: grid }).locator('tbody tr:has(td)');

async function download(click: () => Promise<void>): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(downloads, saved.suggestedFilename());
  await saved.saveAs(file);
  return file;
}

describe('lists over all their rows, at 1280 pixels wide', () => {
  it("sorts the queue newest first over every registration: this week's come on top", async () => {
    const area = new RegistrationsArea(page);
    await area.open(bridge.url);
    const { date: today } = await callApi<{ date: string }>(page, 'system.today', {});
    const newest = await callApi<QueueResult>(page, 'registrations.queue', {
      statuses: OPEN_STATUSES,
      kind: null,
      municipalityId: null,
      outsideWorkArea: false,
      channel: null,
      waitingLongerThanDays: null,
      search: '',
      sort: { column: 'receivedDate', direction: 'desc' },
      limit: 1,
    });
    expect(newest.rows[0].receivedDate >= addDays(today, -7)).toBe(true);
    const header = area.queue().getByRole('button', { name: /^Aangemeld/ });
    await header.click();
    await expect.poll(() => header.textContent()).toBe('Aangemeld ▲');
    await header.click();
    await expect.poll(() => header.textContent()).toBe('Aangemeld ▼');
    await expect
      .poll(() => dataRows('Wachtrij').first().locator('td').nth(1).textContent())
      .toBe(formatDate(newest.rows[0].receivedDate));
    expect(await page.getByTestId('row-count').textContent()).toBe(`${newest.total.toLocaleString('nl-NL')} rijen`);
    await screenshot(page, 'lists-wachtrij-1280');
    // The last columns are in view without scrolling sideways.
    const coordinator = area.queue().getByRole('button', { name: 'Coördinator' });
    const box = await coordinator.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    const scroll = await area.queue().evaluate((grid) => grid.scrollWidth - grid.clientWidth);
    expect(scroll).toBe(0);
  });

  it('puts every new registration on the waiting list at once, also those not loaded yet', async () => {
    const area = new RegistrationsArea(page);
    await area.queue().getByLabel('Filter Status').click();
    await page.getByRole('option', { name: 'Nieuw', exact: true }).click();
    const count = async () =>
      Number(/^([\d.]+)/.exec((await page.getByTestId('row-count').textContent()) ?? '')?.[1].replace('.', ''));
    await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(/ van /);
    const fresh = await count();
    expect(fresh).toBeGreaterThan(200);
    await area.queue().getByRole('checkbox', { name: 'Alles selecteren' }).check();
    await page.getByRole('button', { name: `Alle ${fresh.toLocaleString('nl-NL')} selecteren` }).click();
    await expect.poll(() => page.getByTestId('selection').textContent()).toContain(`Alle ${fresh} rijen geselecteerd.`);
    await screenshot(page, 'lists-wachtrij-alles-geselecteerd-1280');
    await page.getByRole('button', { name: 'Op wachtlijst zetten' }).click();
    const dialog = page.getByRole('dialog', { name: `Op wachtlijst zetten (${fresh})` });
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Geen plek dit kwartaal');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect
      .poll(() => page.getByTestId('empty').textContent(), { timeout: 60_000 })
      .toBe('Geen resultaten voor deze zoekopdracht of filters.');
  });

  it('exports every family of the demo data, not only the rows loaded', async () => {
    const area = new FamiliesArea(page);
    await area.open(bridge.url);
    // 954 families when the demo was made in November 2026; the demo follows the real date, so count them.
    const families = await callApi<{ total: number }>(page, 'families.search', {
      search: '',
      kind: null,
      municipalityId: null,
      limit: 1,
    });
    expect(families.total).toBeGreaterThan(900);
    await expect
      .poll(() => page.getByTestId('row-count').textContent())
      .toBe(`${families.total.toLocaleString('nl-NL')} rijen`);
    await screenshot(page, 'lists-gezinnen-1280');
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const file = await download(() => page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click());
    expect(path.basename(file)).toBe('gezinnen.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0].rowCount - 1).toBe(families.total);
    // A search with no hit says so, instead of "no families yet".
    await page.getByRole('textbox', { name: 'Zoeken in Gezinnen' }).fill('qqqzzz');
    await expect
      .poll(() => page.getByTestId('empty').textContent())
      .toBe('Geen resultaten voor deze zoekopdracht of filters.');
  });

  it('shows Koppelingen at 1280 pixels', async () => {
    await page.goto(`${bridge.url}#/koppelingen`);
    await page.getByRole('heading', { name: 'Koppelingen', exact: true }).waitFor();
    await expect.poll(() => dataRows('Koppelingen').count()).toBeGreaterThan(0);
    await screenshot(page, 'lists-koppelingen-1280');
  });

  it('selects all due instalments in one click, makes the invoices and numbers them after a confirmation', async () => {
    const area = new InvoicingArea(page);
    await page.goto(`${bridge.url}#/gemeenten`);
    await page.getByRole('tab', { name: 'Te factureren', exact: true }).click();
    // Invoicing the coming months: everything due until the end of the month after next.
    const { date: today } = await callApi<{ date: string }>(page, 'system.today', {});
    const until = addDays(addMonths(`${today.slice(0, 8)}01`, 3), -1);
    await area.typeDate('Te factureren tot en met', formatDate(until), page.locator('body'));
    await expect.poll(() => dataRows('Te factureren').count()).toBeGreaterThan(0);
    const due = Number(/^(\d+)/.exec((await page.getByTestId('row-count').textContent()) ?? '')?.[1]);
    await area.table('Te factureren').getByRole('checkbox', { name: 'Alles selecteren' }).check();
    await screenshot(page, 'lists-te-factureren-1280');
    await page.getByRole('button', { name: `Facturen maken (${due})` }).click();
    await expect
      .poll(
        async () =>
          (await callApi<InvoiceDto[]>(page, 'invoices.list', { year: null })).filter((i) => i.status === 'concept')
            .length,
      )
      .toBe(due);

    await area.openTab('Facturen');
    await expect.poll(() => dataRows('Facturen').count()).toBeGreaterThan(0);
    await area.table('Facturen').getByRole('checkbox', { name: 'Alles selecteren' }).check();
    await page.getByRole('button', { name: `Definitief maken (${due})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Facturen definitief maken' });
    await expect.poll(() => dialog.textContent()).toContain(`${due} conceptfacturen krijgen een factuurnummer`);
    // The modal fades in; the picture waits until it stands still.
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await screenshot(page, 'lists-facturen-bevestigen-1280');
    await dialog.getByRole('button', { name: `${due} facturen definitief maken` }).click();
    await expect
      .poll(
        async () =>
          (await callApi<InvoiceDto[]>(page, 'invoices.list', { year: null })).filter((i) => i.status === 'concept')
            .length,
      )
      .toBe(0);
    await area.table('Facturen').getByRole('checkbox', { name: 'Alles selecteren' }).uncheck();
    await screenshot(page, 'lists-facturen-1280');
    const status = area.table('Facturen').getByRole('button', { name: 'Status' });
    const box = await status.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(await area.table('Facturen').evaluate((grid) => grid.scrollWidth - grid.clientWidth)).toBe(0);
  });
});
