import type { Line } from '@core/model/line';

import { lineStatusFrom } from './enums';
import type { RowReader } from './cells';
import { LINE_SHAPE } from './shapes';
import { validatedRow } from './validated';

/** Builds one line from a row; its number, in E.164, is the key, so a bad one rejects the row. */
export function toLine(cells: RowReader, operator: string | null): Line | null {
  const field = cells.text('number') !== null ? 'number' : 'lineNumber';
  const number = cells.phone(field, 'error');

  if (!number) {
    if (!cells.rejected) cells.reject('import-row-no-key', field);
    return null;
  }

  const line = {
    number,
    operator: cells.text('operator') ?? operator,
    accountNumber: cells.text('accountNumber'),
    userName: cells.text('userName'),
    userEmail: cells.text('userEmail'),
    department: cells.text('department'),
    costCenter: cells.text('costCenter'),
    plan: cells.text('plan'),
    planPrice: cells.amount('planPrice'),
    dataAllowanceMb: cells.quantity('dataAllowanceMb', 'mb'),
    voiceAllowanceMin: cells.quantity('voiceAllowanceMin', 'minutes'),
    status: lineStatusFrom(cells.text('status') ?? 'active'),
    activationDate: cells.date('activationDate'),
    imei: cells.imei('imei'),
  };

  return validatedRow(line, LINE_SHAPE, cells);
}
