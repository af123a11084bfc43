// A line as planned: the operator record plus how it is used, which the invoices then follow.

import { HEAD_OFFICE, costCenterOf } from './client';
import { addDays } from './dates';
import { SHARES } from './mix';
import type { Department, Site } from './client';
import type { DemoContext } from './context';
import type { Operator, Plan } from './plans';
import type { Line, LineStatus } from '../model/line';

/** How a line's traffic behaves over the invoice window. */
export type UsagePattern = 'normal' | 'underUsed' | 'overPlan' | 'idle';

export interface UsageProfile {
  pattern: UsagePattern;
  /** Months at the end of the window without any traffic (idle and suspended lines). */
  idleMonths: number;
  /** Monthly option charges excluding VAT (international calls, multi-SIM...). */
  options: number;
}

export interface PlannedLine {
  line: Line;
  plan: Plan;
  usage: UsageProfile;
}

export interface LineDraft {
  number: string;
  operator: Operator;
  plan: Plan;
  /** A person's name, or the label operators show for a shared SIM. */
  holder: string | null;
  email: string | null;
  department: Department;
  site: Site;
  status: LineStatus;
  imei: string | null;
  usage: UsageProfile;
}

const OPTIONS: readonly (readonly [number, number])[] = [
  [6, 5], // international calls
  [4, 3], // multi-SIM
  [5, 2], // data in the rest of the world
];

/** The usual mix for a line in use: mostly normal, some far below their plan, a few above. */
export function drawPattern(context: DemoContext): UsagePattern {
  const { random } = context;
  if (random.chance(SHARES.underUsed)) return 'underUsed';

  return random.chance(SHARES.overPlan) ? 'overPlan' : 'normal';
}

/** A usage profile with the pattern given and options drawn. */
export function usageProfile(
  context: DemoContext,
  pattern: UsagePattern,
  idleMonths = 0,
): UsageProfile {
  const { random } = context;
  const options = random.chance(SHARES.withOption) ? random.weighted(OPTIONS) : 0;

  return { pattern, idleMonths: pattern === 'idle' ? idleMonths : 0, options };
}

/** Suspends a small share of lines (lost or stolen phone, long leave): silent since then. */
export function maybeSuspend(context: DemoContext, draft: LineDraft): LineDraft {
  const { random } = context;
  if (draft.status !== 'active' || !random.chance(SHARES.suspended)) return draft;

  const idleMonths = Math.max(draft.usage.idleMonths, random.int(1, 6));
  return { ...draft, status: 'suspended', usage: { ...draft.usage, pattern: 'idle', idleMonths } };
}

/** The operator's record of a planned line. */
export function toPlannedLine(context: DemoContext, draft: LineDraft): PlannedLine {
  const { random, referenceDate } = context;
  const costCenter = random.chance(SHARES.missingCostCenter)
    ? null
    : costCenterOf(draft.department, draft.site);

  const line: Line = {
    number: draft.number,
    operator: draft.operator.name,
    accountNumber: draft.operator.accounts[draft.site.code === HEAD_OFFICE ? 0 : 1],
    userName: draft.holder,
    userEmail: draft.email,
    department: draft.department.name,
    costCenter,
    plan: draft.plan.name,
    planPrice: draft.plan.price,
    dataAllowanceMb: draft.plan.dataMb,
    voiceAllowanceMin: draft.plan.voiceMin,
    status: draft.status,
    // Every line predates the invoice window, so each billed line has twelve invoices.
    activationDate: random.date(addDays(referenceDate, -3650), addDays(referenceDate, -400)),
    imei: draft.imei,
  };

  return { line, plan: draft.plan, usage: draft.usage };
}
