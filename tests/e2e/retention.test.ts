import { beforeAll, expect, it } from 'vitest';
import { screenshot } from './support/app';
import { appInBrowser } from './support/in-browser';

const app = appInBrowser('2026-11-23');

beforeAll(async () => {
  await app.page.goto(`${app.bridge.url}#/instellingen?tab=retention`);
});

const rule = (kind: string) => app.page.getByTestId(`retention-rule-${kind}`);

it('refuses a period below the law at its field, saves a changed one, and shows who changed it', async () => {
  const invoices = rule('invoice').getByRole('textbox', { name: 'Bewaren (maanden)' });
  await invoices.fill('60');
  await app.page.getByRole('button', { name: 'Opslaan' }).click();
  await rule('invoice').getByText('De wet vraagt minstens 84 maanden.').waitFor();
  // Refused, nothing lost: the typed value is still there to correct.
  expect(await invoices.inputValue()).toBe('60');
  await invoices.fill('84');

  await rule('match').getByRole('textbox', { name: 'Bewaren (maanden)' }).fill('30');
  await rule('match').getByRole('textbox', { name: 'Reden' }).fill('Gezinnen komen vaak na twee jaar terug.');
  await app.page.getByRole('button', { name: 'Opslaan' }).click();
  await app.page.getByText('De bewaartermijnen zijn opgeslagen.').waitFor();

  const history = app.page.getByTestId('history');
  await history.getByText('Bewaartermijnen gewijzigd').waitFor();
  const shown = await history.innerText();
  expect(shown).toContain('Bewaartermijn Koppeling (maanden)');
  expect(shown).toMatch(/24\s+→ 30/);
  expect(shown).toContain('Gezinnen komen vaak na twee jaar terug.');
  // Only what changed: the invoices' period was put back before saving.
  expect(shown).not.toContain('Facturen');

  // A second save in a row is not refused as stale.
  await rule('match').getByRole('textbox', { name: 'Bewaren (maanden)' }).fill('24');
  await app.page.getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(() => history.getByText('Bewaartermijnen gewijzigd').count()).toBe(2);

  await app.page.getByRole('button', { name: 'Proefrun' }).click();
  await app.page.getByText('Niets is over de termijn: er hoeft nu niets geanonimiseerd te worden.').waitFor();
  expect(await app.page.getByRole('button', { name: 'Uitvoeren' }).isDisabled()).toBe(true);
  await screenshot(app.page, 'retention-tab');
});
