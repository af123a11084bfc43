// The command as a user types it in a fresh checkout: `npx fleet-audit`, the package's own bin,
// which builds the command line when it is missing or older than its sources.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

describe('npx fleet-audit', () => {
  it('inspects a fixture from the repository root', { timeout: 120_000 }, async () => {
    const { stdout } = await run(
      'npx',
      [
        '--no-install',
        'fleet-audit',
        'inspect',
        'test/fixtures/import/ivanti-quote-escaped-values.csv',
        '--json',
      ],
      { cwd: root },
    );
    const [report] = JSON.parse(stdout) as Record<string, unknown>[];

    expect(report).toMatchObject({ kind: 'inventory', format: 'csv', headerRow: 1 });
    expect(report.accepted).toBe(2);
  });
});
