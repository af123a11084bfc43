// Page object: the locators and steps of the app in one place, so specs read as behaviour.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class AppPage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByTestId('engagement-list')).toBeAttached();
  }

  cards(): Locator {
    return this.page.getByTestId('engagement-card');
  }

  card(name: string): Locator {
    return this.cards().filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async createEngagement(name: string): Promise<void> {
    await this.page.getByTestId('new-engagement').click();
    await this.page.getByTestId('engagement-name').fill(name);
    await this.page.getByTestId('engagement-create-submit').click();
    await expect(this.page.getByTestId('workspace-title')).toHaveText(name);
  }

  async loadDemo(): Promise<void> {
    await this.page.getByTestId('load-demo').click();
    await expect(this.page.getByTestId('workspace-title')).toBeVisible({ timeout: 60_000 });
  }

  async goHome(): Promise<void> {
    await this.page.getByTestId('nav-home').click();
    await expect(this.page.getByTestId('engagement-list')).toBeAttached();
  }

  /** Reads a count tile as a number, whatever the locale's digit grouping. */
  async countTile(dataset: 'devices' | 'lines' | 'invoices'): Promise<number> {
    const text = await this.page.getByTestId(`count-${dataset}`).locator('.tile-value').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }
}
