import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';

import { createEngagement, getEngagement } from '@renderer/store/engagements';
import { SCHEMA_VERSIONS } from '@renderer/store/versions';
import type { SchemaVersion } from '@renderer/store/versions';

import { freshDb } from '../support/test-db';

describe('schema versions', () => {
  it("open a database written by today's version and run a later upgrade on its records", async () => {
    const factory = new IDBFactory();
    const v1 = freshDb(factory);
    const next = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version + 1;
    const id = await createEngagement({ name: 'Acme' }, v1);
    v1.close();

    const v2: SchemaVersion = {
      version: next,
      stores: { checklists: 'id, engagementId' },
      upgrade: async (tx) => {
        await tx
          .table('engagements')
          .toCollection()
          .modify((e: { consultant: string }) => {
            e.consultant = 'set by the upgrade';
          });
      },
    };
    const upgraded = freshDb(factory, [...SCHEMA_VERSIONS, v2]);

    expect(await getEngagement(id, upgraded)).toMatchObject({
      name: 'Acme',
      consultant: 'set by the upgrade',
    });
    expect(upgraded.tables.map((t) => t.name)).toContain('checklists');
    upgraded.close();
  });

  it("open a database written by version 1 with today's schema, keeping its engagements", async () => {
    const factory = new IDBFactory();
    const v1 = freshDb(factory, SCHEMA_VERSIONS.slice(0, 1));
    const id = await createEngagement({ name: 'Écrite en v1' }, v1);
    v1.close();

    const today = freshDb(factory);

    expect(await getEngagement(id, today)).toMatchObject({ name: 'Écrite en v1' });
    expect(today.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['records', 'attachments', 'library']),
    );
    today.close();
  });
});
