import { describe, expect, it } from 'vitest';

import { inferDecimalMark, parseAmount } from '@core/import/fields/amounts';
import { excelSerialToIso, inferDayOrder, parseDate } from '@core/import/fields/dates';
import { parseImei } from '@core/import/fields/imei';
import { parsePeriod } from '@core/import/fields/period';
import { parsePhone } from '@core/import/fields/phone';
import { parseDataMb, parseMinutes } from '@core/import/fields/quantities';
import { cleanCell } from '@core/import/table/clean-cell';

describe('parseDate', () => {
  it.each([
    ['2023-02-16', '2023-02-16'],
    ['2023-09-13T09:54:16Z', '2023-09-13T09:54:16Z'],
    ['2017-05-18T14:33:27.55Z', '2017-05-18T14:33:27Z'],
    ['2024-01-15 08:30:12.1234567', '2024-01-15T08:30:12'],
    ['2024-03-01T10:00:00+02:00', '2024-03-01T08:00:00Z'],
    ['2023/02/01', '2023-02-01'],
    ['25/12/2023', '2023-12-25'],
    ['03/01/2024', '2024-01-03'],
    ['25.12.2023 14:05', '2023-12-25T14:05:00'],
    ['Aug 16, 2021', '2021-08-16'],
    ['06-Feb-23', '2023-02-06'],
    ['16 août 2021', '2021-08-16'],
    ['1er janvier 2024', '2024-01-01'],
    ['20230216', '2023-02-16'],
    ['04202023', '2023-04-20'],
    ['44958', '2023-02-01'],
    ['1709251200000', '2024-03-01'],
    ['03/02/2023 7:15 PM', '2023-02-03T19:15:00'],
    ['', null],
    ['0001-01-01', null],
    ['0001-01-01T00:00:00Z', null],
    ['9999-12-31 23:59:59.999999+00:00', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['09/08/21', 'mdy', '2021-09-08'],
    ['09/08/21', 'dmy', '2021-08-09'],
    ['12/25/23', undefined, '2023-12-25'],
  ] as const)('reads %j with order %s as %j', (text, order, expected) => {
    expect(parseDate(text, { order })).toEqual({ ok: true, value: expected });
  });

  it.each(['31/02/2024', '2024-13-01', 'demain', '12/25/2023 25:00', '3.5e+14'])(
    'refuses %j',
    (text) => {
      expect(parseDate(text)).toMatchObject({ ok: false, code: 'import-date-invalid' });
    },
  );

  it('lets a column prove month-first order with one value past the 12th', () => {
    expect(inferDayOrder(['03/04/24', '12/25/23'])).toBe('mdy');
    expect(inferDayOrder(['03/04/24', '25/12/23'])).toBe('dmy');
    expect(inferDayOrder(['03/04/24', '05/06/24'])).toBeNull();
    expect(inferDayOrder(['13/04/24', '12/25/23'])).toBeNull();
  });

  it('converts Excel serials, fractions being the time of day', () => {
    expect(excelSerialToIso(36234)).toBe('1999-03-15');
    expect(excelSerialToIso(44958.5)).toBe('2023-02-01T12:00:00');
    expect(excelSerialToIso(0)).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['1 234,56 €', undefined, 1234.56],
    ['1\u00a0234,56\u00a0€', undefined, 1234.56],
    ['-4\u202f872,00', undefined, -4872],
    ['1,234.56', undefined, 1234.56],
    ['1.234,56', undefined, 1234.56],
    ['-40926.69', undefined, -40926.69],
    ['(12.00)', undefined, -12],
    ['($948.03)', undefined, -948.03],
    ['$0.00', undefined, 0],
    ['.74', undefined, 0.74],
    ['12,5', undefined, 12.5],
    ['1.234.567', undefined, 1234567],
    ['1,234', ',', 1.234],
    ['1,234', '.', 1234],
    ['2266', undefined, 2266],
    ['12.00-', undefined, -12],
    ['', undefined, null],
    ['-', undefined, null],
  ] as const)('reads %j (decimal %s) as %j', (text, decimal, expected) => {
    expect(parseAmount(text, { decimal })).toEqual({ ok: true, value: expected });
  });

  it('refuses a lone separator before three digits when the column proves nothing', () => {
    expect(parseAmount('1,234')).toMatchObject({ ok: false, code: 'import-amount-ambiguous' });
    expect(parseAmount('1.234')).toMatchObject({ ok: false, code: 'import-amount-ambiguous' });
  });

  it('reads bare decimals to the very number JavaScript reads from their text', () => {
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 48271) % 2147483647) % limit;

    for (let n = 0; n < 20_000; n++) {
      const units = String(next(10 ** (1 + next(12))));
      const decimals = [1, 2, 4, 5, 6][next(5)];
      const cents = String(next(10 ** decimals)).padStart(decimals, '0');
      const mark = next(2) === 0 ? ',' : '.';

      const parsed = parseAmount(`${units}${mark}${cents}`);
      expect(parsed).toEqual({ ok: true, value: Number(`${units}.${cents}`) });
    }
  });

  it.each(['abc', '12 € 50 ab', '1,2,3.4.5x'])('refuses %j', (text) => {
    expect(parseAmount(text)).toMatchObject({ ok: false, code: 'import-amount-invalid' });
  });

  it('infers the decimal mark from the values that prove it', () => {
    expect(inferDecimalMark(['1,234', '12,50'])).toBe(',');
    expect(inferDecimalMark(['1,234', '1,234.5'])).toBe('.');
    expect(inferDecimalMark(['1,234', '2266'])).toBeNull();
    expect(inferDecimalMark(['12,50', '12.50'])).toBeNull();
  });
});

describe('parsePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['33612345678', '+33612345678'],
    ['612345678', '+33612345678'],
    ['+1 416 555 0101', '+14165550101'],
    ["'+33712345678", '+33712345678'],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parsePhone(text)).toEqual({ ok: true, value: expected });
  });

  it('reads national numbers of another region when told', () => {
    expect(parsePhone('(416) 555-0101', 'CA')).toEqual({ ok: true, value: '+14165550101' });
  });

  it.each(['3.36123E+10', 'enc-9729345087614266', '12'])('refuses %j', (text) => {
    expect(parsePhone(text)).toMatchObject({ ok: false, code: 'import-phone-invalid' });
  });
});

describe('parseImei', () => {
  it.each([
    ['352099001761481', '352099001761481'],
    ['35 209900 176148 1', '352099001761481'],
    ['35-209900-176148-1', '352099001761481'],
    ['35209900176148', '352099001761481'],
    ['3520990017614800', '352099001761481'],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseImei(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['3.5e+14', 'import-imei-scientific'],
    ['3,52099E+14', 'import-imei-scientific'],
    ['352099001761482', 'import-imei-checksum'],
    ['35209900', 'import-imei-invalid'],
    ['A1000012345678', 'import-imei-invalid'],
  ])('refuses %j with %s', (text, code) => {
    expect(parseImei(text)).toMatchObject({ ok: false, code });
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['202403', '2024-03'],
    ['03/2024', '2024-03'],
    ['03/11', '2011-03'],
    ['mars 2024', '2024-03'],
    ['February 2023', '2023-02'],
    ['févr.-23', '2023-02'],
    ['2023/02/01', '2023-02'],
  ])('reads %j as %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['13/2024', 'Q1 2023', 'bientôt'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toMatchObject({ ok: false, code: 'import-period-invalid' });
  });
});

describe('volumes and durations', () => {
  it.each([
    ['5120', 5120],
    ['5 Go', 5120],
    ['1,5 GB', 1536],
    ['512 Ko', 0.5],
    ['illimité', null],
  ])('reads data %j as %j MB', (text, expected) => {
    expect(parseDataMb(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['150', 150],
    ['2h30', 150],
    ['45 min', 45],
    ['90 s', 1.5],
    ['1:02:30', 62.5],
    ['1053:00', 1053],
    ['Unlimited', null],
  ])('reads duration %j as %j minutes', (text, expected) => {
    expect(parseMinutes(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses a negative volume', () => {
    expect(parseDataMb('-5')).toMatchObject({ ok: false, code: 'import-number-invalid' });
  });
});

describe('cleanCell', () => {
  it.each([
    ["'+33612345678", '+33612345678'],
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-12", '-12'],
    ["'@home", '@home'],
    ["'quoted", "'quoted"],
    ['  padded  ', 'padded'],
    ['a\\|b', 'a|b'],
  ])('turns %j into %j', (text, expected) => {
    expect(cleanCell(text)).toBe(expected);
  });
});
