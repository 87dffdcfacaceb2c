import { beforeAll, expect, it } from 'vitest';
import { vraaggezin } from '../support/registrations';
import { callApi, screenshot } from './support/app';
import { appInBrowser } from './support/in-browser';
import { FamiliesArea, RegistrationsArea } from './support/pages';

const app = appInBrowser('2026-11-23');

beforeAll(async () => {
  await new RegistrationsArea(app.page).open(app.bridge.url);
  await callApi(app.page, 'registrations.create', {
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

it('erases a family on request after its reason and a confirmation; a search finds it no more', async () => {
  const families = new FamiliesArea(app.page);
  await families.open(app.bridge.url);
  const search = app.page.getByRole('textbox', { name: 'Zoeken in Gezinnen' });
  await search.fill('Oosterbeek');
  await families.openFamily('Familie Oosterbeek');
  await families.drawer().getByRole('button', { name: 'Gezin vergeten…' }).click();

  const modal = app.page.getByRole('dialog', { name: 'Familie Oosterbeek vergeten' });
  await modal.getByRole('button', { name: 'Definitief vergeten' }).click();
  // Refused at the field, nothing erased: the reason is asked first.
  await expect.poll(() => modal.getByText('Schrijf de reden in minstens 5 tekens.').count()).toBeGreaterThan(0);
  await modal.getByRole('textbox', { name: 'Reden' }).fill('Verzoek per e-mail van 20-11-2026');
  await screenshot(app.page, 'erase-family');
  await modal.getByRole('button', { name: 'Definitief vergeten' }).click();
  await app.page.getByText(/Familie Oosterbeek is vergeten op/).waitFor();

  const grid = app.page.getByRole('grid', { name: 'Gezinnen' });
  await expect.poll(() => grid.innerText()).not.toContain('Oosterbeek');
  await app.page.getByText('0 van 1 rij', { exact: true }).waitFor();
});
