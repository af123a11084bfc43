import { describe, expect, it } from 'vitest';

import {
  APP_BASE_URL,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
} from '../../../../src-main/main/trust';

describe('isAppUrl', () => {
  it.each([
    'app://fleet-audit/',
    'app://fleet-audit/index.html',
    'app://fleet-audit/assets/index-abc.js?v=1#top',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://fleet-audit.evil.example/'],
    ['credentials in front of the host', 'app://user@fleet-audit/'],
    ['a web page', 'https://fleet-audit/'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('in development trusts the dev server origin, port included', () => {
    const dev = 'http://localhost:5173/';

    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl(`${APP_BASE_URL}index.html`, dev)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.cnil.fr/fr/rgpd',
    'http://example.com/page',
    'mailto:support@fleetaudit.fr',
  ])('lets the system open %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a UNC-style file URL', 'file://server/share/x.exe'],
    ['an app URL', 'app://fleet-audit/index.html'],
    ['an OS handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://server/share'],
    ['credentials as disguise', 'https://www.banque.fr@evil.example/'],
    ['an empty mailto', 'mailto:'],
    ['garbage', '::'],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame', () => {
    expect(isTrustedSender('app://fleet-audit/index.html', true)).toBe(true);
  });

  it('refuses the app page loaded in a sub-frame', () => {
    expect(isTrustedSender('app://fleet-audit/index.html', false)).toBe(false);
  });

  it.each([
    ['a web origin', 'https://evil.example/'],
    ['a file page', 'file:///tmp/x.html'],
    ['an unknown frame', undefined],
    ['a destroyed frame', null],
  ])('refuses %s even in the main frame', (_label, url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });
});
