import { describe, expect, it } from 'vitest';

import type { EngagementContent } from '@core/engagement-file/content';
import type { ImportId } from '@core/model/ids';
import { createPseudonymiser } from '@core/privacy/pseudonym';
import { pseudonymiseContent } from '@core/privacy/pseudonymise-content';
import { personalDataRegister } from '@core/privacy/register';

import { sampleContent } from '../engagement-file/content-fixture';

const PERSONAL = [
  'Jean Dupont',
  'jean.dupont',
  '+33612345678',
  '353918051234563',
  'C39XK1',
  'iPhone de Jean',
];

function fleet(): EngagementContent {
  const content = sampleContent();
  const device = {
    key: 'C39XK1',
    serial: 'C39XK1',
    imei: '353918051234563',
    phoneNumber: '+33612345678',
    name: 'iPhone de Jean',
    userName: 'Jean Dupont',
    userEmail: 'jean.dupont@client.fr',
    model: 'iPhone 13',
    department: 'Ventes',
  };
  const line = { number: '+33612345678', userName: 'Jean Dupont', plan: 'Pro 50 Go', imei: null };
  const invoice = { lineNumber: '+33612345678', period: '2026-01', total: 24.9 };

  content.batches = [
    { id: 'b1', importId: 'imp-d', dataset: 'devices', seq: 0, rows: [device] },
    { id: 'b3', importId: 'imp-l', dataset: 'lines', seq: 0, rows: [line] },
  ];
  content.imports.push({ ...content.imports[1], id: 'imp-i' as ImportId, dataset: 'invoices' });
  content.batches.push({
    id: 'b4',
    importId: 'imp-i',
    dataset: 'invoices',
    seq: 0,
    rows: [invoice],
  });
  return content;
}

describe('pseudonymised content', () => {
  it('holds none of the personal values, and leaves notes, records and files out', async () => {
    const pseudo = await createPseudonymiser('cd'.repeat(32));

    const safe = await pseudonymiseContent(fleet(), pseudo);

    const json = JSON.stringify(safe);
    for (const value of PERSONAL) expect(json).not.toContain(value);
    expect(safe.notes).toEqual([]);
    expect(safe.records).toEqual([]);
    expect(safe.attachments).toEqual([]);
  });

  it('keeps what is not personal and the joins between devices, lines and invoices', async () => {
    const pseudo = await createPseudonymiser('cd'.repeat(32));

    const safe = await pseudonymiseContent(fleet(), pseudo);

    const [device, line, invoice] = safe.batches.map((b) => b.rows[0] as Record<string, unknown>);
    expect(device).toMatchObject({ model: 'iPhone 13', department: 'Ventes' });
    expect(device.key).toBe(device.serial);
    expect(line.number).toBe(device.phoneNumber);
    expect(invoice.lineNumber).toBe(line.number);
    expect(line.userName).toBe(device.userName);
    expect(line.imei).toBeNull();
    expect(invoice.total).toBe(24.9);
  });
});

describe('personal data register', () => {
  it('lists per import the personal fields it brought and in how many rows', () => {
    const content = fleet();

    const register = personalDataRegister(content.imports, content.batches);

    expect(register.map((entry) => entry.dataset)).toEqual(['devices', 'lines', 'invoices']);
    const lines = register.find((entry) => entry.dataset === 'lines');
    expect(lines).toMatchObject({ fileName: 'lines.csv', rows: 1 });
    expect(lines?.fields.map((f) => [f.field, f.rows])).toEqual([
      ['userName', 1],
      ['number', 1],
    ]);
    const devices = register.find((entry) => entry.dataset === 'devices');
    expect(devices?.fields.map((f) => f.field)).toEqual([
      'userName',
      'userEmail',
      'phoneNumber',
      'imei',
      'serial',
      'name',
      'key',
    ]);
  });
});
