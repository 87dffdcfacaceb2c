import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/accounts';
import { Bridge, launchChromium, screenshot, temporaryDatabase, type TestColleague } from './support/app';

/**
 * The shared database asks each colleague to sign in with their own account; the app then shows
 * only what that account's roles open.
 */
let browser: Browser;
const bridges: Bridge[] = [];
const database = temporaryDatabase();

const FENNA: TestColleague = { login: 'bg_e2e_fenna', name: 'Fenna Bakker', roles: ['financien'] };
const BEREND: TestColleague = { login: 'bg_e2e_berend', name: 'Berend Mulder', roles: ['beheer'] };

async function openSignedOut(colleague: TestColleague): Promise<Page> {
  const bridge = await Bridge.start(database, { today: '2026-11-23', as: colleague, signedOut: true });
  bridges.push(bridge);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  await page.goto(bridge.url);
  return page;
}

async function signIn(page: Page, password: string) {
  const form = page.getByRole('form', { name: 'Aanmelden' });
  await form.locator('input[type=password]').fill(password);
  await form.getByRole('button', { name: 'Aanmelden' }).click();
}

const navigation = (page: Page) => page.getByLabel('Werkgebieden');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const bridge of bridges) await bridge.stop();
  await database.remove();
});

describe('signing in to the shared database', () => {
  it('asks finance to sign in, refuses a wrong password at the field, and then opens only finance work', async () => {
    const page = await openSignedOut(FENNA);
    const form = page.getByRole('form', { name: 'Aanmelden' });
    await expect.poll(() => form.getByLabel('Gebruikersnaam').inputValue()).toBe(FENNA.login);
    await screenshot(page, 'aanmelden');
    await signIn(page, 'verkeerd-wachtwoord');
    await form.getByText('Gebruikersnaam of wachtwoord klopt niet').first().waitFor();
    await signIn(page, TEST_PASSWORD);
    await navigation(page).getByText('Fenna Bakker').waitFor();
    const links = await navigation(page).getByRole('link').allInnerTexts();
    expect(links).toEqual(['Gemeenten & facturen', 'Instellingen']);
    await page.getByRole('tab', { name: 'Facturen' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Coördinatoren' }).count()).toBe(0);
    await screenshot(page, 'financien-aangemeld');

    await navigation(page).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('tab', { name: 'Mijn account' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Accounts' }).count()).toBe(0);

    await navigation(page).getByRole('button', { name: 'Afmelden' }).click();
    await form.locator('input[type=password]').waitFor();
  });

  it('lets beheer make a colleague’s account, who can then sign in with it', async () => {
    const page = await openSignedOut(BEREND);
    await signIn(page, TEST_PASSWORD);
    await navigation(page).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('tab', { name: 'Accounts' }).click();
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const drawer = page.getByRole('dialog', { name: 'Nieuw account' });
    await drawer.getByLabel('Gebruikersnaam').fill('bg_e2e_sanne');
    await drawer.getByLabel(/^Naam/).fill('Sanne de Wit');
    await drawer.getByLabel('Eerste wachtwoord').fill('een-eerste-wachtwoord');
    await screenshot(page, 'nieuw-account');
    await drawer.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('row', { name: /Sanne de Wit/ }).waitFor();
    await screenshot(page, 'accounts');

    const sanne = await openSignedOut({ login: 'bg_e2e_sanne', roles: ['backoffice'] });
    await signIn(sanne, 'een-eerste-wachtwoord');
    await navigation(sanne).getByText('Sanne de Wit').waitFor();
    expect(await navigation(sanne).getByRole('link').allInnerTexts()).toContain('Aanmeldingen');
  });
});
