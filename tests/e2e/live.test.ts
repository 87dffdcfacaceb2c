import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase, type TestColleague } from './support/app';
import { RegistrationsArea } from './support/pages';

/**
 * Two colleagues, each with the app open (a page on a bridge of its own, as two computers), on one
 * PostgreSQL database: what one does shows at the other's without a reload.
 */
let browser: Browser;
const bridges: Bridge[] = [];
let anna: RegistrationsArea;
let bram: RegistrationsArea;
let registrationId: number;
const database = temporaryDatabase();

/** Anna and Bram of the backoffice, each signed in with an account of their own. */
const ANNA: TestColleague = { login: 'bg_e2e_anna', name: 'Anna de Vries', roles: ['backoffice'] };
const BRAM: TestColleague = { login: 'bg_e2e_bram', name: 'Bram Visser', roles: ['backoffice'] };

async function openApp(colleague: TestColleague): Promise<RegistrationsArea> {
  // One after the other: the first brings the new database's schema up.
  const bridge = await Bridge.start(database, { today: '2026-11-23', as: colleague });
  bridges.push(bridge);
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  const area = new RegistrationsArea(page);
  await area.open(bridge.url);
  return area;
}

const jansenRow = (area: RegistrationsArea) => area.queue().locator('tbody tr', { hasText: 'Familie Jansen' });
const rowText = async (area: RegistrationsArea) => (await jansenRow(area).innerText()).toLowerCase();

beforeAll(async () => {
  browser = await launchChromium();
  anna = await openApp(ANNA);
  bram = await openApp(BRAM);
  // A page that reloads loses this mark: the tests below prove Bram's page never does.
  await bram.page.evaluate(() => Object.assign(window, { neverReloaded: true }));
});

afterAll(async () => {
  await browser?.close();
  for (const bridge of bridges) await bridge.stop();
  await database.remove();
});

describe('colleagues at two computers', () => {
  it("shows a registration Anna made in Bram's open queue", async () => {
    ({ id: registrationId } = await callApi<{ id: number }>(anna.page, 'registrations.create', vraaggezin()));
    await expect.poll(() => rowText(bram)).toContain('nieuw');
  });

  it("shows Anna's status change in Bram's queue within a second", async () => {
    await anna.queue().getByRole('cell', { name: 'Familie Jansen' }).click();
    const detail = anna.drawer('Aanmelding');
    await detail.getByRole('button', { name: 'In behandeling nemen' }).click();
    await detail.getByRole('button', { name: 'Bevestigen: In behandeling nemen' }).click();
    await detail.getByText('In behandeling', { exact: true }).waitFor();
    await expect.poll(() => rowText(bram), { timeout: 1000, interval: 50 }).toContain('in behandeling');
    expect(await bram.page.evaluate(() => 'neverReloaded' in window)).toBe(true);
  });

  it('tells Bram that Anna has the registration open, and stops when she closes it', async () => {
    const seen = { kind: 'registration', id: registrationId };
    expect(await callApi(anna.page, 'presence.list', seen)).toEqual({ names: [] });
    await bram.queue().getByRole('cell', { name: 'Familie Jansen' }).click();
    const notice = bram.drawer('Aanmelding').getByRole('status').filter({ hasText: 'heeft deze aanmelding open' });
    await expect.poll(() => notice.innerText()).toBe('Anna de Vries heeft deze aanmelding open');
    await screenshot(bram.page, 'collega-heeft-aanmelding-open');
    await anna.drawer('Aanmelding').getByText('Bram Visser heeft deze aanmelding open').waitFor();
    await anna.page.keyboard.press('Escape');
    await notice.waitFor({ state: 'hidden' });
    expect(await bram.page.evaluate(() => 'neverReloaded' in window)).toBe(true);
  });
});
