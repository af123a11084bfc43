// Writes the web build's service worker once every file of the build is on disk, with the
// list of those files and a version derived from their contents.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import type { Plugin, ResolvedConfig } from 'vite';

const SOURCE = resolve(import.meta.dirname, '../src-renderer/sw/service-worker.js');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

export function offlineServiceWorker(): Plugin {
  let config: ResolvedConfig;

  return {
    name: 'fleet-audit-offline-sw',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = config.build.outDir;
      const files = listFiles(outDir)
        .filter((file) => !file.endsWith('.map') && !file.endsWith('sw.js'))
        .sort();

      const hash = createHash('sha256');
      for (const file of files) hash.update(readFileSync(file));

      const urls = [
        './',
        ...files.map((file) => `./${relative(outDir, file).replaceAll('\\', '/')}`),
      ];
      const source = readFileSync(SOURCE, 'utf8')
        .replace('/* precache-files */ []', JSON.stringify(urls))
        .replace("/* precache-version */ 'dev'", JSON.stringify(hash.digest('hex').slice(0, 16)));

      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}
