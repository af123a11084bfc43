import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';

const { engagement } = generateDemo();

/** Every page's text as pdf.js reads it under Node, whitespace squeezed. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false });
  const document = await task.promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? `${item.str} ` : '')).join('');
  }
  await task.destroy();
  return text.replace(/\s+/g, ' ');
}

/** How many sampled pixels of a page's canvas are not plain white. */
function inkedPixels(page: Locator): Promise<number> {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let index = 0; index < data.length; index += 4 * 97) {
      if (data[index] < 240 || data[index + 1] < 240 || data[index + 2] < 240) inked += 1;
    }
    return inked;
  });
}

test('the PDF report is previewed page by page, then saved as previewed', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-deliverables').click();

  await page.getByTestId('preview-pdf').click();

  const first = page.getByTestId('preview-page-1');
  await expect(first).toHaveAttribute('data-drawn', 'true', { timeout: 120_000 });
  expect(await inkedPixels(first)).toBeGreaterThan(100);
  const counter = page.getByTestId('preview-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const pages = Number((await counter.innerText()).split('/')[1]);
  expect(pages).toBeGreaterThan(5);
  // Only the pages near the view are drawn, whatever the report's length.
  await expect(page.getByTestId(`preview-page-${pages}`)).toHaveAttribute('data-drawn', 'false');

  for (let step = 0; step < 4; step += 1) await page.getByTestId('preview-next').click();
  await expect(counter).toHaveText(`5 / ${pages}`);
  const fifth = page.getByTestId('preview-page-5');
  await expect(fifth).toHaveAttribute('data-drawn', 'true');
  expect(await inkedPixels(fifth)).toBeGreaterThan(100);
  await page.getByTestId('preview-zoom-in').click();
  await expect(page.getByTestId('preview-zoom')).toHaveText('125 %');
  await expect(counter).toHaveText(`5 / ${pages}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('preview-save').click(),
  ]);
  const bytes = await readFile(await download.path());
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await textOf(bytes)).toContain(engagement.clientName);

  await page.getByTestId('preview-back').click();
  await expect(page.getByTestId('report-sections')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
