// `npm test`: every check CI makes, as separate visible steps, then one closing count.
// Runs them all even after a failure, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  ['typecheck', 'npm run typecheck'],
  ['build', 'npm run build'],
  ['lint', 'npm run lint'],
  ['format', 'npm run format:check'],
  ['unit', `npx vitest run --reporter=default --reporter=json --outputFile=${reports}/unit.json`],
  ['e2e', 'npm run test:e2e'],
];

const failed = [];
for (const [name, command] of steps) {
  process.stdout.write(`\n=== ${name}: ${command}\n`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)\n`);
  if (result.status !== 0) failed.push(name);
}

/** Counts from the JSON reports of vitest and Playwright, when they were written. */
function count() {
  let passed = 0;
  let failedTests = 0;
  const unit = join(reports, 'unit.json');
  if (existsSync(unit)) {
    const json = JSON.parse(readFileSync(unit, 'utf8'));
    passed += json.numPassedTests;
    failedTests += json.numFailedTests;
  }
  const e2e = join(reports, 'e2e.json');
  if (existsSync(e2e)) {
    const stats = JSON.parse(readFileSync(e2e, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failedTests += stats.unexpected;
  }
  return { passed, failedTests };
}

const { passed, failedTests } = count();
process.stdout.write(`\nFailed steps: ${failed.length ? failed.join(', ') : 'none'}\n`);
process.stdout.write(`tests: ${passed} passed, ${failedTests} failed\n`);
process.exit(failed.length ? 1 : 0);
