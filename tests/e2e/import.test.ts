import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyDto } from '../../shared/api/families';
import { csvOf, largeImportRows } from '../support/import-file';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { RegistrationsArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: RegistrationsArea;
const database = temporaryDatabase();

/** A referrer's list as it comes: "Toev." and "Naam kind" columns, nothing mapped by hand. */
const REFERRER_LIST = [
  'Soort;Datum aanmelding;Voornaam ouder;Achternaam;Geboortedatum;Naam kind;Geb. datum kind;Straat;Huisnummer;Toev.;Postcode;Plaats',
  'vraaggezin;03-11-2026;Renée;Visser;12-05-1990;Zoë Visser;01-02-2018;Schoterweg;112;A;2011 GJ;Haarlem',
].join('\r\n');

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2026-11-23' })]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  area = new RegistrationsArea(page);
  await area.open(bridge.url);
  await callApi(page, 'municipalities.create', {
    name: 'Haarlem',
    province: 'Noord-Holland',
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [],
    postcodeRanges: '2000-2039',
    places: '',
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

describe('importing a referrer list in the browser', () => {
  it('shows how far a long file is read and cancels it quietly', async () => {
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanmeldingen importeren' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'lang.csv',
      mimeType: 'text/csv',
      buffer: csvOf(largeImportRows(60_000)),
    });
    const progress = dialog.getByTestId('import-progress');
    await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(/[1-9][\d.]* rijen gelezen/);
    await screenshot(page, 'import-voortgang');
    await progress.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.getByText('Import geannuleerd.').waitFor();
    expect(await dialog.getByTestId('import-counts').count()).toBe(0);
  }, 60_000);

  it('previews a long list with the rows that will not go in first, and says how many it shows', async () => {
    const dialog = page.getByRole('dialog', { name: 'Aanmeldingen importeren' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'lang-2.csv',
      mimeType: 'text/csv',
      buffer: csvOf(largeImportRows(12_000, 1000)),
    });
    const shown = dialog.getByTestId('import-shown');
    await expect.poll(() => shown.count(), { timeout: 60_000 }).toBe(1);
    expect(await shown.innerText()).toContain('De eerste 5.000 van 12.000 rijen staan hieronder');
    const table = dialog.getByRole('grid', { name: 'Voorbeeld van de import' });
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/Ongeldig/i);
    await screenshot(page, 'import-voorbeeld-lang');
  }, 90_000);

  it('imports a list with "Toev." and "Naam kind" without touching the columns and stores 112A', async () => {
    const dialog = page.getByRole('dialog', { name: 'Aanmeldingen importeren' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'verwijzer.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REFERRER_LIST, 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('import-counts').innerText()).toMatch(/^1 nieuw/i);
    const table = dialog.getByRole('grid', { name: 'Voorbeeld van de import' });
    expect(await table.innerText()).toContain('Haarlem');
    await screenshot(page, 'import-voorbeeld');
    await dialog.getByRole('button', { name: '1 nieuwe rij importeren' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const family = await callApi<FamilyDto>(page, 'families.get', { id: 1 });
    expect(family).toMatchObject({ street: 'Schoterweg', houseNumber: '112', houseNumberAddition: 'A' });
    expect(family.people.map((person) => [person.firstName, person.lastName, person.role])).toEqual([
      ['Renée', 'Visser', 'ouder'],
      ['Zoë', 'Visser', 'kind'],
    ]);
  });
});
