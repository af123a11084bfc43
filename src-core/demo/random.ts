// Demo data must come out the same on every machine and engine, so one seeded generator
// (mulberry32) feeds every choice; nothing reads the clock or Math.random. Only exact IEEE
// operations are used (no Math.log or Math.cos), which V8 and other engines agree on bit for bit.

import { addDays, daysBetween } from './dates';
import type { IsoDate } from '../model/ids';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A float from `min` (included) to `max` (excluded). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value, drawn in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A roughly normal draw, clamped to [low, high] so no record lands out of range. */
  normal(mean: number, deviation: number, low?: number, high?: number): number;
  /** A day from `from` to `to`, both included. */
  date(from: IsoDate, to: IsoDate): IsoDate;
  /** Up to `count` distinct items, in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** A seed for one part of the dataset, so a change in one part leaves the others unchanged. */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed.
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  }

  return hash >>> 0;
}

/** A deterministic generator for the given seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => drawWeighted(entries, next()),
    normal: (mean, deviation, low = -Infinity, high = Infinity) => {
      // The sum of twelve uniforms has mean 6 and variance 1: close enough to a bell curve.
      let sum = 0;
      for (let i = 0; i < 12; i += 1) sum += next();
      return Math.min(high, Math.max(low, mean + (sum - 6) * deviation));
    },
    date: (from, to) => addDays(from, int(0, Math.max(0, daysBetween(from, to)))),
    sample: (items, count) => {
      // A partial Fisher-Yates shuffle over the indices.
      const indices = items.map((_, i) => i);
      const size = Math.min(count, items.length);
      for (let i = 0; i < size; i += 1) {
        const j = int(i, indices.length - 1);
        [indices[i], indices[j]] = [indices[j], indices[i]];
      }
      return indices.slice(0, size).map((i) => items[i]);
    },
  };
}

function drawWeighted<T>(entries: readonly (readonly [T, number])[], draw: number): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);

  let threshold = draw * total;
  for (const [value, weight] of entries) {
    if (threshold < weight) return value;
    threshold -= weight;
  }

  return entries[entries.length - 1][0];
}
