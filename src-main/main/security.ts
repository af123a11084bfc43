// Keeps every web page of the app inside the app: no navigation out, no new windows, no
// webviews, no permissions beyond a short allow-list. Links leave through the system browser.
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';

import { createLogger } from '../../src-core/log/logger';
import { isAppUrl, isSafeExternalUrl } from './trust';

const log = createLogger('security');

/**
 * Harmless permissions the app uses: copying a table to the clipboard, and asking that the
 * local audit data not be evicted under disk pressure. Everything else is refused.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'persistent-storage']);

function openOutside(url: string): void {
  if (!isSafeExternalUrl(url)) {
    log.warn('Refused to open a link', { url });
    return;
  }

  shell.openExternal(url).catch((error: unknown) => log.warn('Could not open a link', error));
}

/** Applies to every WebContents the app creates, including any it did not mean to. */
export function hardenWebContents(contents: WebContents, appBaseUrl: string): void {
  const keepInside = (event: { preventDefault(): void; url: string }): void => {
    if (isAppUrl(event.url, appBaseUrl)) return;

    event.preventDefault();
    openOutside(event.url);
  };

  contents.on('will-navigate', keepInside);
  contents.on('will-redirect', keepInside);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Refused a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

function isAllowed(permission: string, origin: string, appBaseUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin, appBaseUrl);
}

/** Denies permission requests and checks by default, and every device (USB, HID, serial). */
export function restrictPermissions(session: Session, appBaseUrl: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isAllowed(permission, details.requestingUrl, appBaseUrl);
    if (!granted) log.info('Refused a permission', { permission });

    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowed(permission, requestingOrigin, appBaseUrl),
  );
  session.setDevicePermissionHandler(() => false);
}
