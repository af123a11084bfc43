import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolveAppPath } from '../../../../src-main/main/app-path';

const root = resolve('/opt/fleet-audit/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://fleet-audit/', 'index.html'],
    ['app://fleet-audit/index.html', 'index.html'],
    ['app://fleet-audit/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://fleet-audit/assets/worker.js?worker_file&type=module', 'assets/worker.js'],
    ['app://fleet-audit/index.html#/engagements/42', 'index.html'],
    ['app://fleet-audit/fonts/Inter%20Regular.woff2', 'fonts/Inter Regular.woff2'],
  ])('serves %s from the renderer folder', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(join(root, relative));
  });

  it.each([
    ['parent segments', 'app://fleet-audit/../../etc/passwd'],
    ['a parent segment in the middle', 'app://fleet-audit/assets/../../secret'],
    ['encoded dots', 'app://fleet-audit/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://fleet-audit/%2E%2E/secret'],
    ['half-encoded dots', 'app://fleet-audit/.%2e/secret'],
    ['an encoded slash', 'app://fleet-audit/..%2f..%2fetc/passwd'],
    ['a backslash', 'app://fleet-audit/..\\..\\windows\\win.ini'],
    ['an encoded backslash', 'app://fleet-audit/..%5c..%5cwin.ini'],
    ['an absolute path', 'app://fleet-audit//etc/passwd'],
    ['a drive letter', 'app://fleet-audit/C:/Windows/win.ini'],
    ['a NUL byte', 'app://fleet-audit/index.html%00.png'],
    ['a single dot segment', 'app://fleet-audit/./index.html'],
    ['malformed encoding', 'app://fleet-audit/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///opt/fleet-audit/out/renderer/index.html'],
    ['a folder', 'app://fleet-audit/assets/'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});
