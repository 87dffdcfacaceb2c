import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bridge, callInPage, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { MunicipalitiesArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: MunicipalitiesArea;
const database = temporaryDatabase();

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database)]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  area = new MunicipalitiesArea(page);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

describe('Gemeenten en coördinatoren in the browser', () => {
  it('creates a coordinator', async () => {
    await area.open(bridge.url);
    await area.tab('Coördinatoren');
    await page.getByRole('button', { name: 'Nieuwe coördinator' }).click();
    await area.field('Naam').fill('Sanne de Vries');
    await area.field('E-mail').fill('sanne@buurtgezinnen.nl');
    await area.field('Telefoon').fill('0612345678');
    await area.save();
    await expect.poll(() => area.table('Coördinatoren').innerText()).toContain('06 12345678');
  });

  it('shows Dutch messages at the fields for bad input and saves nothing', async () => {
    await area.tab('Gemeenten');
    await page.getByRole('button', { name: 'Nieuwe gemeente' }).click();
    await area.field('E-mail').fill('info@');
    await area.field('Telefoon').fill('12345');
    await area.save();
    await expect.poll(() => area.errorAt('Naam')).toBe('Naam is verplicht.');
    expect(await area.errorAt('E-mail')).toMatch(/geldig e-mailadres/);
    expect(await area.errorAt('Telefoon')).toMatch(/geldig telefoonnummer/);
    await screenshot(page, 'gemeente-fouten');
    expect(await callInPage(page, 'municipalities.list', {})).toEqual({ ok: true, data: [] });
  });

  it('creates a gemeente with its coordinator once the input is right', async () => {
    await area.field('Naam').fill('Valkenburg');
    await area.field('E-mail').fill('info@valkenburg.nl');
    await area.field('Telefoon').fill('043 609 0909');
    await area.drawer().getByLabel('Coördinatoren').click();
    await page.getByRole('option', { name: 'Sanne de Vries' }).click();
    await area.save();
    await area.drawer().waitFor({ state: 'hidden' });
    await expect.poll(() => area.table('Gemeenten').innerText()).toContain('Sanne de Vries');
  });

  it('refuses a name that already exists, at the field, keeping what was typed', async () => {
    await page.getByRole('button', { name: 'Nieuwe gemeente' }).click();
    await area.field('Naam').fill('valkenburg');
    await area.field('Notities').fill('Nog bellen over het contract');
    await area.save();
    await expect.poll(() => area.errorAt('Naam')).toBe('Er bestaat al een gemeente met de naam "valkenburg".');
    expect(await area.field('Notities').inputValue()).toBe('Nog bellen over het contract');
    await area.field('Naam').fill('Haarlem');
    await area.save();
    await area.drawer().waitFor({ state: 'hidden' });
  });

  it('finds the gemeente with the search box, also after the bridge restarts on the same file', async () => {
    await area.search('Gemeenten', 'valk');
    await expect.poll(() => page.getByTestId('row-count').innerText()).toBe('1 van 2 rijen');
    expect(await area.table('Gemeenten').innerText()).toContain('Valkenburg');
    await screenshot(page, 'gemeenten-zoeken');

    await bridge.stop();
    bridge = await Bridge.start(database);
    await area.open(bridge.url);
    await area.search('Gemeenten', 'valk');
    await expect.poll(() => page.getByTestId('row-count').innerText()).toBe('1 van 2 rijen');
    expect(await area.table('Gemeenten').innerText()).toMatch(/Valkenburg[\s\S]*Sanne de Vries/);
  });

  it('shows who changed what in the history after an edit', async () => {
    await area.table('Gemeenten').getByRole('cell', { name: 'Valkenburg', exact: true }).click();
    await area.field('Naam').fill('Valkenburg aan de Geul');
    await area.save();
    await area.drawer().waitFor({ state: 'hidden' });
    await area.table('Gemeenten').getByRole('cell', { name: 'Valkenburg aan de Geul', exact: true }).click();
    await area.drawer().getByRole('tab', { name: 'Geschiedenis' }).click();
    const history = page.getByTestId('history');
    await expect
      .poll(() => history.innerText())
      .toMatch(/Gewijzigd[\s\S]*Naam\s+Valkenburg\s+→ Valkenburg aan de Geul/);
    expect(await history.innerText()).toMatch(/Aangemaakt[\s\S]*Coördinatoren\s+\(leeg\)\s+→ Sanne de Vries/);
    expect(await history.innerText()).toMatch(/\d{2}-\d{2}-\d{4} \d{2}:\d{2} · \S+/);
    await screenshot(page, 'gemeente-geschiedenis');
  });
});
