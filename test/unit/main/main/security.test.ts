import { EventEmitter } from 'node:events';

import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ shell: { openExternal } }));

import { hardenWebContents, restrictPermissions } from '../../../../src-main/main/security';
import type { Session, WebContents } from 'electron';

const APP = 'app://fleet-audit/';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null;

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  navigate(eventName: string, url: string): boolean {
    const event = { url, preventDefault: vi.fn() };
    this.emit(eventName, event);
    return event.preventDefault.mock.calls.length > 0;
  }
}

function hardened(): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, APP);
  return contents;
}

beforeEach(() => {
  openExternal.mockReset().mockResolvedValue(undefined);
});

describe('hardenWebContents', () => {
  it('lets the app navigate within itself', () => {
    expect(hardened().navigate('will-navigate', `${APP}index.html#/import`)).toBe(false);
  });

  it.each(['will-navigate', 'will-redirect'])('keeps %s to the web out of the app', (name) => {
    const blocked = hardened().navigate(name, 'https://www.cnil.fr/');

    expect(blocked).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.cnil.fr/');
  });

  it('blocks navigation to a local file and does not hand it to the system', () => {
    expect(hardened().navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, opening web links in the system browser', () => {
    const contents = hardened();

    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: `${APP}index.html` })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('refuses to attach a webview', () => {
    expect(hardened().navigate('will-attach-webview', `${APP}index.html`)).toBe(true);
  });
});

describe('restrictPermissions', () => {
  function handlers() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    restrictPermissions(session as unknown as Session, APP);

    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    return { request, check, device };
  }

  function requestFrom(permission: string, requestingUrl: string): boolean {
    const callback = vi.fn();
    handlers().request(null, permission, callback, { requestingUrl });
    return callback.mock.calls[0]?.[0] as boolean;
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'refuses %s to the app itself',
    (permission) => {
      expect(requestFrom(permission, `${APP}index.html`)).toBe(false);
      expect(handlers().check(null, permission, 'app://fleet-audit')).toBe(false);
    },
  );

  it('allows copying to the clipboard from the app, not from elsewhere', () => {
    expect(requestFrom('clipboard-sanitized-write', `${APP}index.html`)).toBe(true);
    expect(requestFrom('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('refuses every USB, HID or serial device', () => {
    expect(handlers().device()).toBe(false);
  });
});
