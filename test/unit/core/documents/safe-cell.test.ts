import { describe, expect, it } from 'vitest';

import { looksLikeFormula, neutraliseCell } from '@core/documents/safe-cell';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+cmd|/C calc', "'+cmd|/C calc"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('puts an apostrophe before %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['+33 6 12 34 56 78', '+33612345678', '-12,50', 'Marie', '', 'a=b', ' =1'])(
    'leaves %j as typed',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
      expect(looksLikeFormula(input)).toBe(false);
    },
  );
});
