import { describe, expect, it } from 'vitest';

import { chooseStartLocation } from '../../../../src-main/main/start-url';

const packagedLocation = {
  startUrl: 'app://fleet-audit/index.html',
  appBaseUrl: 'app://fleet-audit/',
};

describe('chooseStartLocation', () => {
  it('loads the built app from app:// when no dev server is named', () => {
    expect(chooseStartLocation(undefined, false)).toEqual(packagedLocation);
  });

  it('loads and trusts the local dev server in development', () => {
    expect(chooseStartLocation('http://localhost:5173', false)).toEqual({
      startUrl: 'http://localhost:5173/',
      appBaseUrl: 'http://localhost:5173/',
    });
  });

  it('ignores the dev server variable in a packaged app', () => {
    expect(chooseStartLocation('http://localhost:5173', true)).toEqual(packagedLocation);
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.20:5173/',
    'file:///tmp/index.html',
    'not a url',
  ])('never loads %s, even in development', (url) => {
    expect(chooseStartLocation(url, false)).toEqual(packagedLocation);
  });
});
