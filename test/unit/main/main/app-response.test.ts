import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY, serveAppRequest } from '../../../../src-main/main/app-response';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fleet-audit-renderer-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>FleetAudit</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  // A file beside the renderer folder that no request may reach.
  await writeFile(join(root, '..', 'fleet-audit-secret.txt'), 'secret');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(join(root, '..', 'fleet-audit-secret.txt'), { force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveAppRequest(root, new Request(url, { method }));
}

describe('serveAppRequest', () => {
  it('serves the start page as HTML', async () => {
    const response = await get('app://fleet-audit/');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>FleetAudit</title>');
  });

  it('serves scripts with a JavaScript type, so module workers load', async () => {
    const response = await get('app://fleet-audit/assets/app.js');

    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export {};');
  });

  it.each([
    ['a served file', 'app://fleet-audit/index.html', 200],
    ['a missing file', 'app://fleet-audit/missing.js', 404],
    ['a traversal attempt', 'app://fleet-audit/..%2ffleet-audit-secret.txt', 403],
  ])('sets the strict CSP on %s', async (_label, url, status) => {
    const response = await get(url);

    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://fleet-audit/%2e%2e/fleet-audit-secret.txt',
    'app://fleet-audit/../fleet-audit-secret.txt',
    'app://fleet-audit/..%2ffleet-audit-secret.txt',
    'app://fleet-audit/..%5cfleet-audit-secret.txt',
  ])('never returns the file beside the renderer folder for %s', async (url) => {
    const response = await get(url);

    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses to write', async () => {
    expect((await get('app://fleet-audit/index.html', 'POST')).status).toBe(405);
  });

  it('allows no remote origin in the policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
