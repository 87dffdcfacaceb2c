import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { FamiliesArea, RegistrationsArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
const database = temporaryDatabase();

/** Three families whose names a search for the plain word must find; and one it must not. */
const FAMILIES = [
  { postcode: '2011AA', firstName: 'Sanne', lastName: 'van der Heijden' },
  { postcode: '2011AB', firstName: 'Emre', lastName: 'Yılmaz' },
  { postcode: '2011AC', firstName: 'Ilse', lastName: 'Jansen-de Vries' },
  { postcode: '2011AD', firstName: 'Piet', lastName: 'Bakker' },
];

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2026-11-23' })]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  await new RegistrationsArea(page).open(bridge.url);
  for (const { postcode, firstName, lastName } of FAMILIES)
    await callApi(page, 'registrations.create', {
      ...vraaggezin({
        postcode,
        email: '',
        phone: '',
        people: [
          { firstName, lastName, birthDate: '1985-05-05', role: 'ouder' },
          { firstName: 'Noor', lastName, birthDate: '2018-03-03', role: 'kind' },
        ],
      }),
      acceptDuplicate: true,
    });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

/** Types a search and waits until the grid shows exactly `expected`; the search settles after a pause. */
async function expectFound(grid: string, search: string, expected: string[]): Promise<void> {
  await page.getByRole('textbox', { name: `Zoeken in ${grid}` }).fill(search);
  const rows = page.getByRole('grid', { name: grid }).locator('tbody tr:has(td)');
  const names = async () => (await rows.allInnerTexts()).map((text) => /Familie [^\t\n]+/.exec(text)?.[0] ?? text);
  await expect.poll(names).toEqual(expected);
}

describe('searching the way Dutch names are said', () => {
  it('finds "van der Heijden" by "Heijden", "Yılmaz" by "Yilmaz" and "Jansen-de Vries" by "Vries" in Gezinnen', async () => {
    await new FamiliesArea(page).open(bridge.url);
    await expectFound('Gezinnen', 'Heijden', ['Familie van der Heijden']);
    await expectFound('Gezinnen', 'Yilmaz', ['Familie Yılmaz']);
    await expectFound('Gezinnen', 'Vries', ['Familie Jansen-de Vries']);
    await screenshot(page, 'name-search-gezinnen');
  });

  it('finds them the same way in the queue', async () => {
    await new RegistrationsArea(page).open(bridge.url);
    await expectFound('Wachtrij', 'heij', ['Familie van der Heijden']);
    await expectFound('Wachtrij', 'yilmaz', ['Familie Yılmaz']);
  });
});
