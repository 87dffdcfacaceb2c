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
    const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ').trim();
  }

  save() {
    return this.drawer().getByRole('button', { name: 'Opslaan' }).click();
  }
}
