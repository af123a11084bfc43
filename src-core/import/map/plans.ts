import { restorePlan } from '@core/model/plan';
import type { Plan } from '@core/model/plan';

import type { FieldId } from '../recognise/fields';
import type { QuantityKind, RowReader } from './cells';
import { validated } from './devices';

const UNLIMITED = /illimit|unlimited|ilimitad/i;
const NO_COMMITMENT = /^(sans( engagement)?|aucun|none|no commitment|-)$/i;
const MONTHS = /^(\d+)\s*(mois|months?|m)?$/i;

/**
 * Builds one catalogue plan from a row. Operator, name, price and data allowance are required:
 * a plan missing one cannot be offered, so the row is rejected with the field at fault.
 */
export function toPlan(cells: RowReader, operator: string | null): Plan | null {
  const name = cells.text('plan');
  if (!name) return rejected(cells, 'import-plan-no-name', 'plan');

  const planOperator = cells.text('operator') ?? operator;
  if (!planOperator) return rejected(cells, 'import-plan-no-operator', 'operator');

  const price = cells.amount('planPrice', 'error');
  if (price === null) return rejected(cells, 'import-plan-no-price', 'planPrice');

  if (cells.text('dataAllowanceMb') === null) {
    return rejected(cells, 'import-plan-no-data', 'dataAllowanceMb');
  }

  const plan = {
    operator: planOperator,
    plan: name,
    planCode: cells.text('planCode'),
    planPrice: price,
    dataAllowanceMb: allowance(cells, 'dataAllowanceMb', 'mb', 'error'),
    voiceAllowanceMin: allowance(cells, 'voiceAllowanceMin', 'minutes', 'warning'),
    smsAllowance: allowance(cells, 'smsAllowance', 'count', 'warning'),
    commitmentMonths: commitment(cells),
  };

  return validated(() => restorePlan(plan), cells);
}

function rejected(
  cells: RowReader,
  code: Parameters<RowReader['reject']>[0],
  field: FieldId,
): null {
  if (!cells.rejected) cells.reject(code, field);
  return null;
}

// `Illimité`, `Appels illimités` and `Unlimited` all mean no cap, which the model writes null.
function allowance(
  cells: RowReader,
  field: FieldId,
  kind: QuantityKind,
  severity: 'error' | 'warning',
): number | null {
  const text = cells.text(field);
  if (text === null || UNLIMITED.test(text)) return null;
  return cells.quantity(field, kind, severity);
}

// Annexes write `24`, `24 mois`, `12 months` or `Sans engagement`.
function commitment(cells: RowReader): number | null {
  const text = cells.text('commitmentMonths');
  if (text === null) return null;
  if (NO_COMMITMENT.test(text)) return 0;

  const months = MONTHS.exec(text);
  return months ? Number(months[1]) : cells.quantity('commitmentMonths');
}
