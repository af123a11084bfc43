// Answers app:// requests from the built renderer folder. No Electron here: the protocol
// registration hands requests to `serveAppRequest`, and tests call it directly.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

import directives from '../../resources/security/content-security-policy.json';

import { resolveAppPath } from './app-path';

/** The page may load only what the app itself ships; no remote origin anywhere. */
export const CONTENT_SECURITY_POLICY = directives.join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function plainResponse(status: number, text: string): Response {
  const headers = { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' };
  return new Response(text, { status, headers });
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** Serves one request: the file's bytes with a strict CSP, or a refusal that carries it too. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plainResponse(405, 'Method not allowed');
  }

  const filePath = resolveAppPath(root, request.url);
  if (filePath === null) return plainResponse(403, 'Forbidden');

  if (!(await isFile(filePath))) return plainResponse(404, 'Not found');

  const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(filePath) };
  const body = request.method === 'HEAD' ? null : await readFile(filePath);
  return new Response(body, { status: 200, headers });
}
