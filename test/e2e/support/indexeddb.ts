// Reads the app's real IndexedDB from inside the page, with the raw browser API, so tests see
// what is stored rather than what the UI shows.
import type { Page } from '@playwright/test';

/** Number of records per table that belong to the engagement (by id or engagementId). */
export function countEngagementRecords(
  page: Page,
  engagementId: string,
): Promise<Record<string, number>> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fleet-audit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });

    const counts: Record<string, number> = {};
    for (const table of Array.from<string>(db.objectStoreNames)) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      counts[table] = records.filter((record) => {
        const row = record as { id?: unknown; engagementId?: unknown };
        return row.engagementId === id || (table === 'engagements' && row.id === id);
      }).length;
    }

    db.close();
    return counts;
  }, engagementId);
}

export function engagementIdFromUrl(page: Page): string {
  const match = /#\/e\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`not on an engagement page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** The consultant's stored records of one kind (all engagements), as JSON text. */
export function storedRecordsText(page: Page, kind: string): Promise<string> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fleet-audit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return JSON.stringify(
      records.filter((record) => (record as { kind?: unknown }).kind === wanted),
    );
  }, kind);
}
