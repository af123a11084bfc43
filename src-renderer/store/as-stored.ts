// A view merged from one import that the merge left untouched (every row kept, no key seen
// twice, no row changed by restoring it) is that import's rows in their stored order: it is
// then read from the import's batches instead of being stored a second time.

/** Follows one import's rows through the merge and tells whether the result is them as stored. */
export class AsStoredWatch {
  private readonly added: unknown[] = [];
  private untouched = true;

  constructor(private readonly active: boolean) {}

  /** A row the importer has just built, added as it is. */
  built(row: unknown): void {
    if (this.active) this.added.push(row);
  }

  /** A stored row and what restoring it gave (undefined when it was left out). */
  restored(raw: unknown, row: unknown): void {
    if (!this.active) return;
    if (row === undefined || !sameFields(raw, row)) this.untouched = false;
    this.added.push(row);
  }

  /** Whether the merged rows are exactly the rows added, in their order. */
  holds(rows: readonly unknown[]): boolean {
    if (!this.active || !this.untouched || rows.length !== this.added.length) return false;
    for (let i = 0; i < rows.length; i++) if (rows[i] !== this.added[i]) return false;
    return true;
  }
}

// Flat rows only: a nested value restored into a new object counts as changed.
function sameFields(raw: unknown, row: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || typeof row !== 'object' || row === null) {
    return false;
  }
  const before = raw as Record<string, unknown>;
  const after = row as Record<string, unknown>;

  let count = 0;
  for (const key in after) {
    if (after[key] !== before[key]) return false;
    count++;
  }
  return count === Object.keys(before).length;
}
