export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 40;

/**
 * Picks the separator whose count per record is the most regular in the first records: a `;`
 * file whose values hold decimal commas (TIM, French billing) still comes out as `;`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = countPerRecord(text.slice(0, SAMPLE_CHARS));
  let best: Delimiter = ',';
  let bestScore = 0;

  for (const delimiter of DELIMITERS) {
    const score = regularity(counts.map((record) => record[delimiter]));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }

  return best;
}

// How many records share the most common non-zero count, with a small bonus for wider tables
// so that a lone comma in a title line does not outvote a consistent semicolon.
function regularity(perRecord: number[]): number {
  const frequency = new Map<number, number>();
  for (const count of perRecord) {
    if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  }

  let score = 0;
  for (const [count, records] of frequency) {
    score = Math.max(score, records + Math.min(count, 50) / 100);
  }
  return score;
}

type Counts = Record<Delimiter, number>;

// Counts separators outside quotes, record by record, so quoted newlines and commas do not count.
function countPerRecord(sample: string): Counts[] {
  const records: Counts[] = [];
  let current = emptyCounts();
  let quoted = false;
  let empty = true;

  for (let i = 0; i < sample.length && records.length < SAMPLE_RECORDS; i++) {
    const char = sample[i];

    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (!empty) records.push(current);
      current = emptyCounts();
      empty = true;
      continue;
    } else if (!quoted && char in current) current[char as Delimiter]++;

    empty = false;
  }

  if (!empty && records.length < SAMPLE_RECORDS) records.push(current);
  return records;
}

function emptyCounts(): Counts {
  return { ',': 0, ';': 0, '\t': 0, '|': 0 };
}
