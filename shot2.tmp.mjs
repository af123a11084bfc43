import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
await page.goto('http://127.0.0.1:4430/');
await page.click('[data-testid=load-demo]');
await page.waitForSelector('[data-testid=workspace-title]', { timeout: 90000 });
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/s-data.png' });
for (const area of ['dashboard', 'method', 'vendors', 'checklist', 'deliverables']) {
  await page.click(`[data-testid=nav-${area}]`);
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/s-${area}.png` });
}
await page.click('[data-testid=nav-home]');
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/s-home.png' });
await browser.close();
