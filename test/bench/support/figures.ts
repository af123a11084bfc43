// Timing and reporting helpers shared by the bench's measures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const BENCH_OUT = resolve(import.meta.dirname, '../../../out/bench');

/** The median of `runs` timed calls, in milliseconds, after one untimed warm-up call. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Rounds for printing: ratios to 2 decimals, times to whole milliseconds. */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Saves one measure's figures for the bench runner to gather into its final line. */
export function writeFigures(name: string, figures: Record<string, number | string>): void {
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(resolve(BENCH_OUT, `${name}.json`), JSON.stringify(figures, null, 2));
}
