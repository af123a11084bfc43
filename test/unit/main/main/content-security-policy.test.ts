import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, metaPolicy } from '../../../../scripts/vite-csp';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/main/app-response';

const root = resolve(import.meta.dirname, '../../../..');

describe('one Content-Security-Policy for every shell', () => {
  it('writes the served policy into the page, less what only a header can say', () => {
    const transform = contentSecurityPolicy(root).transformIndexHtml as (html: string) => string;
    const html = readFileSync(resolve(root, 'src-renderer/index.html'), 'utf8');

    const page = transform(html);

    expect(page).toContain(`content="${metaPolicy(root)}"`);
    expect(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')).toBe(metaPolicy(root));
  });

  it('is the policy the web server sends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-csp-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    const port = 4600 + Math.floor(Math.random() * 300);
    const server = spawn('node', ['scripts/serve-web.mjs', '--dir', dir, '--port', String(port)], {
      cwd: root,
      stdio: 'ignore',
    });

    try {
      const response = await fetchWhenUp(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function fetchWhenUp(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}
