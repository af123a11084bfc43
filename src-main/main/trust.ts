// Who the main process believes: pure predicates, free of Electron so they run under Node tests.

/** The privileged scheme the packaged renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fleet-audit';
export const APP_BASE_URL = `${APP_SCHEME}://${APP_HOST}/`;

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

function parseUrl(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * True when `candidate` belongs to the app: same scheme, host and port as `appBaseUrl`.
 * Compares parts rather than `URL.origin`, which is "null" for custom schemes under Node.
 */
export function isAppUrl(candidate: string, appBaseUrl: string = APP_BASE_URL): boolean {
  const url = parseUrl(candidate);
  const base = parseUrl(appBaseUrl);
  if (!url || !base) return false;

  const hasCredentials = url.username !== '' || url.password !== '';
  return !hasCredentials && url.protocol === base.protocol && url.host === base.host;
}

/**
 * True when a link may be handed to the system: web pages and mail only. Credentials in the
 * URL are refused because `https://bank.fr@evil.example` is a classic disguise.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  const url = parseUrl(candidate);
  if (!url || !EXTERNAL_PROTOCOLS.has(url.protocol)) return false;

  if (url.protocol === 'mailto:') return url.pathname.length > 0;

  return url.hostname !== '' && url.username === '' && url.password === '';
}

/** An IPC sender is trusted only when it is the app's own top-level document. */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  isMainFrame: boolean,
  appBaseUrl: string = APP_BASE_URL,
): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl, appBaseUrl);
}
