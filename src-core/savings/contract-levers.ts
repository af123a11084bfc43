import type { ContractTermsRow } from '@core/kpi/inputs';
import { daysBetween } from '@core/reference/dates';

import { cents, recommendation } from './assemble';
import { monthKeys, monthlyCharges, operatorKey } from './line-charges';
import type { CostWindow } from './line-charges';
import type { SavingDetail, SavingRecommendation, SavingsInput } from './types';

// What an operator's contract does to the recommendations on its lines: the clause de
// respiration lets a share of the lines go without penalty each contract year; ending lines
// before the commitment's end costs a penalty beyond that share; and a committed minimum spend
// is billed anyway, so savings that take the spend below it are partly lost.

/** Whole calendar months from one ISO day to a later one (30 Nov to 31 May: 6). */
function wholeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** Lines recommended for termination, with the euros each one saves per month. */
function terminations(
  found: readonly SavingRecommendation[],
  window: CostWindow,
): Map<string, number> {
  const ended = new Map<string, number>();
  for (const saving of found) {
    if (saving.kind === 'terminate') ended.set(saving.lineNumber, saving.monthly);
    for (const number of saving.detail?.terminatedLines ?? []) {
      ended.set(number, monthlyCharges(window, number));
    }
  }
  return ended;
}

/** What each line's recommendations take off its monthly spend. */
function reductions(found: readonly SavingRecommendation[], window: CostWindow) {
  const reduced = terminations(found, window);
  for (const saving of found) {
    if (saving.kind === 'downgrade' || saving.kind === 'upgrade') {
      reduced.set(saving.lineNumber, saving.monthly);
    }
  }
  return reduced;
}

/** Operator of each line: the inventory's, else the one its invoices name. */
function operatorOfLines(input: SavingsInput, window: CostWindow): Map<string, string> {
  const operators = new Map<string, string>();
  const billed = new Set(window.lines.keys());
  for (const row of input.invoices) {
    if (billed.has(row.lineNumber) && row.operator) {
      operators.set(row.lineNumber, operatorKey(row.operator));
    }
  }
  for (const line of window.inventory.values()) {
    if (line.operator && line.status !== 'terminated') {
      operators.set(line.number, operatorKey(line.operator));
    }
  }
  return operators;
}

/** One row per operator: the one whose commitment ends last. */
function termsByOperator(rows: readonly ContractTermsRow[]): ContractTermsRow[] {
  const kept = new Map<string, ContractTermsRow>();
  for (const row of rows) {
    const key = operatorKey(row.operator);
    const other = kept.get(key);
    if (!other || (row.contractEnd ?? '') > (other.contractEnd ?? '')) kept.set(key, row);
  }
  return [...kept.values()];
}

/** The contract levers of every operator the consultant entered terms for. */
export function contractLevers(
  input: SavingsInput,
  window: CostWindow,
  found: readonly SavingRecommendation[],
): SavingRecommendation[] {
  const rows = input.inputs?.['contract-terms'] ?? [];
  if (rows.length === 0) return [];

  const operators = operatorOfLines(input, window);
  const ended = terminations(found, window);
  const reduced = reductions(found, window);
  const levers: SavingRecommendation[] = [];

  for (const terms of termsByOperator(rows)) {
    const key = operatorKey(terms.operator);
    const lines = [...operators].filter(([, operator]) => operator === key).map(([n]) => n);
    const own = new Set(lines);
    // Largest saving first: the clause is best spent on the dearest lines.
    const ending = [...ended]
      .filter(([number]) => own.has(number))
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([number]) => number);
    const facts = { terms, lines, ending, window };

    levers.push(...respiration(facts), ...commitmentEnd(facts, input.referenceDate));
    levers.push(...minimumRevenue(facts, reduced));
  }
  return levers;
}

interface OperatorFacts {
  terms: ContractTermsRow;
  lines: string[];
  /** The operator's lines recommended for termination, largest saving first. */
  ending: string[];
  window: CostWindow;
}

/** A lever on one operator's contract, proved by the line-months of the lines it names. */
function lever(
  kind: 'respiration' | 'contract-end' | 'minimum-revenue',
  facts: OperatorFacts,
  idTail: string,
  monthly: number,
  proving: readonly string[],
  detail: SavingDetail,
): SavingRecommendation {
  const { terms, window } = facts;
  return recommendation({
    id: `${kind}:${terms.operator}:${idTail}`,
    kind,
    lineNumber: terms.operator,
    operator: terms.operator,
    monthly,
    months: window.periods.length,
    evidence: proving.flatMap((number) => monthKeys(window, number)),
    detail: { lines: facts.lines.length, ...detail },
  });
}

/** Lines the clause lets go without penalty this contract year. */
function allowanceOf({ terms, lines }: OperatorFacts): number {
  return Math.floor((terms.respirationPct / 100) * lines.length);
}

function respiration(facts: OperatorFacts): SavingRecommendation[] {
  const { terms, ending } = facts;
  const allowance = allowanceOf(facts);
  if (allowance === 0 || ending.length === 0) return [];

  const freed = ending.slice(0, allowance);
  return [
    lever('respiration', facts, String(freed.length), 0, freed, {
      respirationPct: terms.respirationPct,
      allowance,
      terminations: ending.length,
      terminatedLines: freed,
    }),
  ];
}

function commitmentEnd(facts: OperatorFacts, referenceDate: string): SavingRecommendation[] {
  const { terms, ending } = facts;
  if (!terms.contractEnd) return [];

  const from = referenceDate.slice(0, 10);
  const running = daysBetween(from, terms.contractEnd) > 0;
  const beyond = running ? ending.slice(allowanceOf(facts)) : [];
  return [
    lever('contract-end', facts, terms.contractEnd, 0, beyond, {
      contractEnd: terms.contractEnd,
      running,
      monthsLeft: running ? wholeMonths(from, terms.contractEnd) : 0,
      terminations: ending.length,
      allowance: allowanceOf(facts),
      excess: beyond.length,
      penalty: cents(beyond.length * terms.penaltyPerLine),
      terminatedLines: beyond,
    }),
  ];
}

function minimumRevenue(
  facts: OperatorFacts,
  reduced: ReadonlyMap<string, number>,
): SavingRecommendation[] {
  const { terms, lines, window } = facts;
  const months = window.periods.length;
  if (terms.minimumMonthly <= 0 || months === 0) return [];

  let total = 0;
  let reduction = 0;
  const cutting: string[] = [];
  for (const number of lines) {
    for (const month of window.lines.get(number)?.months ?? []) total += month.totalExVat;
    const cut = reduced.get(number) ?? 0;
    if (cut > 0) {
      reduction += cut;
      cutting.push(number);
    }
  }
  const spend = total / months;
  const after = spend - reduction;
  const shortfall = Math.min(reduction, Math.max(0, terms.minimumMonthly - after));
  if (shortfall <= 0) return [];

  return [
    lever('minimum-revenue', facts, String(terms.minimumMonthly), -shortfall, cutting, {
      minimumMonthly: terms.minimumMonthly,
      spendMonthly: cents(spend),
      spendAfter: cents(after),
    }),
  ];
}
