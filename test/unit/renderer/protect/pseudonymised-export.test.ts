import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readEngagementFile } from '@core/engagement-file/read';
import type { EngagementId } from '@core/model/ids';
import type { FleetDb } from '@renderer/store/db';
import { putRecord } from '@renderer/store/owned';
import { exportEngagementFile } from '@renderer/tasks/engagement-file-export';
import { engagementRegister } from '@renderer/tasks/engagement-file-register';
import { storeDemo } from '@renderer/tasks/store-demo';

import { demoFixture } from '../support/demo-fixture';
import { freshDb } from '../support/test-db';

let db: FleetDb;
let source: EngagementId;

beforeEach(async () => {
  db = freshDb();
  const demo = demoFixture(40);
  demo.devices = demo.devices.map((device, i) => ({
    ...device,
    serial: device.key,
    userName: `Agent Numéro ${i}`,
    userEmail: `agent.${i}@client.fr`,
  }));
  source = await storeDemo(db, demo, { seed: 1 });
  await putRecord(source, 'interview', 'i1', { text: 'Entretien avec Agent Numéro 3' }, db);
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

describe('pseudonymised export', () => {
  it('carries no name, e-mail, serial or number of the fleet', async () => {
    const { content } = await pseudonymisedFile();

    const json = JSON.stringify(content);
    expect(json).not.toMatch(/Agent Numéro|agent\.\d+@|DEMO-\d+|\+336000000/);
    expect(content.engagement.name).toBe('Mission (pseudonymisée)');
    expect(content.records).toEqual([]);
    expect(content.batches.flatMap((batch) => batch.rows)).toHaveLength(40 + 30 + 60);
  });

  it('gives the same pseudonyms at every export of the engagement', async () => {
    const first = await pseudonymisedFile();
    const second = await pseudonymisedFile();

    expect(second.content.batches).toEqual(first.content.batches);
  });

  it('lists in the register the personal fields each import brought', async () => {
    const register = await engagementRegister(db, source);

    const devices = register.find((entry) => entry.dataset === 'devices');
    expect(devices?.fields.map((field) => [field.field, field.rows])).toEqual([
      ['userName', 40],
      ['userEmail', 40],
      ['serial', 40],
      ['key', 40],
    ]);
  });
});
