// A breakdown such as "android:outdated" counted over 50,000 devices would build and hash a
// joined string per device: the pairs are counted on their own strings, and joined once each.

/** Counts per (first, second) pair, read out as `countBy` on `${first}:${second}` would give. */
export class PairCounts {
  private readonly slots = new Map<string, Map<string, number>>();
  private readonly pairs: Array<readonly [string, string]> = [];
  private readonly counts: number[] = [];

  /** Counts one item of the pair. */
  add(first: string, second: string): void {
    let inner = this.slots.get(first);
    if (!inner) {
      inner = new Map<string, number>();
      this.slots.set(first, inner);
    }

    const slot = inner.get(second);
    if (slot !== undefined) {
      this.counts[slot] += 1;
      return;
    }
    inner.set(second, this.counts.length);
    this.pairs.push([first, second]);
    this.counts.push(1);
  }

  /** Counts by joined key, keys in the order their first item came. */
  record(): Record<string, number> {
    const counts: Record<string, number> = {};
    this.pairs.forEach(([first, second], slot) => {
      // Two pairs may join to the same key ("a:b" + "c", "a" + "b:c"): they add up, as before.
      const key = `${first}:${second}`;
      counts[key] = (counts[key] ?? 0) + this.counts[slot];
    });
    return counts;
  }
}
