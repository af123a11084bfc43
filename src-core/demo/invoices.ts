// Twelve monthly invoice rows per billed line, drawn from the line's usage profile: traffic
// relative to the plan's allowance, out-of-plan charges when it overflows, options and the odd
// one-off fee. Amounts are in euros excluding VAT, rounded to the cent as operators bill them.

import type { PlannedLine, UsagePattern } from './line-plan';
import type { PlanUse } from './plans';
import type { Random } from './random';
import type { InvoiceRow } from '../model/invoice';
import type { YearMonth } from '../model/ids';

/** Each started extra gigabyte is sold as a recharge; extra minutes are billed one by one. */
const DATA_RECHARGE_MB = 1024;
const DATA_RECHARGE_PRICE = 5;
const EXTRA_MINUTE_PRICE = 0.2;

/** Minutes a month on an unlimited plan, by plan size. */
const UNLIMITED_VOICE_MINUTES: Partial<Record<PlanUse, number>> = {
  light: 150,
  medium: 320,
  heavy: 650,
};

/** Share of the data allowance used in an average month, by pattern: [mean, spread, low, high]. */
const DATA_SHARE: Record<UsagePattern, [number, number, number, number]> = {
  normal: [0.4, 0.15, 0.15, 0.85],
  underUsed: [0.04, 0.02, 0.005, 0.075],
  overPlan: [1.2, 0.1, 1.06, 1.5],
  // Before going silent, an idle line was used like any other.
  idle: [0.35, 0.15, 0.15, 0.85],
};

interface LineLevels {
  dataShare: number;
  voiceMinutes: number;
  sms: number;
}

/** Rows for every line not terminated, oldest month first within each line. */
export function createInvoices(
  random: Random,
  lines: readonly PlannedLine[],
  periods: readonly YearMonth[],
): InvoiceRow[] {
  return lines
    .filter((planned) => planned.line.status !== 'terminated')
    .flatMap((planned) => lineRows(random, planned, periods));
}

function lineRows(
  random: Random,
  planned: PlannedLine,
  periods: readonly YearMonth[],
): InvoiceRow[] {
  const levels = lineLevels(random, planned);
  const firstIdle = periods.length - planned.usage.idleMonths;

  return periods.map((period, index) => {
    const idle = index >= firstIdle;
    return monthRow(random, planned, levels, period, idle);
  });
}

function lineLevels(random: Random, { plan, usage }: PlannedLine): LineLevels {
  const [mean, spread, low, high] = DATA_SHARE[usage.pattern];
  const dataShare = random.normal(mean, spread, low, high);

  if (plan.voiceMin === 0) return { dataShare, voiceMinutes: 0, sms: 0 };

  const quiet = usage.pattern === 'underUsed';
  const voiceMinutes =
    plan.voiceMin === null
      ? (UNLIMITED_VOICE_MINUTES[plan.use] ?? 300) * random.normal(1, 0.35, 0.2, 2.2)
      : plan.voiceMin * random.normal(0.5, 0.2, 0.1, usage.pattern === 'overPlan' ? 1.4 : 0.8);

  return {
    dataShare,
    voiceMinutes: quiet ? voiceMinutes * random.between(0.02, 0.1) : voiceMinutes,
    sms: quiet ? random.int(0, 5) : random.int(5, 120),
  };
}

function monthRow(
  random: Random,
  { line, plan, usage }: PlannedLine,
  levels: LineLevels,
  period: YearMonth,
  idle: boolean,
): InvoiceRow {
  // French offices empty out in August: less traffic, far fewer calls.
  const august = period.endsWith('-08');
  const steady = usage.pattern === 'overPlan' ? 0.06 : 0.12;
  const month = random.normal(1, steady, 1 - 2 * steady, 1 + 2 * steady);
  const dataMb = idle
    ? 0
    : Math.round(plan.dataMb * levels.dataShare * month * (august ? 0.85 : 1));
  const voiceMin = idle ? 0 : Math.round(levels.voiceMinutes * month * (august ? 0.6 : 1));
  const sms = idle ? 0 : Math.round(levels.sms * month);

  const outOfPlan = cents(
    overflowCharge(plan.dataMb, plan.voiceMin, dataMb, voiceMin) + extraCharge(random, usage, idle),
  );
  const oneOff = !idle && random.chance(0.01) ? random.pick([10, 15, 25]) : 0;
  const planCharge = plan.price;

  return {
    lineNumber: line.number,
    period,
    // The demo's operators bill each month's plan and usage on that month's invoice.
    billingPeriod: null,
    operator: line.operator,
    plan: plan.name,
    planCharge,
    dataMb,
    voiceMin,
    sms,
    outOfPlan,
    options: usage.options,
    oneOff,
    totalExVat: cents(planCharge + outOfPlan + usage.options + oneOff),
  };
}

function overflowCharge(
  dataAllowance: number,
  voiceAllowance: number | null,
  dataMb: number,
  voiceMin: number,
): number {
  const extraData = Math.max(0, dataMb - dataAllowance);
  const extraVoice = voiceAllowance === null ? 0 : Math.max(0, voiceMin - voiceAllowance);

  return (
    Math.ceil(extraData / DATA_RECHARGE_MB) * DATA_RECHARGE_PRICE + extraVoice * EXTRA_MINUTE_PRICE
  );
}

/** Calls abroad and premium numbers: frequent on over-plan lines, rare elsewhere. */
function extraCharge(random: Random, usage: PlannedLine['usage'], idle: boolean): number {
  if (idle) return 0;

  if (usage.pattern === 'overPlan') return random.chance(0.3) ? random.between(8, 60) : 0;

  return random.chance(0.015) ? random.between(0.5, 9) : 0;
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
