#!/usr/bin/env node
// `fleet-audit` from a checkout (`npx fleet-audit …` after `npm ci`): builds the command line
// the first time and whenever its sources are newer than the build, then runs it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out/cli/fleet-audit.mjs');
const sources = ['src-cli', 'src-core', 'src-renderer/i18n/locales', 'resources'];

function newestIn(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestIn(join(path, name))),
    0,
  );
}

function isStale() {
  const output = statSync(built, { throwIfNoEntry: false });
  if (!output) return true;
  return sources.some((folder) => newestIn(join(root, folder)) > output.mtimeMs);
}

if (isStale()) {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const config = join(root, 'src-cli/vite.config.ts');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', config, '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) {
    process.stderr.write('fleet-audit: the command line could not be built (npm ci first?).\n');
    process.exit(1);
  }
}

await import(pathToFileURL(built).href);
