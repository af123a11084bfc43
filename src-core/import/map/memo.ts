import type { Parsed } from '../types';

const TRIAL_LOOKUPS = 4096;
const MIN_HITS = 1024;
const MAX_ENTRIES = 100_000;

/**
 * Remembers one column's parse per distinct text: a bill repeats its prices, units and months
 * on every line. A column whose values barely repeat (serials) stops remembering after a trial,
 * so it costs no memory; the parse is pure, so a remembered answer is the answer.
 */
export class ParseMemo<T> {
  private readonly known = new Map<string, Parsed<T>>();
  private lookups = 0;
  private hits = 0;
  private active = true;
  private lastText: string | undefined;
  private lastParsed: Parsed<T> | undefined;

  constructor(private readonly parse: (value: string) => Parsed<T>) {}

  /** The parse of `value`, computed once per distinct value while the column repeats itself. */
  get(value: string): Parsed<T> {
    // A bill lists each line's months one after the other: the text of the row before comes
    // back most often, and comparing it costs less than hashing it for the map.
    if (value === this.lastText) {
      this.lookups++;
      this.hits++;
      return this.lastParsed as Parsed<T>;
    }

    const parsed = this.lookup(value);
    this.lastText = value;
    this.lastParsed = parsed;
    return parsed;
  }

  private lookup(value: string): Parsed<T> {
    if (!this.active) return this.parse(value);

    this.lookups++;
    const found = this.known.get(value);
    if (found) {
      this.hits++;
      return found;
    }

    const parsed = this.parse(value);
    if (this.lookups === TRIAL_LOOKUPS && this.hits < MIN_HITS) this.stop();
    else if (this.known.size < MAX_ENTRIES) this.known.set(value, parsed);
    return parsed;
  }

  private stop(): void {
    this.active = false;
    this.known.clear();
  }
}
