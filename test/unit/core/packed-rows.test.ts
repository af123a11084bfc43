import { describe, expect, it } from 'vitest';

import { isPackedRows, packRows, unpackRows } from '@core/model/packed-rows';

describe('rows packed column by column', () => {
  it('give back the same rows, nulls, nested values and missing fields included', () => {
    const rows = [
      { lineNumber: '+33600000001', plan: null, totalExVat: 19.99, origin: { plan: 'a.csv' } },
      { lineNumber: '+33600000002', totalExVat: 0, tags: ['x', 'y'] },
      { lineNumber: '+33600000003', plan: 'Pro', totalExVat: -4.5 },
    ];

    const packed = packRows(rows);

    expect(isPackedRows(packed)).toBe(true);
    expect(unpackRows(structuredClone(packed))).toStrictEqual(rows);
  });

  it('store each field name once, whatever the number of rows', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ number: `+33${i}`, used: i % 2 === 0 }));

    const packed = packRows(rows);

    expect(isPackedRows(packed) && packed.fields).toEqual(['number', 'used']);
    expect(JSON.stringify(packed).split('"used"')).toHaveLength(2);
  });

  it('hold a repeated text column as its distinct values and a code per row', () => {
    const months = ['2026-01', '2026-02', null];
    const rows = Array.from({ length: 300 }, (_, i) => ({ period: months[i % 3], total: i }));

    const packed = packRows(rows);

    if (!isPackedRows(packed)) throw new Error('not packed');
    expect(packed.columns[0]).toMatchObject({ dict: months });
    expect(unpackRows(structuredClone(packed))).toStrictEqual(rows);
  });

  it('hold a column of numbers as one typed array, every number read back as it was', () => {
    const values = [19.99, -0, NaN, 0.1 + 0.2, Number.MAX_VALUE, -4.5, 3];
    const rows = values.map((amount, i) => ({
      amount,
      count: i - 3,
      big: i === 0 ? 2 ** 31 : i,
      minusZero: i === 0 ? -0 : 1,
      note: i > 2 ? null : 1,
    }));

    const packed = packRows(rows);

    if (!isPackedRows(packed)) throw new Error('not packed');
    expect(packed.columns[0]).toBeInstanceOf(Float64Array);
    expect(packed.columns[1]).toBeInstanceOf(Int32Array);
    expect(packed.columns[2]).toBeInstanceOf(Float64Array);
    expect(packed.columns[3]).toBeInstanceOf(Float64Array);
    expect(Array.isArray(packed.columns[4])).toBe(true);
    const back = unpackRows(structuredClone(packed)) as typeof rows;
    expect(back).toStrictEqual(rows);
    expect(Object.is(back[1].amount, -0)).toBe(true);
    expect(Object.is(back[0].minusZero, -0)).toBe(true);
  });

  it('leave a number column with a missing value as a list, the missing field still missing', () => {
    const rows = [{ a: 1.5, b: 2 }, { a: 3 }, { b: 4, a: 5 }];

    const packed = packRows(rows);

    if (!isPackedRows(packed)) throw new Error('not packed');
    expect(packed.fields).toEqual(['a', 'b']);
    expect(packed.columns[0]).toBeInstanceOf(Float64Array);
    expect(Array.isArray(packed.columns[1])).toBe(true);
    expect(unpackRows(structuredClone(packed))).toStrictEqual(rows);
  });

  it('give back any mix of numbers, text, nulls and missing fields as it was', () => {
    const pick = (i: number, j: number): unknown =>
      [1.5, -0, 'x', null, undefined, 7, { n: j }, 'y'][(i * 7 + j * 3 + ((i * j) % 5)) % 8];
    for (let shape = 0; shape < 40; shape++) {
      const rows = Array.from({ length: 1 + (shape % 9) }, (_, i) => {
        const row: Record<string, unknown> = {};
        for (const [j, field] of ['a', 'b', 'c'].entries()) {
          const value = pick(i + shape, j + shape);
          if (value !== undefined) row[field] = value;
        }
        return row;
      });

      expect(unpackRows(structuredClone(packRows(rows)))).toStrictEqual(rows);
    }
  });

  it("read a field named like one of Object's only where the row lists it", () => {
    const rows: Record<string, unknown>[] = [{ key: 'A', toString: 'x' }, { key: 'B' }];

    expect(unpackRows(structuredClone(packRows(rows)))).toStrictEqual(rows);
  });

  it('hold nested values as JSON text, equal ones read back as one frozen object', () => {
    const origin = (id: string) => ({ sources: [{ importId: id, managed: true }], fields: {} });
    const rows = Array.from({ length: 10 }, (_, i) => ({
      key: `D${i}`,
      origin: origin(i < 8 ? 'intune' : `jamf-${i}`),
    }));

    const packed = packRows(rows);

    if (!isPackedRows(packed)) throw new Error('not packed');
    expect(packed.columns[1]).toMatchObject({ json: true });
    const back = unpackRows(structuredClone(packed)) as typeof rows;
    expect(back).toStrictEqual(rows);
    expect(back[0].origin).toBe(back[7].origin);
    expect(Object.isFrozen(back[0].origin.sources[0])).toBe(true);
  });

  it('keep values JSON would change (dates, undefined inside) as they are', () => {
    const rows = [
      { key: 'A', seen: new Date('2026-01-02T00:00:00Z'), extra: { note: undefined } },
      { key: 'B', seen: new Date('2026-01-03T00:00:00Z'), extra: { note: undefined } },
    ];

    const back = unpackRows(structuredClone(packRows(rows))) as typeof rows;

    expect(back[0].seen).toBeInstanceOf(Date);
    expect(back[1].seen.toISOString()).toBe('2026-01-03T00:00:00.000Z');
    expect('note' in back[0].extra).toBe(true);
  });

  it('keep rows that are not plain objects as a plain list', () => {
    const rows = [
      ['a', 'b'],
      ['c', 'd'],
    ];

    expect(packRows(rows)).toEqual(rows);
    expect(unpackRows(rows)).toBe(rows);
  });

  it('read a damaged slice as no rows, and never write through a prototype field', () => {
    expect(unpackRows({ packed: 1, fields: ['a'], columns: [[1, 2]], count: 3 })).toEqual([]);
    expect(unpackRows('rows')).toEqual([]);
    const badJson = { packed: 1, fields: ['o'], columns: [{ json: ['{"a":'] }], count: 1 };
    expect(unpackRows(badJson)).toEqual([]);
    const badCode = { dict: ['a'], codes: Uint16Array.of(0, 4) };
    expect(unpackRows({ packed: 1, fields: ['a'], columns: [badCode], count: 2 })).toEqual([]);

    const hostile = { packed: 1, fields: ['__proto__', 'a'], columns: [[{ x: 1 }], [2]], count: 1 };
    const [row] = unpackRows(hostile) as Record<string, unknown>[];

    expect(row).toStrictEqual({ a: 2 });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});
