// The kinds of the consultant's records a deliverable reads, and a lenient restore over them.
// The names are the features' own (checklist-store, library-data, decisions, method-store):
// src-core may not import the renderer, so they are repeated here and pinned by a unit test.

export const RECORD_KINDS = {
  answer: 'checklist-answer',
  customQuestion: 'checklist-custom-question',
  action: 'checklist-action',
  grid: 'vendor-grid',
  savingDecision: 'saving-decision',
  phase: 'method-phase',
  wave: 'method-wave',
  population: 'method-population',
} as const;

/** Every record kind the export task reads from the store for a deliverable. */
export const REPORT_RECORD_KINDS: readonly string[] = Object.values(RECORD_KINDS);

/** The records of a kind that restore; one written by a later version is left out, not fatal. */
export function restoredRecords<T>(
  records: Readonly<Record<string, readonly unknown[]>>,
  kind: string,
  restore: (raw: unknown) => T,
): T[] {
  return (records[kind] ?? []).flatMap((raw) => {
    try {
      return [restore(raw)];
    } catch {
      return [];
    }
  });
}
