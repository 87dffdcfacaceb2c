import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationDto } from '../../shared/api/registrations';
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

beforeAll(async () => {
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2026-11-23' })]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  area = new RegistrationsArea(page);
  await area.open(bridge.url);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

describe('the first start', () => {
  it('lists what to set up first, each step linking to where it is done', async () => {
    const steps = page.getByTestId('setup-checklist');
    await steps.getByText('Aan de slag').waitFor();
    await screenshot(page, 'first-start');
    await steps.getByRole('link', { name: /gemeenten toe/ }).click();
    await page.getByRole('tab', { name: 'Gemeenten', selected: true }).waitFor();
    await api('municipalities.create', {
      ...{ name: 'Haarlem', province: 'Noord-Holland', email: '', phone: '', notes: '' },
      ...{ coordinatorIds: [], postcodeRanges: '2000-2039', places: '' },
    });
    await expect
      .poll(() => steps.getByRole('link').allInnerTexts())
      .not.toContainEqual(expect.stringMatching(/gemeenten toe/));
  });
});

describe("a registration's drawer", () => {
  it('settles a "Mogelijk dubbel" by linking it to the known family', async () => {
    await api('registrations.create', vraaggezin({ municipalityId: 1 }));
    const twice = await api<RegistrationDto>('registrations.create', {
      ...vraaggezin({ municipalityId: 1 }),
      acceptDuplicate: true,
    });
    await area.open(bridge.url);
    await area.queue().getByRole('row').filter({ hasText: 'Familie Jansen' }).last().click();
    const detail = area.drawer('Aanmelding');
    const panel = detail.getByTestId('duplicate-panel');
    await panel.getByText('zelfde adres').waitFor();
    await screenshot(page, 'registration-duplicate');
    await panel.getByRole('button', { name: 'Zelfde gezin' }).click();
    await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    const settled = await api<RegistrationDto>('registrations.get', { id: twice.id });
    expect(settled.family.id).not.toBe(twice.family.id);
    expect(settled.duplicateSuspected).toBe(false);
  });

  it('corrects the registration itself, keeping the family as it is', async () => {
    const detail = area.drawer('Aanmelding');
    await detail.getByRole('button', { name: 'Aanmelding bewerken' }).click();
    const form = page.getByRole('dialog', { name: 'Aanmelding bewerken' });
    await form.getByLabel('Vraag of motivatie (in eigen woorden)').fill('Moeder werkt in ploegendienst.');
    await screenshot(page, 'registration-edit');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'detached' });
    await detail.getByText('Moeder werkt in ploegendienst.').waitFor();
  });
});

describe('the inzagelog', () => {
  it('shows beheer who opened which file', async () => {
    await page.goto(`${bridge.url}#/instellingen?tab=access-log`);
    const log = page.getByRole('grid', { name: 'Inzagelog' });
    await log.getByRole('cell', { name: 'Aanmelding 2', exact: true }).first().waitFor();
    await screenshot(page, 'access-log');
  });
});
