// `npm run bench`: times FleetAudit's heavy work against the raw libraries in the same run and
// prints each figure, then one JSON line with every figure by name (the line to compare).
// The measures are test/bench/*.measure.ts, one process each, one after the other: in Node
// (XLSX import, KPIs and savings, PDF, XLSX export) and in Chromium (CSV import into IndexedDB
// with the app's own worker tasks; the app's screens during an import and opening a dashboard).
// `npm run bench -- test/bench/kpis.measure.ts` runs one measure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'out/bench');
const only = process.argv.slice(2);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

execFileSync('npx', ['vitest', 'run', '--config', 'test/bench/vitest.config.ts', ...only], {
  cwd: root,
  stdio: 'inherit',
});

const figures = {};
for (const file of readdirSync(out)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  Object.assign(figures, JSON.parse(readFileSync(join(out, file), 'utf8')));
}

process.stdout.write('\nFigures (ms, MB, rows/s; a ratio is FleetAudit over the raw libraries)\n');
for (const [name, value] of Object.entries(figures)) {
  process.stdout.write(`  ${name.padEnd(30)} ${String(value).padStart(10)}\n`);
}
process.stdout.write(`${JSON.stringify(figures)}\n`);
