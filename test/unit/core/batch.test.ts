import { describe, expect, it } from 'vitest';

import { chunkRows } from '@core/model/batch';

describe('chunkRows', () => {
  it('cuts rows into full batches and a last partial one, keeping order', () => {
    const rows = Array.from({ length: 2501 }, (_, i) => i);

    const chunks = chunkRows(rows, 1000);

    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 501]);
    expect(chunks.flat()).toEqual(rows);
  });

  it('returns no batch for no rows', () => {
    expect(chunkRows([])).toEqual([]);
  });
});
