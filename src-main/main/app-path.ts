// Maps an app:// URL to a file under the renderer folder, or refuses it. Pure so it can be
// tested on hostile URLs under Node.
import { resolve, sep } from 'node:path';

import { APP_BASE_URL } from './trust';

const INDEX_FILE = 'index.html';

// Encoded dots and separators have no business in our own asset names: refusing them outright
// is simpler than reasoning about what each layer decodes.
const SUSPICIOUS_RAW = /%2e|%2f|%5c|%00|\\/i;

function decodeOrNull(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function isPlainSegment(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !/[:\0]/.test(segment);
}

/**
 * The absolute path of the file `url` names inside `root`, or null when the URL is not ours or
 * tries to leave `root` (`..`, encoded dots, absolute or drive paths). `/` means index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!url.startsWith(APP_BASE_URL)) return null;

  const rawPath = url.slice(APP_BASE_URL.length).split(/[?#]/, 1)[0] ?? '';
  if (SUSPICIOUS_RAW.test(rawPath)) return null;

  const decoded = decodeOrNull(rawPath);
  if (decoded === null) return null;

  const segments = decoded === '' ? [INDEX_FILE] : decoded.split('/');
  if (!segments.every(isPlainSegment)) return null;

  const base = resolve(root);
  const target = resolve(base, ...segments);
  return target.startsWith(base + sep) ? target : null;
}
