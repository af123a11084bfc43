import { describe, expect, it } from 'vitest';

import { restoreGrid } from '@core/grid/grid';

const score = (evaluatorId: string, vendorId: string, criterionId: string, value: unknown) => ({
  evaluatorId,
  vendorId,
  criterionId,
  value,
});

describe('restoreGrid', () => {
  it('fills defaults for a grid stored with only its id', () => {
    const restored = restoreGrid({ id: 'g1' });

    expect(restored).toMatchObject({
      schemaVersion: 1,
      weightMode: 'points',
      criteria: [],
      scores: [],
      fleet: { devices: 0, users: 0 },
    });
  });

  it('drops dangling and invalid records, keeps the last score of a cell', () => {
    const restored = restoreGrid({
      id: 'g1',
      criteria: [
        { id: 'c1', group: 'security', label: { fr: 'Sécu', en: 'Security' }, weight: 2 },
        { id: 'c1', group: 'cost', label: { fr: 'Doublon', en: 'Duplicate' }, weight: 9 },
        { id: 'c2', group: 'not-a-group', label: { fr: 'x', en: 'x' } },
      ],
      vendors: [{ id: 'A', name: 'Intune' }],
      evaluators: [{ id: 'e1', name: 'Alice' }],
      scores: [
        score('e1', 'A', 'c1', 2),
        score('e1', 'A', 'c1', 4),
        score('e1', 'B', 'c1', 5),
        score('e1', 'A', 'c1x', 5),
        score('e1', 'A', 'c1', 9),
      ],
      costs: [{ vendorId: 'Z', monthlyPrice: 5 }],
    });

    expect(restored.criteria.map((c) => [c.id, c.group, c.weight, c.mustHave])).toEqual([
      ['c1', 'security', 2, null],
    ]);
    // 9 is out of 0-5, so it is restored as "not scored", and is the last word on that cell.
    expect(restored.scores.map((s) => s.value)).toEqual([null]);
    expect(restored.costs).toEqual([]);
  });
});
