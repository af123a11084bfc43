import { describe, expect, it } from 'vitest';

import {
  absent,
  anyText,
  count,
  countOrNull,
  finite,
  finiteOrNull,
  flag,
  matching,
  oneOf,
  passesCheck,
  someText,
  trimmedText,
} from '@core/import/map/field-checks';
import type { FieldCheck } from '@core/import/map/field-checks';

const month = matching(/^\d{4}-\d{2}$/, false);
const monthOrNull = matching(/^\d{4}-\d{2}$/, true);

describe('field checks pass only what the schema would keep as it is', () => {
  it.each<[string, FieldCheck, unknown[], unknown[]]>([
    ['anyText', anyText, ['', ' a ', null], [undefined, 1]],
    ['trimmedText', trimmedText, ['a b', '', null, 'été'], [' a', 'a\u00a0', 1]],
    ['someText', someText, ['a'], ['', null]],
    ['finite', finite, [0, -0, -4.5], [NaN, Infinity, null, '1']],
    ['count', count, [0, -0, 3.5], [-1, NaN, null]],
    ['finiteOrNull', finiteOrNull, [null, -2], [undefined, Infinity]],
    ['countOrNull', countOrNull, [null, 2], [-2, undefined]],
    ['flag', flag, [true, false], [0, null]],
    ['absent', absent, [undefined], [null, {}]],
    ['oneOf', oneOf(['ios', 'android']), ['ios'], ['IOS', null]],
    ['matching', month, ['2024-02', '2024-02'], ['2024-2', null, 202402]],
    ['matching or null', monthOrNull, [null, '2024-03'], ['march', undefined]],
  ])('%s', (_name, check, kept, refused) => {
    for (const value of kept) expect(passesCheck(check, value)).toBe(true);
    for (const value of refused) expect(passesCheck(check, value)).toBe(false);
  });
});
