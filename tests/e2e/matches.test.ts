import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationDetails } from '../../scripts/demo/data';
import type { RegistrationDto } from '../../shared/api/registrations';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { InvoicingArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: InvoicingArea;
const database = temporaryDatabase();
const downloads = path.dirname(database.file);

function api<T>(name: string, input: unknown): Promise<T> {
  return callApi<T>(page, name, input);
}

beforeAll(async () => {
  // The main process lives on 25 January 2027: the trial that started on 20 November is over.
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2027-01-25' })]);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  area = new InvoicingArea(page);
  await page.goto(`${bridge.url}#/koppelingen`);
  await api('organisation.update', { ...organisationDetails, version: 1 });
  const sanne = await api<{ id: number }>('coordinators.create', {
    name: 'Sanne de Vries',
    email: 'sanne@buurtgezinnen.nl',
    phone: '0612345678',
    notes: '',
  });
  const haarlem = await api<{ id: number }>('municipalities.create', {
    name: 'Haarlem',
    province: null,
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [sanne.id],
    postcodeRanges: '2000-2099',
    places: '',
  });
  await api<RegistrationDto>(
    'registrations.create',
    vraaggezin({
      municipalityId: haarlem.id,
      people: [
        { firstName: 'Marieke', lastName: 'Jansen', birthDate: '1988-04-02', role: 'ouder' },
        { firstName: 'Daan', lastName: 'Jansen', birthDate: '2016-09-30', role: 'kind' },
      ],
    }),
  );
  const support = await api<RegistrationDto>('registrations.create', {
    ...vraaggezin({
      kind: 'steun',
      street: 'Zijlweg',
      houseNumber: '88',
      postcode: '2013DK',
      email: 'deboer@voorbeeld.nl',
      phone: '0623456789',
      municipalityId: haarlem.id,
      people: [
        { firstName: 'Joost', lastName: 'de Boer', birthDate: '1975-06-01', role: 'ouder' },
        { firstName: 'Anna', lastName: 'de Boer', birthDate: '1977-11-20', role: 'ouder' },
      ],
    }),
    registration: {
      receivedDate: '2026-09-01',
      channel: 'zelf',
      referrerOrganisation: '',
      referrerType: null,
      referrerContact: '',
      question: '',
    },
  });
  for (const person of support.family.people) {
    await api('vog.change', { id: person.id, version: 0, to: 'aangevraagd', date: '2026-09-15' });
    await api('vog.change', {
      id: person.id,
      version: 1,
      to: 'ontvangen',
      date: '2026-10-03',
      issueDate: '2026-10-01',
      checkedBy: 'Backoffice',
    });
  }
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

const drawer = () => page.getByRole('dialog');

async function pick(label: string, search: string, option: RegExp) {
  const input = drawer().getByLabel(new RegExp(`^${label}( \\*)?$`));
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

describe('a match in the browser, from proposal to its end', () => {
  it('proposes a match between the two families', async () => {
    await page.getByRole('button', { name: 'Nieuwe koppeling' }).click();
    await pick('Vraaggezin', 'jans', /^Familie Jansen/);
    await pick('Steungezin', 'boer', /^Familie de Boer/);
    await expect.poll(() => drawer().getByLabel('Daan Jansen').count()).toBe(1);
    await drawer().getByLabel('Daan Jansen').check();
    await drawer().getByLabel('Logeren').check();
    await drawer().getByRole('textbox', { name: 'Hoe vaak' }).fill('één weekend per maand');
    await area.choose('Coördinator', 'Sanne de Vries');
    await area.typeDate('Datum voorstel', '03-11-2026');
    await screenshot(page, 'koppeling-nieuw');
    await drawer().getByRole('button', { name: 'Opslaan' }).click();
    // The new match's drawer opens while the proposal's closes: wait for each by its own title.
    await page.getByRole('dialog', { name: 'Nieuwe koppeling' }).waitFor({ state: 'detached' });
    await page.getByRole('dialog', { name: /^Familie Jansen – Familie de Boer/ }).waitFor();
    await drawer().getByRole('button', { name: 'Afspraken wijzigen' }).click();
    await drawer().getByRole('textbox', { name: 'Hoe vaak' }).fill('twee weekenden per maand');
    await drawer().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => drawer().innerText()).toContain('Logeren, twee weekenden per maand');
  });

  it('moves it into the trial period and makes the contract and the huisregels', async () => {
    await area.typeDate('Datum', '10-11-2026');
    await drawer().getByRole('button', { name: 'Naar kennismaking' }).click();
    await expect.poll(() => drawer().innerText()).toContain('KENNISMAKING');
    await area.typeDate('Datum', '20-11-2026');
    await drawer().getByRole('button', { name: 'Proefperiode starten' }).click();
    await expect.poll(() => drawer().innerText()).toContain('20-01-2027');
    await drawer().getByRole('button', { name: 'Contract maken' }).click();
    await expect
      .poll(() => drawer().getByRole('table', { name: 'Documenten' }).innerText())
      .toContain('Samenwerkingsafspraken');
    await drawer().getByRole('button', { name: 'Huisregels maken' }).click();
    await expect.poll(() => drawer().getByRole('table', { name: 'Documenten' }).getByRole('row').count()).toBe(2);

    const contractRow = drawer().getByRole('row').filter({ hasText: 'Samenwerkingsafspraken' });
    const contract = await area.savedPdfText(contractRow.getByRole('button', { name: 'Opslaan als PDF' }), downloads);
    for (const expected of [
      'Familie Jansen',
      'Familie de Boer',
      '20 november 2026',
      '20 januari 2027',
      'Marieke Jansen',
      'Joost de Boer',
      'Anna de Boer',
      'Sanne de Vries',
    ]) {
      expect(contract.text).toContain(expected);
    }
    expect(contract.text.match(/Handtekening:/g)).toHaveLength(4);
    const rulesRow = drawer().getByRole('row').filter({ hasText: 'Huisregels' });
    const rules = await area.savedPdfText(rulesRow.getByRole('button', { name: 'Opslaan als PDF' }), downloads);
    expect(rules.text).toContain('Huisregels van Familie de Boer');

    await contractRow.getByRole('button', { name: 'Afdrukken' }).click();
    await expect.poll(() => contractRow.innerText()).toContain('AFGEDRUKT');
    await area.typeDate('Ondertekend ontvangen op', '22-11-2026', contractRow);
    await contractRow.getByRole('button', { name: 'Ondertekend ontvangen' }).click();
    await expect
      .poll(() => drawer().getByRole('row').filter({ hasText: 'Samenwerkingsafspraken' }).innerText())
      .toContain('ONDERTEKEND ONTVANGEN 22-11-2026');
    await screenshot(page, 'koppeling-documenten');
  });

  it('shows the overdue trial evaluation in the Agenda and records it from there', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Agenda', exact: true }).click();
    const row = page
      .getByRole('grid', { name: 'Agenda' })
      .getByRole('row')
      .filter({ hasText: 'Evaluatie proefperiode' });
    await expect.poll(() => row.innerText()).toContain('TE LAAT');
    expect(await row.innerText()).toContain('20-01-2027');
    await screenshot(page, 'agenda');
    await row.click();
    await drawer()
      .getByRole('table', { name: 'Evaluaties' })
      .getByRole('button', { name: 'Vastleggen' })
      .first()
      .click();
    await area.typeDate('Gehouden op', '22-01-2027');
    await drawer().getByLabel('Uitkomst').click();
    await page.getByRole('option', { name: 'Doorgaan', exact: true }).click();
    await drawer().getByRole('table', { name: 'Evaluaties' }).getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => drawer().getByRole('table', { name: 'Evaluaties' }).innerText())
      .toContain('Gehouden 22-01-2027: Doorgaan');
  });

  it('ends the match with its results', async () => {
    await area.typeDate('Datum', '24-01-2027');
    await drawer().getByRole('button', { name: 'Actief maken' }).click();
    await expect.poll(() => drawer().innerText()).toContain('ACTIEF');
    await drawer().getByRole('button', { name: 'Afronden…' }).click();
    await drawer().getByLabel('Meer sociale contacten').check();
    await drawer().getByLabel('Rust en minder opvoedstress').check();
    await drawer().getByLabel('Professionele hulp afgeschaald').check();
    await drawer().getByRole('button', { name: 'Afronden', exact: true }).click();
    await expect.poll(() => drawer().innerText()).toContain('Kinderen: Meer sociale contacten');
    await screenshot(page, 'koppeling-afgerond');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Koppelingen', exact: true }).click();
    await expect.poll(() => page.getByRole('grid', { name: 'Koppelingen' }).innerText()).toContain('AFGEROND');
  });
});
