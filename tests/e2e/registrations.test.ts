import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { RegistrationsArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: RegistrationsArea;
const database = temporaryDatabase();

function api<T>(name: string, input: unknown): Promise<T> {
  return callApi<T>(page, name, input);
}

const JANSEN = {
  street: 'Kerkstraat',
  houseNumber: '12',
  postcode: '2011ab',
  place: 'Haarlem',
  parent: ['Marieke', 'Jansen', '02-04-1988'],
  child: ['Daan', 'Jansen', '30-09-2016'],
  received: '02-11-2026',
};

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2026-11-23' })]);
  page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  area = new RegistrationsArea(page);
  await area.open(bridge.url);
  const sanne = await api<{ id: number }>('coordinators.create', {
    name: 'Sanne de Vries',
    email: '',
    phone: '',
    notes: '',
  });
  await api('municipalities.create', {
    name: 'Haarlem',
    province: 'Noord-Holland',
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [sanne.id],
    postcodeRanges: '2000-2039',
    places: '',
  });
  const kaya = vraaggezin({
    street: 'Dorpsweg',
    postcode: '2011 CD',
    email: 'kaya@voorbeeld.nl',
    phone: '',
    municipalityId: 1,
    people: [
      { firstName: 'Yusuf', lastName: 'Kaya', birthDate: '2019-01-01', role: 'kind' },
      { firstName: 'Elif', lastName: 'Kaya', birthDate: '1990-01-01', role: 'ouder' },
    ],
  });
  await api('registrations.create', { ...kaya, registration: { ...kaya.registration, receivedDate: '2026-11-20' } });
  await page.reload();
  await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

describe('registration triage in the browser', () => {
  it('registers a vraaggezin by hand, with the municipality suggested from the postcode', async () => {
    await page.getByRole('button', { name: 'Nieuwe aanmelding' }).click();
    const form = area.drawer('Nieuwe aanmelding');
    await area.fillFamily(form, JANSEN);
    await form.getByRole('textbox', { name: 'Plaats', exact: true }).press('Tab');
    await expect.poll(() => form.getByLabel('Gemeente', { exact: true }).inputValue()).toBe('Haarlem');
    expect(await form.innerText()).toContain('Voorgesteld op basis van de postcode');
    await screenshot(page, 'aanmelding-nieuw');
    await form.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    await area.drawer('Aanmelding').getByText('Familie Jansen').waitFor();
    await page.keyboard.press('Escape');
  });

  it('shows it on top of the queue, oldest first, with the days it waits', async () => {
    const cells = async (row: number) =>
      (await area.queue().locator('tbody tr').nth(row).locator('td').allInnerTexts()).map((text) =>
        text.trim().toLowerCase(),
      );
    await expect
      .poll(() => cells(0))
      .toEqual([
        '',
        '02-11-2026',
        '21',
        'nieuw',
        'vraaggezin',
        'familie jansen',
        '2011 ab',
        'haarlem',
        'haarlem',
        'zelf aangemeld',
        '',
      ]);
    expect(await area.queue().locator('tbody tr').nth(1).innerText()).toContain('Familie Kaya');
    await screenshot(page, 'wachtrij');
  });

  it('moves through the queue with the arrow keys and opens a registration with Enter', async () => {
    await area.queue().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const detail = area.drawer('Aanmelding');
    await detail.getByText('Familie Kaya').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await area.queue().focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await detail.getByText('Familie Jansen').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
  });

  it("hands it to the municipality's coordinator and shows the history", async () => {
    await area.queue().getByRole('cell', { name: 'Familie Jansen' }).click();
    const detail = area.drawer('Aanmelding');
    await detail.getByRole('button', { name: 'In behandeling nemen' }).click();
    await detail.getByRole('button', { name: 'Bevestigen: In behandeling nemen' }).click();
    await detail.getByText('In behandeling', { exact: true }).waitFor();
    await detail.getByRole('button', { name: 'Doorzetten naar coördinator' }).click();
    await area.choose(detail, 'Coördinator', 'Sanne de Vries');
    await detail.getByRole('button', { name: 'Bevestigen: Doorzetten naar coördinator' }).click();
    await detail.getByText('Doorgezet naar coördinator', { exact: true }).first().waitFor();
    await detail.getByRole('tab', { name: 'Geschiedenis' }).click();
    const history = detail.getByTestId('status-history');
    await expect
      .poll(() => history.innerText())
      .toMatch(/In behandeling → Doorgezet naar coördinator[\s\S]*Nieuw → In behandeling[\s\S]*Aangemeld \(Nieuw\)/);
    await screenshot(page, 'aanmelding-geschiedenis');
    await page.keyboard.press('Escape');
    await expect.poll(() => area.queue().innerText()).not.toContain('Familie Jansen');
  });

  it('warns when the same family is registered again', async () => {
    await page.getByRole('button', { name: 'Nieuwe aanmelding' }).click();
    const form = area.drawer('Nieuwe aanmelding');
    await area.fillFamily(form, { ...JANSEN, received: '20-11-2026' });
    await form.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    const warning = form.getByTestId('duplicate-warning');
    await expect
      .poll(() => warning.innerText())
      .toMatch(
        /Familie Jansen \(Vraaggezin\), Kerkstraat 12, 2011 AB Haarlem: zelfde adres, vrijwel dezelfde naam en geboortedatum/,
      );
    await screenshot(page, 'aanmelding-dubbel');
    await warning.getByRole('button', { name: 'Koppel aan dit gezin' }).click();
    await area.drawer('Aanmelding').getByText('Familie Jansen').waitFor();
    expect(
      await api<unknown[]>('families.findDuplicates', { postcode: '2011AB', houseNumber: '12', people: [] }),
    ).toHaveLength(1);
  });

  it('corrects the family under Gezinnen and shows the change in its history', async () => {
    await page.goto(`${bridge.url}#/gezinnen`);
    await page.getByRole('heading', { name: 'Gezinnen', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Zoeken in Gezinnen' }).fill('jansen');
    const families = page.getByRole('grid', { name: 'Gezinnen' });
    await families.getByRole('cell', { name: 'Familie Jansen' }).click();
    const drawer = page.getByRole('dialog', { name: 'Gezin' });
    await drawer.getByRole('textbox', { name: 'Straat', exact: true }).fill('Kerkplein');
    await drawer.getByRole('button', { name: 'Opslaan' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await families.getByRole('cell', { name: 'Kerkplein 12' }).click();
    await drawer.getByRole('tab', { name: 'Geschiedenis' }).click();
    await expect
      .poll(() => drawer.getByTestId('history').innerText())
      .toMatch(/Gewijzigd[\s\S]*Straat\s+Kerkstraat\s+→ Kerkplein/);
    await screenshot(page, 'gezin-geschiedenis');
  });
});
