// CSV import end to end in Chromium (decode, parse, normalise, store in IndexedDB, derive the
// views), with the app's own worker tasks, against TextDecoder + papaparse + Dexie bulkPut of
// the rows packed 1,000 per record, on the same 200,000-row bill in the same worker.
import { expect, test } from 'vitest';

import type { BenchOutcome } from './browser/messages';
import { inChromium, runInRoot } from './support/chromium';
import { round, writeFigures } from './support/figures';

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 200_000);

test('csv import in chromium', async () => {
  runInRoot('npx', ['vite', 'build', '--config', 'test/bench/browser/vite.config.ts']);

  const { result: outcome, peakMb } = await inChromium(
    'out/bench-web',
    4189,
    async (page, base) => {
      await page.goto(`${base}index.html?rows=${ROWS}`);
      const read = () => (globalThis as { benchOutcome?: BenchOutcome }).benchOutcome;
      await page.waitForFunction(read, null, { timeout: 15 * 60_000, polling: 500 });
      return (await page.evaluate(read)) as BenchOutcome;
    },
  );

  expect(outcome.error).toBeUndefined();
  const f = outcome.figures;
  if (!f) throw new Error('the bench page gave no figures');
  expect(f.accepted).toBe(ROWS);

  writeFigures('csv-import', {
    csvImportRatio: round(f.importMs / f.baselineMs, 2),
    csvImportMs: round(f.importMs),
    csvPreviewMs: round(f.previewMs),
    csvCommitMs: round(f.commitMs),
    csvBaselineMs: round(f.baselineMs),
    csvPapaparseMs: round(f.baselineParseMs),
    csvBulkPutMs: round(f.baselineStoreMs),
    csvRows: f.rows,
    csvMb: round(f.bytes / 1e6, 1),
    csvImportRowsPerSecond: round((f.rows / f.importMs) * 1000),
    csvImportPeakMb: peakMb,
  });
});
