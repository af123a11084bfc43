import { describe, expect, it } from 'vitest';

import { parseTyped } from '../../../../src-renderer/features/vendors/NumberField';

describe('typed weights and prices', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 10 ', 10],
    ['0', 0],
  ])('reads %s as %s', (text, value) => {
    expect(parseTyped(text)).toBe(value);
  });

  it.each(['', 'abc', '2,5,1', '1e3'])('refuses %j', (text) => {
    expect(parseTyped(text)).toBeNull();
  });
});
