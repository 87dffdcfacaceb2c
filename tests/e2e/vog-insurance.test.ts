import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchDto } from '../../shared/api/matches';
import type { RegistrationDto } from '../../shared/api/registrations';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { InvoicingArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: InvoicingArea;
const database = temporaryDatabase();
const ids: Record<string, number> = {};

function api<T>(name: string, input: unknown): Promise<T> {
  return callApi<T>(page, name, input);
}

/** The app's "today" is the bridge's: moving the clock is starting it again on the same database. */
async function openOn(today: string, hash: string) {
  await bridge?.stop();
  bridge = await Bridge.start(database, { today });
  await page.goto(`${bridge.url}#${hash}`);
}

const steungezin = (
  street: string,
  phone: string,
  people: { firstName: string; lastName: string; birthDate: string }[],
  municipalityId: number,
) => ({
  ...vraaggezin({
    kind: 'steun',
    street,
    houseNumber: String(street.length),
    postcode: street === 'Dreef' ? '2012AA' : '2013DK',
    email: `${street.toLowerCase()}@voorbeeld.nl`,
    phone,
    municipalityId,
    people: people.map((p) => ({ ...p, role: 'ouder' as const })),
  }),
  registration: {
    receivedDate: '2026-09-01',
    channel: 'zelf' as const,
    referrerOrganisation: '',
    referrerType: null,
    referrerContact: '',
    question: '',
  },
});

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  area = new InvoicingArea(page);
  await openOn('2026-11-23', '/vog');
  for (const name of ['Haarlem', 'Zandvoort', 'Bloemendaal']) {
    ids[name] = (
      await api<{ id: number }>('municipalities.create', {
        name,
        province: null,
        email: '',
        phone: '',
        notes: '',
        coordinatorIds: [],
      })
    ).id;
  }
  await api<RegistrationDto>(
    'registrations.create',
    steungezin(
      'Zijlweg',
      '0623456789',
      [
        { firstName: 'Joost', lastName: 'de Boer', birthDate: '1975-06-01' },
        { firstName: 'Anna', lastName: 'de Boer', birthDate: '1977-11-20' },
      ],
      ids.Haarlem,
    ),
  );
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

const grid = (label: string) => page.getByRole('grid', { name: label });
const row = (label: string, text: string) => grid(label).getByRole('row').filter({ hasText: text });

describe('VOG administration in the browser', () => {
  it('shows the two adults of a new steungezin as needing a VOG and marks both requested in bulk', async () => {
    await expect.poll(() => grid('Vrijwilligers en hun VOG').innerText()).toContain('Anna de Boer');
    expect(await grid('Vrijwilligers en hun VOG').innerText()).toContain('Joost de Boer');
    await row('Vrijwilligers en hun VOG', 'Anna de Boer').getByRole('checkbox').check();
    await row('Vrijwilligers en hun VOG', 'Joost de Boer').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Aangevraagd (2)' }).click();
    await expect.poll(() => grid('Vrijwilligers en hun VOG').innerText()).toContain('Niemand in deze lijst.');
    await page.getByText('Aanvraag loopt', { exact: true }).click();
    await expect.poll(() => row('Vrijwilligers en hun VOG', 'Anna de Boer').innerText()).toContain('AANGEVRAAGD');
  });

  it('records one received', async () => {
    await row('Vrijwilligers en hun VOG', 'Joost de Boer').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ontvangen', exact: true }).click();
    await area.typeDate('Datum van afgifte', '20-11-2026');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Gecontroleerd door' }).fill('Backoffice');
    await page.getByRole('dialog').getByRole('button', { name: 'Vastleggen' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('19-11-2029');
    await page.keyboard.press('Escape');
  });

  it('flags the other request as overdue once the set eight weeks have passed', async () => {
    await openOn('2027-01-20', '/vog');
    await page.getByText('Aanvraag loopt', { exact: true }).click();
    await expect.poll(() => row('Vrijwilligers en hun VOG', 'Anna de Boer').innerText()).toContain('58 TE LANG');
    await screenshot(page, 'vog-aanvraag-loopt');
  });
});

describe('insurance in the browser', () => {
  it('records a policy for two municipalities, shows the matches it covers and lists the one without cover', async () => {
    const supporters = await api<RegistrationDto>(
      'registrations.create',
      steungezin(
        'Dreef',
        '0634567890',
        [
          { firstName: 'Kees', lastName: 'Visser', birthDate: '1970-03-03' },
          { firstName: 'Els', lastName: 'Visser', birthDate: '1972-04-04' },
        ],
        ids.Haarlem,
      ),
    );
    for (const person of supporters.family.people) {
      await api('vog.change', { id: person.id, version: 0, to: 'aangevraagd', date: '2026-12-01' });
      await api('vog.change', {
        id: person.id,
        version: 1,
        to: 'ontvangen',
        date: '2026-12-20',
        issueDate: '2026-12-18',
        checkedBy: 'Backoffice',
      });
    }
    const requesting = await api<RegistrationDto>('registrations.create', vraaggezin({ municipalityId: ids.Haarlem }));
    const children = requesting.family.people.filter((p) => p.role === 'kind').map((p) => p.id);
    for (const name of ['Haarlem', 'Zandvoort', 'Bloemendaal']) {
      let match = await api<MatchDto>('matches.create', {
        requestingFamilyId: requesting.family.id,
        supportFamilyId: supporters.family.id,
        municipalityId: ids[name],
        coordinatorId: null,
        childIds: children,
        supportKinds: ['vaste_middag'],
        supportOther: '',
        frequency: '',
        agreements: '',
        proposedDate: '2026-12-01',
      });
      match = await api<MatchDto>('matches.changeStatus', {
        id: match.id,
        version: match.version,
        to: 'kennismaking',
        date: '2026-12-10',
        reason: '',
      });
      await api<MatchDto>('matches.changeStatus', {
        id: match.id,
        version: match.version,
        to: 'proefperiode',
        date: '2027-01-05',
        reason: '',
      });
    }
    await page.goto(`${bridge.url}#/verzekeringen`);
    await page.getByRole('button', { name: 'Nieuwe polis' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: 'Verzekeraar', exact: true }).fill('Centraal Beheer');
    await drawer.getByRole('textbox', { name: 'Polisnummer', exact: true }).fill('AVB-2027-01');
    await area.typeDate('Ingangsdatum', '01-01-2027');
    await drawer.getByLabel('Gemeenten', { exact: true }).click();
    await page.getByRole('option', { name: 'Haarlem' }).click();
    await page.getByRole('option', { name: 'Zandvoort' }).click();
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => row('Polissen', 'AVB-2027-01').innerText()).toContain('Haarlem, Zandvoort');
    expect(await row('Polissen', 'AVB-2027-01').innerText()).toMatch(/\t2$/m);
    await row('Polissen', 'AVB-2027-01').click();
    await expect.poll(() => grid('Gedekte koppelingen').innerText()).toContain('Kees Visser, Els Visser');
    const covered = await grid('Gedekte koppelingen').innerText();
    expect(covered).toContain('Zandvoort');
    expect(covered).not.toContain('Bloemendaal');
    await screenshot(page, 'polis-gedekte-koppelingen');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Waarschuwingen/ }).click();
    await expect.poll(() => grid('Koppelingen zonder dekking').innerText()).toContain('Bloemendaal');
    await screenshot(page, 'verzekering-waarschuwingen');
  });
});
