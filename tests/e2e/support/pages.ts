import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The Gemeenten & facturen area, as a user reaches it from the sidebar. */
export class MunicipalitiesArea {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}#/gemeenten`);
    await this.page.getByRole('heading', { name: 'Gemeenten & facturen' }).waitFor();
  }

  tab(name: 'Gemeenten' | 'Coördinatoren') {
    return this.page.getByRole('tab', { name, exact: true }).click();
  }

  table(label: string): Locator {
    return this.page.getByRole('grid', { name: label });
  }

  search(label: string, text: string) {
    return this.page.getByRole('textbox', { name: `Zoeken in ${label}` }).fill(text);
  }

  drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.drawer().getByRole('textbox', { name: label, exact: true });
  }

  /** The message tied to a field the way assistive technology finds it: via aria-describedby. */
  async errorAt(label: string): Promise<string> {
    const input = this.field(label);
    if ((await input.getAttribute('aria-invalid')) !== 'true') return '';
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    );
    return texts.join(' ').trim();
  }

  save() {
    return this.drawer().getByRole('button', { name: 'Opslaan' }).click();
  }
}

/** The Aanmeldingen area: the queue, the new-registration form and a registration's detail. */
export class RegistrationsArea {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}#/aanmeldingen`);
    await this.page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
  }

  queue(): Locator {
    return this.page.getByRole('grid', { name: 'Wachtrij' });
  }

  /** Exactly this title: "Aanmelding" must not also find a "Nieuwe aanmelding" still closing. */
  drawer(title: string): Locator {
    return this.page.getByRole('dialog', { name: title, exact: true });
  }

  async choose(scope: Locator, label: string, option: string) {
    await scope.getByLabel(label, { exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types a vraaggezin with one parent and one child into the open form. */
  async fillFamily(
    form: Locator,
    family: {
      street: string;
      houseNumber: string;
      postcode: string;
      place: string;
      parent: string[];
      child: string[];
      received: string;
    },
  ) {
    await form.getByRole('textbox', { name: 'Straat', exact: true }).fill(family.street);
    await form.getByRole('textbox', { name: 'Huisnummer', exact: true }).fill(family.houseNumber);
    await form.getByRole('textbox', { name: 'Postcode', exact: true }).fill(family.postcode);
    await form.getByRole('textbox', { name: 'Plaats', exact: true }).fill(family.place);
    for (const [index, [first, last, birth]] of [family.parent, family.child].entries()) {
      await form.getByRole('textbox', { name: `Voornaam persoon ${index + 1}` }).fill(first);
      await form.getByRole('textbox', { name: `Achternaam persoon ${index + 1}` }).fill(last);
      await this.typeDate(form.getByRole('textbox', { name: `Geboortedatum persoon ${index + 1}` }), birth);
    }
    await this.typeDate(form.getByRole('textbox', { name: 'Datum van aanmelding' }), family.received);
  }

  async typeDate(input: Locator, value: string) {
    await input.fill(value);
    await input.press('Tab');
  }
}

/** The invoicing tabs of Gemeenten & facturen: Opdrachten, Te factureren, Facturen, Overzicht. */
export class InvoicingArea extends MunicipalitiesArea {
  openTab(name: 'Opdrachten' | 'Te factureren' | 'Facturen' | 'Overzicht') {
    return this.page.getByRole('tab', { name, exact: true }).click();
  }

  /** A Mantine Select; its label may carry the asterisk of a required field. */
  async choose(label: string, option: string) {
    await this.drawer()
      .getByLabel(new RegExp(`^${label}( \\*)?$`))
      .click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async typeDate(label: string, value: string, scope: Locator = this.drawer()) {
    const input = scope.getByRole('textbox', { name: label, exact: true });
    await input.fill(value);
    await input.press('Tab');
  }

  /** Types an amount and leaves the field, as a user does before the field reads it. */
  async typeMoney(label: string, value: string) {
    const input = this.field(label);
    await input.fill(value);
    await input.press('Tab');
  }

  /** Clicks a button that saves a file and returns the text of the PDF it saved. */
  async savedPdfText(button: Locator, folder: string): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return {
      fileName: download.suggestedFilename(),
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    };
  }
}

/** The Gezinnen area: the list of families and a family's drawer with its form and history. */
export class FamiliesArea {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}#/gezinnen`);
    await this.page.getByRole('heading', { name: 'Gezinnen', exact: true }).waitFor();
  }

  async openFamily(name: string) {
    await this.page.getByRole('grid', { name: 'Gezinnen' }).getByRole('cell', { name, exact: true }).click();
    await this.drawer().getByRole('heading', { name, exact: true }).waitFor();
  }

  drawer(): Locator {
    return this.page.getByRole('dialog', { name: 'Gezin' });
  }

  field(label: string): Locator {
    return this.drawer().getByRole('textbox', { name: label, exact: true });
  }

  /** The notice a save refused as stale shows: what a colleague changed, and the way to go on. */
  clash(): Locator {
    return this.drawer().getByTestId('clash');
  }

  save() {
    return this.drawer().getByRole('button', { name: 'Opslaan' }).click();
  }
}
