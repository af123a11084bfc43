import { describe, expect, it } from 'vitest';

import { KeyedRows } from '@core/reconcile/keyed-rows';

interface Charge {
  line: string;
  month: string;
  total: number;
}

const charge = (line: string, month: string, total: number): Charge => ({ line, month, total });
const key = (row: Charge) => [row.line, row.month] as const;

describe('rows held by a two-part key', () => {
  it('keep the order keys were first met, a later row taking its key’s place', () => {
    const rows = new KeyedRows(key);
    for (const row of [
      charge('+331', '2026-01', 1),
      charge('+332', '2026-01', 2),
      charge('+331', '2026-02', 3),
      charge('+331', '2026-01', 4),
    ]) {
      rows.add(row);
    }

    expect(rows.result().map((r) => r.total)).toEqual([4, 2, 3]);
  });

  it('combine a later row with the earlier one when asked', () => {
    const rows = new KeyedRows(key, (a: Charge, b: Charge) => ({ ...a, total: a.total + b.total }));
    rows.add(charge('+331', '2026-01', 10));
    rows.add(charge('+331', '2026-01', 5));

    expect(rows.result()).toEqual([charge('+331', '2026-01', 15)]);
  });

  it('tell keys apart whose joined text would be the same', () => {
    const rows = new KeyedRows(key);
    rows.add(charge('a|b', 'c', 1));
    rows.add(charge('a', 'b|c', 2));

    expect(rows.result()).toHaveLength(2);
  });
});
