import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationDetails } from '../../scripts/demo/data';
import { Bridge, callInPage, launchChromium, screenshot, temporaryDatabase } from './support/app';
import { InvoicingArea } from './support/pages';

let browser: Browser;
let bridge: Bridge;
let page: Page;
let area: InvoicingArea;
const database = temporaryDatabase();
const downloads = path.dirname(database.file);

beforeAll(async () => {
  // The main process lives on 5 October 2024, a few days into Valkenburg's pilot.
  [browser, bridge] = await Promise.all([launchChromium(), Bridge.start(database, { today: '2024-10-05' })]);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  area = new InvoicingArea(page);
  await area.open(bridge.url);
  const organisation = (await callInPage(page, 'organisation.get', {})) as { data: { version: number } };
  await callInPage(page, 'organisation.update', { ...organisationDetails, version: organisation.data.version });
  await callInPage(page, 'municipalities.create', {
    name: 'Valkenburg aan de Geul',
    province: 'Limburg',
    email: '',
    phone: '',
    notes: '',
    coordinatorIds: [],
  });
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await database.remove();
});

const row = (grid: string, text: string) => area.table(grid).getByRole('row').filter({ hasText: text });

describe('from contract to paid invoice in the browser', () => {
  it("shows the foundation's details under Instellingen, complete enough to invoice", async () => {
    await page.goto(`${bridge.url}#/instellingen`);
    await page.getByRole('tab', { name: 'Stichting', exact: true }).click();
    const iban = page.getByRole('textbox', { name: 'IBAN', exact: true });
    await expect.poll(() => iban.inputValue()).toBe('NL91 ABNA 0417 1643 00');
    expect(await page.getByText('Nog niet compleet').count()).toBe(0);
    await iban.fill('NL91 ABNA 0417 1643 01');
    await iban.blur();
    await expect.poll(() => page.getByText('Dit IBAN klopt niet (controlegetal)').count()).toBe(1);
    await screenshot(page, 'instellingen-stichting');
    await area.open(bridge.url);
  });

  it("records Valkenburg's contract with the 4 × 25% template and shows the four instalments", async () => {
    await area.openTab('Opdrachten');
    await page.getByRole('button', { name: 'Nieuwe opdracht' }).click();
    await area.choose('Gemeente', 'Valkenburg aan de Geul');
    await area.choose('Soort', 'Proeftuin');
    await area.field('Omschrijving').fill('Proeftuin Buurtgezinnen Valkenburg');
    await area.typeDate('Begindatum', '01-10-2024');
    await area.typeDate('Einddatum', '30-09-2026');
    await area.typeMoney('Bedrag van de opdracht', '41.85');
    expect(await area.errorAt('Bedrag van de opdracht')).toMatch(/punt staat voor duizendtallen/);
    await screenshot(page, 'opdracht-bedrag-geweigerd');
    // The dot groups thousands, as a Dutch user means it: forty-one thousand eight hundred fifty euros.
    await area.typeMoney('Bedrag van de opdracht', '41.850');
    expect(await area.field('Bedrag van de opdracht').inputValue()).toBe('€ 41.850,00');
    expect(await area.errorAt('Bedrag van de opdracht')).toBe('');
    await area.field('Afdeling').fill('Sociaal Domein');
    await area.field('Adres').fill('Postbus 998');
    await area.field('Postcode').fill('6300 AZ');
    await area.field('Plaats').fill('Valkenburg');
    await area.field('Kenmerk van de gemeente').fill('INK-2024-0815');
    await area.field('Inkoopordernummer').fill('4500012345');
    // A line break pasted from Word (U+000B) is refused at the field, in Dutch, before anything is saved.
    await area.field('Naam voor de factuur').fill('Gemeente Valkenburg\u000Baan de Geul');
    await area.field('Naam voor de factuur').blur();
    await expect.poll(() => area.errorAt('Naam voor de factuur')).toContain('bevat een onzichtbaar stuurteken');
    await area.field('Naam voor de factuur').fill('Gemeente Valkenburg aan de Geul');
    await area.field('OIN van de gemeente').fill('00000001001234567000');
    await area.choose('Schema', '4 × 25% (data zelf kiezen)');
    await area.typeDate('Factuurdatum termijn 2', '01-03-2025');
    await area.typeDate('Factuurdatum termijn 4', '01-03-2026');
    const instalments = area.drawer().getByRole('table', { name: 'Termijnen' });
    await expect.poll(() => instalments.innerText()).toContain('01-03-2026');
    const text = await instalments.innerText();
    expect(text.match(/€ 10\.462,50/g)).toHaveLength(4);
    for (const date of ['01-10-2024', '01-03-2025', '01-10-2025', '01-03-2026']) expect(text).toContain(date);
    await instalments.scrollIntoViewIfNeeded();
    await screenshot(page, 'opdracht-4x25');
    await area.save();
    await area.drawer().waitFor({ state: 'hidden' });
    await expect.poll(() => area.table('Opdrachten').innerText()).toContain('€ 41.850,00');
  });

  it('makes the due invoice, finalises it and saves its PDF', async () => {
    await area.openTab('Te factureren');
    await area.typeDate('Te factureren tot en met', '31-10-2024', page.locator('body'));
    await expect.poll(() => area.table('Te factureren').innerText()).not.toContain('2 van 4');
    await row('Te factureren', '1 van 4').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Facturen maken' }).click();
    await expect.poll(() => area.table('Te factureren').innerText()).toContain('Er zijn geen termijnen');

    await area.openTab('Facturen');
    await row('Facturen', 'concept').click();
    // The concept takes the contract's purchase order number; this invoice bills another order.
    await expect.poll(() => area.field('Inkoopordernummer').inputValue()).toBe('4500012345');
    await area.field('Inkoopordernummer').fill('4500012346');
    await area.drawer().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => area.drawer().getByRole('button', { name: 'Definitief maken' }).isEnabled()).toBe(true);
    await area.drawer().getByRole('button', { name: 'Definitief maken' }).click();
    await expect.poll(() => area.drawer().innerText()).toContain('Factuur 2024-0001');
    expect(await area.drawer().innerText()).toContain('4500012346');
    await screenshot(page, 'factuur-definitief');
    const pdf = await area.savedPdfText(area.drawer().getByRole('button', { name: 'PDF opslaan' }), downloads);
    expect(pdf.fileName).toBe('factuur-2024-0001.pdf');
    for (const expected of [
      'FACTUUR',
      '2024-0001',
      '€ 10.462,50',
      'Over dit bedrag is de gemeente geen btw verschuldigd.',
      'INK-2024-0815',
      '4500012346',
      'Periode van deze factuur: 01-10-2024 t/m 31-03-2025',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('refuses to change a final invoice, in Dutch', async () => {
    const [invoice] = (
      (await callInPage(page, 'invoices.list', { year: 2024 })) as { data: { id: number; version: number }[] }
    ).data;
    const answer = await callInPage(page, 'invoices.updateConcept', {
      id: invoice.id,
      version: invoice.version,
      invoiceDate: '2024-10-06',
      description: 'Anders',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringContaining('Factuur 2024-0001 is definitief en kan niet meer worden gewijzigd'),
      },
    });
  });

  it('marks the invoice paid with the amount typed the Dutch way, and tells its history in Dutch', async () => {
    await area.typeMoney('Bedrag', '10.462,50');
    expect(await area.field('Bedrag').inputValue()).toBe('€ 10.462,50');
    await area.drawer().getByRole('button', { name: 'Betaling boeken' }).click();
    await expect.poll(() => area.drawer().innerText()).toContain('BETAALD');
    await area.drawer().getByRole('tab', { name: 'Geschiedenis' }).click();
    const history = area.drawer().getByTestId('history');
    await expect.poll(() => history.innerText()).toContain('Betaling geboekt');
    await screenshot(page, 'factuur-geschiedenis');
    const text = await history.innerText();
    for (const expected of ['Definitief gemaakt', 'Concept', 'Betaald', 'Vervaldatum', '05-10-2024 € 10.462,50'])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/centen|paymentState|partly-paid|final|\d{4}-\d{2}-\d{2}/);
    await area.drawer().getByRole('tab', { name: 'Gegevens' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => row('Facturen', '2024-0001').innerText()).toContain('BETAALD');
    expect(await row('Facturen', '2024-0001').innerText()).not.toContain('DEELS BETAALD');
  });

  it('corrects the next invoice with a credit invoice, after which its instalment is due again', async () => {
    await area.openTab('Te factureren');
    await area.typeDate('Te factureren tot en met', '31-03-2025', page.locator('body'));
    await row('Te factureren', '2 van 4').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Facturen maken' }).click();
    await area.openTab('Facturen');
    await row('Facturen', 'concept').click();
    await area.drawer().getByRole('button', { name: 'Definitief maken' }).click();
    await expect.poll(() => area.drawer().innerText()).toContain('Factuur 2024-0002');
    await area.drawer().getByRole('textbox', { name: 'Reden' }).fill('verkeerd kenmerk');
    await area.drawer().getByRole('button', { name: 'Crediteren' }).click();
    await expect.poll(() => area.drawer().innerText()).toContain('Concept-creditfactuur');
    await area.drawer().getByRole('button', { name: 'Definitief maken' }).click();
    await expect.poll(() => area.drawer().innerText()).toContain('Creditfactuur 2024-0003');
    const pdf = await area.savedPdfText(area.drawer().getByRole('button', { name: 'PDF opslaan' }), downloads);
    expect(pdf.text).toContain('CREDITFACTUUR');
    expect(pdf.text).toContain('€ -10.462,50');
    expect(pdf.text).toContain('2024-0002');
    await screenshot(page, 'creditfactuur');
    await page.keyboard.press('Escape');
    await expect.poll(() => row('Facturen', 'termijn 2 van 4').innerText()).toContain('GECREDITEERD');
    await area.openTab('Te factureren');
    await area.typeDate('Te factureren tot en met', '31-03-2025', page.locator('body'));
    await expect.poll(() => area.table('Te factureren').innerText()).toContain('2 van 4');
    await area.openTab('Overzicht');
    await page.locator('input[aria-label="Jaar"]').click();
    await page.getByRole('option', { name: '2024', exact: true }).click();
    await expect.poll(() => row('Overzicht per gemeente', 'Valkenburg').innerText()).toContain('€ 10.462,50');
    await screenshot(page, 'facturen-overzicht');
    expect(fs.existsSync(path.join(downloads, 'creditfactuur-2024-0003.pdf'))).toBe(true);
  });
});
