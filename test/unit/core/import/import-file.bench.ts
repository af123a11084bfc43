// How much the importer costs over papaparse alone, on a 200,000-row French operator bill
// (semicolon, Windows-1252, decimal comma). Run with `npm run bench`; not part of `npm test`.
import Papa from 'papaparse';
import { bench, describe } from 'vitest';

import { decodeText, importFile, readTable } from '@core/import';

const ROWS = 200_000;
const RUNS = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

const HEADER =
  'Numéro de ligne;Période;Forfait;Prix forfait HT;Conso data (Mo);Conso voix (min);' +
  'Conso SMS;Hors forfait HT;Total HT';

function generateCsv(rows: number): string {
  const lines = [HEADER];

  for (let i = 0; i < rows; i++) {
    const number = `06 ${String(10_000_000 + i)
      .slice(0, 8)
      .replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    const data = ((i * 37) % 20_000) / 7;
    const extra = (i % 13) * 1.5;
    lines.push(
      [
        number,
        `2024-${String((i % 12) + 1).padStart(2, '0')}`,
        i % 3 === 0 ? 'Pro 20 Go €' : 'Essentiel 5 Go',
        '19,99',
        data.toFixed(2).replace('.', ','),
        String(i % 400),
        String(i % 90),
        extra.toFixed(2).replace('.', ','),
        (19.99 + extra).toFixed(2).replace('.', ','),
      ].join(';'),
    );
  }

  return lines.join('\r\n') + '\r\n';
}

// Windows-1252 for the only non-ASCII characters the generator writes.
function toCp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    bytes[i] = char === '€' ? 0x80 : char.charCodeAt(0);
  }
  return bytes;
}

const text = generateCsv(ROWS);
const bytes = toCp1252(text);
let sink: unknown = null;

// Keeps each result reachable so the engine cannot skip the work that made it.
function keep(value: unknown): void {
  sink = value ?? sink;
}

const baseline = (): void => {
  const decoded = new TextDecoder('windows-1252').decode(bytes);
  keep(Papa.parse<string[]>(decoded, { delimiter: ';', skipEmptyLines: true }));
};

// One group per ratio: vitest's summary prints, per group, how many times faster the baseline
// is than FleetAudit's step, which is the figure to watch from one change to the next.
describe(`importFile / papaparse: ${ROWS.toLocaleString('en')} rows, ';', Windows-1252`, () => {
  bench('TextDecoder + papaparse', baseline, RUNS);

  bench(
    'importFile',
    async () => {
      const result = await importFile({ name: 'bench.csv', bytes });
      if (!result.ok || result.parts[0].result?.rows.length !== ROWS) {
        throw new Error('the bench file did not import whole');
      }
    },
    { ...RUNS, warmupIterations: 0 },
  );
});

describe('decodeText / TextDecoder', () => {
  const decoder = new TextDecoder('windows-1252');
  bench('TextDecoder (windows-1252)', () => keep(decoder.decode(bytes)), RUNS);
  bench('decodeText (sniffs, then cp1252)', () => keep(decodeText(bytes)), RUNS);
});

describe('readTable / papaparse, on decoded text', () => {
  bench('papaparse', () => keep(Papa.parse<string[]>(text, { delimiter: ';' })), RUNS);
  bench('readTable (sniff, header, trim)', () => keep(readTable(text)), RUNS);
});
