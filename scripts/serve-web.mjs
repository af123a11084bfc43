// Serves the offline web build (out/web) on localhost with node built-ins only.
// Usage: node scripts/serve-web.mjs [--port 4173] [--host 127.0.0.1]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'out/web' },
  },
});

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  process.stderr.write(`No web build in ${root}: run "npm run build:web" first.\n`);
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

// The same policy as Electron's app:// protocol and the page's own meta tag.
const csp = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../resources/security/content-security-policy.json')),
).join('; ');

/** Maps a URL path into the build folder, or null when it would leave it. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  const file = join(root, path === '/' ? 'index.html' : path);
  return file.startsWith(root) ? file : null;
}

const server = createServer((request, response) => {
  let file;
  try {
    file = fileFor(request.url ?? '/');
  } catch {
    file = null;
  }

  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }

  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'cache-control': file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=0',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
});

server.listen(Number(values.port), values.host, () => {
  process.stdout.write(`FleetAudit web build: http://${values.host}:${values.port}/\n`);
});
