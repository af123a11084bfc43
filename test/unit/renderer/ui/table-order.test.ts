import { describe, expect, it } from 'vitest';

import { orderByRank, rankKeys } from '@renderer/components/table/table-order';

const collator = new Intl.Collator('fr', { numeric: true });

describe('sorting a table column', () => {
  it('puts 9 before 10 and ignores case', () => {
    const keys = ['item10', 'Item9', 'ITEM1', 'item2b'];

    const ranks = rankKeys(keys, collator);

    expect(orderByRank(ranks, 'ascending').map((i) => keys[i])).toEqual([
      'ITEM1',
      'item2b',
      'Item9',
      'item10',
    ]);
  });

  it('ranks numbers before text, blanks last in both directions', () => {
    const keys = ['Éléonore', 12, null, 'alice', 3, '', 'Zoé'];

    const ranks = rankKeys(keys, collator);

    expect(orderByRank(ranks, 'ascending').map((i) => keys[i])).toEqual([
      3,
      12,
      'alice',
      'Éléonore',
      'Zoé',
      null,
      '',
    ]);
    expect(orderByRank(ranks, 'descending').map((i) => keys[i])).toEqual([
      'Zoé',
      'Éléonore',
      'alice',
      12,
      3,
      null,
      '',
    ]);
  });
});
