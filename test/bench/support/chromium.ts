// Runs a bench step in the system Chromium against a static build served on localhost, and
// samples the browser's resident memory (all its processes) while it runs.
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs a command from the repository root, its output shown. */
export function runInRoot(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Resident memory of this process's descendants, leaving out `skip` and itself, in MB. */
function descendantsRssMb(skip: number | undefined): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const family = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of table) {
      if (family.has(parent) && !family.has(child)) {
        family.add(child);
        grew = true;
      }
    }
  }
  family.delete(process.pid);
  if (skip !== undefined) family.delete(skip);
  const kb = table.filter(([pid]) => family.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
  return Math.round(kb / 1024);
}

/** Serves `dir` on `port`, opens a page in Chromium, runs `work`, and reports peak memory. */
export async function inChromium<T>(
  dir: string,
  port: number,
  work: (page: Page, base: string) => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  const server = spawn('node', ['scripts/serve-web.mjs', '--dir', dir, '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let peakMb = 0;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, descendantsRssMb(server.pid));
  }, 250);

  try {
    const page = await browser.newPage();
    // BENCH_CONSOLE=1 prints the page's and its workers' console, to time a step by hand.
    if (process.env.BENCH_CONSOLE) page.on('console', (m) => console.log('[page]', m.text()));
    await new Promise((done) => setTimeout(done, 300));
    const result = await work(page, `http://127.0.0.1:${port}/`);
    return { result, peakMb };
  } finally {
    clearInterval(sampler);
    await browser.close();
    server.kill();
  }
}
