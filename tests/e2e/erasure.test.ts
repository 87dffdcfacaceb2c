import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { FamiliesArea, RegistrationsArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
const database = temporaryDatabase();

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2026-11-23' })]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  await new RegistrationsArea(page).open(bridge.url);
  await callApi(page, 'registrations.create', {
    ...vraaggezin({
      postcode: '2011AA',
      people: [
        { firstName: 'Wilma', lastName: 'Oosterbeek', birthDate: '1984-06-07', role: 'ouder' },
        { firstName: 'Sem', lastName: 'Oosterbeek', birthDate: '2017-02-03', role: 'kind' },
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

it('erases a family on request after its reason and a confirmation; a search finds it no more', async () => {
  const families = new FamiliesArea(page);
  await families.open(bridge.url);
  const search = page.getByRole('textbox', { name: 'Zoeken in Gezinnen' });
  await search.fill('Oosterbeek');
  await families.openFamily('Familie Oosterbeek');
  await families.drawer().getByRole('button', { name: 'Gezin vergeten…' }).click();

  const modal = page.getByRole('dialog', { name: 'Familie Oosterbeek vergeten' });
  await modal.getByRole('button', { name: 'Definitief vergeten' }).click();
  // Refused at the field, nothing erased: the reason is asked first.
  await expect.poll(() => modal.getByText('Schrijf de reden in minstens 5 tekens.').count()).toBeGreaterThan(0);
  await modal.getByRole('textbox', { name: 'Reden' }).fill('Verzoek per e-mail van 20-11-2026');
  await screenshot(page, 'erase-family');
  await modal.getByRole('button', { name: 'Definitief vergeten' }).click();
  await page.getByText(/Familie Oosterbeek is vergeten op/).waitFor();

  const grid = page.getByRole('grid', { name: 'Gezinnen' });
  await expect.poll(() => grid.innerText()).not.toContain('Oosterbeek');
  await page.getByText('0 van 1 rij', { exact: true }).waitFor();
});
