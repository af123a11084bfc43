import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readEngagementFile } from '@core/engagement-file/read';
import { defaultReportDefinition } from '@core/documents/report-definition';
import type { ReportDefinition } from '@core/documents/report-definition';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { exportEngagementFile } from '@renderer/tasks/engagement-file-export';
import { revealInEngagement } from '@renderer/tasks/engagement-file-reverse-table';
import { exportDeliverable } from '@renderer/tasks/export-deliverable';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let source: EngagementId;

beforeEach(async () => {
  db = freshDb();
  const demo = demoFixture(30);
  demo.devices = demo.devices.map((device, i) => ({
    ...device,
    userName: `Agent Numéro ${i}`,
    userEmail: `agent.${i}@client.fr`,
  }));
  source = await storeDemo(db, demo, { seed: 1 });
});

afterEach(() => {
  db.close();
});

async function workbook(pseudonymise: boolean): Promise<string[]> {
  const base = defaultReportDefinition([]);
  const definition: ReportDefinition = { ...base, options: { ...base.options, pseudonymise } };
  const out = await exportDeliverable(
    db,
    { engagementId: source, format: 'xlsx', definition },
    () => undefined,
    new AbortController().signal,
  );

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out.bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text))));
  return texts;
}

describe('the deliverables export with "Pseudonymiser les données personnelles"', () => {
  it('writes the same pseudonyms as a pseudonymised engagement file', async () => {
    const plain = await workbook(false);
    expect(plain).toContain('Agent Numéro 7');

    const cells = await workbook(true);
    expect(cells.join('\n')).not.toMatch(/Agent Numéro|agent\.\d+@|\+336000000/);

    const file = await exportEngagementFile(db, {
      engagementId: source,
      appVersion: '0.1.0',
      pseudonymise: { name: 'Mission (pseudonymisée)' },
    });
    const { content } = await readEngagementFile(file.bytes, { file: file.fileName });
    const names = content.batches
      .filter((batch) => batch.dataset === 'devices')
      .flatMap((batch) => batch.rows as { userName: string }[])
      .map((row) => row.userName);
    expect(names).toHaveLength(30);
    for (const name of names) expect(cells).toContain(name);
  });

  it('lets this engagement look up a pseudonym printed in the deliverable', async () => {
    const plain = await workbook(false);
    const cells = await workbook(true);
    const pseudonym = cells.find((cell, i) => plain[i] === 'Agent Numéro 7' && cell !== plain[i]);
    expect(pseudonym).toBeDefined();

    const revealed = await revealInEngagement(db, source, pseudonym ?? '');

    expect(revealed).toEqual({ status: 'found', value: 'Agent Numéro 7' });
  });
});
