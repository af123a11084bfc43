import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readEngagementFile } from '@core/engagement-file/read';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { exportEngagementFile } from '@renderer/tasks/engagement-file-export';
import { revealInEngagement } from '@renderer/tasks/engagement-file-reverse-table';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let source: EngagementId;

beforeEach(async () => {
  db = freshDb();
  const demo = demoFixture(10);
  demo.devices = demo.devices.map((device, i) => ({ ...device, userName: `Agent Numéro ${i}` }));
  source = await storeDemo(db, demo, { seed: 1 });
});

afterEach(() => {
  db.close();
});

async function pseudonymisedFile() {
  const out = await exportEngagementFile(db, {
    engagementId: source,
    appVersion: '0.1.0',
    pseudonymise: { name: 'Mission (pseudonymisée)' },
  });
  return readEngagementFile(out.bytes, { file: out.fileName });
}

/** The pseudonymised user name of the export's first device. */
function firstUserName(rows: readonly unknown[]): string {
  const [first] = rows as { userName: string }[];
  return first.userName;
}

describe('reverse table recorded at a pseudonymised export', () => {
  it('finds the original of a pseudonym of the export, in this engagement only', async () => {
    expect(await revealInEngagement(db, source, 'P-AAAAAAAA')).toEqual({ status: 'unknown' });
    const { content } = await pseudonymisedFile();
    const devices = content.batches.find((batch) => batch.dataset === 'devices');
    const pseudonym = firstUserName(devices?.rows ?? []);

    expect(pseudonym).toMatch(/^P-/);
    expect(await revealInEngagement(db, source, pseudonym)).toEqual({
      status: 'found',
      value: 'Agent Numéro 0',
    });

    const other = await storeDemo(db, demoFixture(10), { seed: 2 });
    expect(await revealInEngagement(db, other, pseudonym)).toEqual({ status: 'unknown' });
  });

  it('leaves the table out of the exported file', async () => {
    const { content } = await pseudonymisedFile();

    expect(content.records).toEqual([]);
    expect(JSON.stringify(content)).not.toContain('reverse-table');
  });
});
