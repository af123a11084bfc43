// A small engagement as a file carries it: every table filled, attachments with real bytes.
import { createHash } from 'node:crypto';

import type { EngagementContent } from '@core/engagement-file/content';
import { restoreEngagement } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function importRecord(id: string, dataset: 'devices' | 'lines', batchCount: number): ImportRecord {
  return {
    id,
    engagementId: 'eng-1',
    dataset,
    fileName: `${dataset}.csv`,
    sha256: 'a'.repeat(64),
    size: 1234,
    format: 'intune',
    mappingId: null,
    rowsAccepted: batchCount * 2,
    rowsRejected: 1,
    batchCount,
    coversUntil: null,
    billId: null,
    importedAt: '2026-02-01T10:00:00.000Z',
  } as ImportRecord;
}

export function sampleContent(): EngagementContent {
  const pdf = new TextEncoder().encode('%PDF-1.7 preuve de conformité');
  const logo = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);

  return {
    engagement: restoreEngagement({
      id: 'eng-1',
      name: 'Audit Société Générale des Eaux',
      clientName: 'SGE',
      consultant: 'Claire Martin',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
    }),
    imports: [importRecord('imp-d', 'devices', 2), importRecord('imp-l', 'lines', 1)],
    batches: [
      { id: 'b1', importId: 'imp-d', dataset: 'devices', seq: 0, rows: [{ serial: 'S1' }] },
      { id: 'b2', importId: 'imp-d', dataset: 'devices', seq: 1, rows: [{ serial: 'S2' }] },
      { id: 'b3', importId: 'imp-l', dataset: 'lines', seq: 0, rows: [{ number: '+33612' }] },
    ],
    notes: [{ id: 'n1', subject: 'device:S1', text: 'Écran fêlé', author: 'CM' }],
    records: [
      { kind: 'checklist-answer', id: 'q1', data: { value: 3 }, updatedAt: '2026-02-02' },
      { kind: 'wave', id: 'w1', data: { name: 'Vague 1' }, updatedAt: '2026-02-03' },
    ],
    attachments: [
      {
        id: 'a1',
        name: 'preuve.pdf',
        mimeType: 'application/pdf',
        size: pdf.byteLength,
        sha256: sha(pdf),
        addedAt: '2026-02-04T08:00:00.000Z',
        bytes: pdf,
      },
      {
        id: 'a2',
        name: 'logo.png',
        mimeType: 'image/png',
        size: logo.byteLength,
        sha256: sha(logo),
        addedAt: '2026-02-04T08:01:00.000Z',
        bytes: logo,
      },
    ],
  };
}

export const INFO = { appVersion: '0.1.0', createdAt: '2026-03-01T12:00:00.000Z' };
