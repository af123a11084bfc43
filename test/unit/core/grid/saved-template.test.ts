import { describe, expect, it } from 'vitest';

import type { Grid } from '@core/grid/grid';
import type { GridId, TemplateId } from '@core/grid/ids';
import {
  gridFromSavedTemplate,
  restoreSavedTemplate,
  templateFromGrid,
} from '@core/grid/saved-template';

import { criteria, eid, scores, vid } from './build';

const source: Grid = {
  schemaVersion: 1,
  id: 'g1' as GridId,
  name: 'Client A',
  weightMode: 'percent',
  libraryVersion: '2026.1',
  criteria: criteria([
    ['a', 60, 3],
    ['b', 40],
  ]),
  vendors: [{ id: vid('x'), name: 'X', publisher: '', libraryId: null, notes: '' }],
  evaluators: [{ id: eid('e'), name: 'E', role: '' }],
  scores: scores({ e: { x: { a: 4 } } }),
  fleet: { devices: 10, users: 5 },
  costs: [],
};

describe('saved grid templates', () => {
  it('keep criteria, weights and must-haves but no scores, through the library store', () => {
    const saved = templateFromGrid(source, 't1' as TemplateId, ' Sécurité ', '2026-12-01');
    const restored = restoreSavedTemplate(JSON.parse(JSON.stringify(saved)));

    expect(restored).toMatchObject({ name: 'Sécurité', weightMode: 'percent' });
    expect(restored.criteria.map((c) => [c.id, c.weight, c.mustHave])).toEqual([
      ['a', 60, { threshold: 3 }],
      ['b', 40, null],
    ]);
    expect(JSON.stringify(restored)).not.toContain('"value"');
  });

  it('start another grid with the template weights and fresh vendors, unscored', () => {
    const saved = templateFromGrid(source, 't1' as TemplateId, 'T', '2026-12-01');
    const vendors = [{ id: vid('y'), name: 'Y', publisher: '', libraryId: null, notes: '' }];
    const next = gridFromSavedTemplate(saved, 'g2' as GridId, 'Client B', vendors);

    expect(next).toMatchObject({ id: 'g2', name: 'Client B', weightMode: 'percent' });
    expect(next.criteria.map((c) => c.weight)).toEqual([60, 40]);
    expect(next.vendors.map((v) => v.name)).toEqual(['Y']);
    expect(next.scores).toEqual([]);
    expect(next.evaluators).toEqual([]);
  });
});
