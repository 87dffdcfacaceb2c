import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../shared/api/audit';
import type { FamilyDto } from '../../shared/api/families';
import { formatPhone } from '../../shared/api/fields';
import type { RegistrationDto } from '../../shared/api/registrations';
import { TEST_ENGINE } from '../support/database';
import { vraaggezin } from '../support/registrations';
import { Bridge, callApi, launchChromium, screenshot, temporaryDatabase, type TestColleague } from './support/app';
import { FamiliesArea } from './support/pages';

/**
 * Two colleagues, each in a page of their own on a bridge of their own, edit the same family in
 * the same database (on the postgres project the shared server, where the second also hears the
 * first one's save live).
 */
const database = temporaryDatabase();
const TODAY = '2026-11-23';
/** Anna's new number, as the app stores and shows it. */
const PHONE = formatPhone('0623456789');
let browser: Browser;
const bridges: Bridge[] = [];
let anna: FamiliesArea;
let bram: FamiliesArea;
let family: FamilyDto;

/**
 * The name the history gives whoever works in a page: on PostgreSQL each page's own account, on
 * SQLite (two processes on one file of one computer) the computer's user for both.
 */
const ANNA: TestColleague = { login: 'bg_e2e_anna', name: 'Anna de Vries', roles: ['backoffice'] };
const BRAM: TestColleague = { login: 'bg_e2e_bram', name: 'Bram Visser', roles: ['backoffice'] };

async function actorOf(area: FamiliesArea): Promise<string> {
  return (await callApi<{ login: string }>(area.page, 'session.current', {})).login;
}

async function openPage(bridge: Bridge): Promise<FamiliesArea> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  await page.goto(bridge.url);
  return new FamiliesArea(page);
}

beforeAll(async () => {
  browser = await launchChromium();
  // One after the other: the first brings the new database up to date, the second finds it so.
  for (const colleague of [ANNA, BRAM]) bridges.push(await Bridge.start(database, { today: TODAY, as: colleague }));
  [anna, bram] = await Promise.all(bridges.map(openPage));
  family = (await callApi<RegistrationDto>(anna.page, 'registrations.create', vraaggezin())).family;
  await Promise.all(
    [anna, bram].map(async (area, i) => {
      await area.open(bridges[i].url);
      await area.openFamily(family.name);
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  for (const bridge of bridges) await bridge.stop();
  await database.remove();
});

describe('two colleagues editing the same family', () => {
  it("refuses the later save, keeps what was typed and shows the colleague's change", async () => {
    await bram.field('Straat').fill('Kerkplein');
    await anna.field('Telefoon').fill('0623456789');
    // On the shared server Bram's page hears of Anna's save and asks for the family again, under his typing.
    const heard = TEST_ENGINE === 'postgres' && bram.page.waitForResponse((r) => r.url().endsWith('/api/families.get'));
    await anna.save();
    await anna.drawer().waitFor({ state: 'hidden' });
    await heard;

    await bram.save();
    await bram.clash().waitFor();
    expect(await bram.field('Straat').inputValue()).toBe('Kerkplein');
    expect(await bram.field('Telefoon').inputValue()).toBe(family.phone);
    const notice = await bram.clash().innerText();
    expect(notice).toContain(`${await actorOf(anna)} wijzigde op `);
    expect(notice).toMatch(/wijzigde op \d\d-\d\d-\d{4} om \d\d:\d\d: Telefoon\n/);
    expect(notice).toContain(`Telefoon: ${PHONE}`);
    expect(notice).toContain('Straat: Kerkplein');
    await screenshot(bram.page, 'gezin-botsing');
  });

  it("puts Bram's change on Anna's version, field by field, and saves only when he says so", async () => {
    await bram.clash().getByRole('button', { name: 'Mijn wijzigingen toepassen op de nieuwe versie' }).click();
    await bram.clash().waitFor({ state: 'hidden' });
    expect(await bram.field('Telefoon').inputValue()).toBe(PHONE);
    expect(await bram.field('Straat').inputValue()).toBe('Kerkplein');
    const stored = await callApi<FamilyDto>(bram.page, 'families.get', { id: family.id });
    expect(stored.street).toBe(family.street);

    await bram.save();
    await bram.drawer().waitFor({ state: 'hidden' });
    const saved = await callApi<FamilyDto>(bram.page, 'families.get', { id: family.id });
    expect([saved.street, saved.phone]).toEqual(['Kerkplein', PHONE]);
  });

  it('names both colleagues in the history, each with their own change', async () => {
    if (TEST_ENGINE === 'postgres')
      expect([await actorOf(anna), await actorOf(bram)]).toEqual(['bg_e2e_anna', 'bg_e2e_bram']);
    const [later, earlier] = await callApi<AuditEntryDto[]>(bram.page, 'audit.history', {
      entityType: 'family',
      entityId: family.id,
    });
    expect([later.actor, later.changes]).toEqual([
      await actorOf(bram),
      [{ field: 'street', old: family.street, new: 'Kerkplein' }],
    ]);
    expect([earlier.actor, earlier.changes]).toEqual([
      await actorOf(anna),
      [{ field: 'phone', old: family.phone, new: PHONE }],
    ]);
    await bram.openFamily(family.name);
    await bram.drawer().getByRole('tab', { name: 'Geschiedenis' }).click();
    const history = bram.drawer().getByTestId('history');
    await expect.poll(() => history.innerText()).toContain(`· ${await actorOf(bram)} ·`);
    const text = await history.innerText();
    expect(text.indexOf('Kerkplein')).toBeLessThan(text.indexOf(PHONE));
    expect(text).toContain(`· ${await actorOf(anna)} ·`);
  });
});
