// Lines that no enrolled device carries: phones never enrolled, 4G routers, lines of people who
// left, the IT team's loan lines and cancelled lines the operators still list.

import { HEAD_OFFICE, SITES, departmentByCode } from './client';
import { drawPattern, maybeSuspend, toPlannedLine, usageProfile } from './line-plan';
import { MODELS } from './models';
import { chooseOperator, planFor } from './plans';
import type { Site } from './client';
import type { DemoContext } from './context';
import type { LineDraft, PlannedLine, UsageProfile } from './line-plan';
import type { Person } from './people';

const PHONE_MODELS = MODELS.filter((m) => m.kind === 'smartphone').map((m) => m.model);

/** A line used by someone whose phone is not enrolled. */
export function unenrolledLine(context: DemoContext): PlannedLine {
  const person = context.people.next();
  const usage = usageProfile(context, drawPattern(context));

  return personalLine(context, person, usage, 'active');
}

/** A line of someone who left or is away: still billed, silent for months. */
export function abandonedLine(context: DemoContext): PlannedLine {
  const person = context.people.next();
  const usage = usageProfile(context, 'idle', context.random.int(3, 12));

  return personalLine(context, person, usage, 'active');
}

/** A cancelled line the operator still lists; it has no invoice in the window. */
export function terminatedLine(context: DemoContext): PlannedLine {
  const person = context.people.next();
  const usage = usageProfile(context, 'idle', 12);

  return personalLine(context, person, usage, 'terminated');
}

/** A data SIM in a site's 4G router. */
export function routerLine(context: DemoContext): PlannedLine {
  const { random, ids } = context;
  const site = random.weighted(SITES.map((s) => [s, s.weight] as const));

  return sharedLine(context, site, `Routeur 4G ${site.name}`, {
    plan: 'router',
    imei: ids.imei('Routeur 4G'),
    usage: usageProfile(context, random.chance(0.9) ? 'normal' : 'overPlan'),
  });
}

/** A loan line kept by the IT team, used now and then. */
export function spareLine(context: DemoContext): PlannedLine {
  const { random } = context;
  const site = SITES.find((s) => s.code === HEAD_OFFICE) ?? SITES[0];

  return sharedLine(context, site, `Ligne de prêt DSI ${random.int(1, 40)}`, {
    plan: 'medium',
    imei: null,
    usage: usageProfile(context, 'underUsed'),
  });
}

function personalLine(
  context: DemoContext,
  person: Person,
  usage: UsageProfile,
  status: LineDraft['status'],
): PlannedLine {
  const { random, ids } = context;
  const operator = chooseOperator(random, person.site);

  const draft: LineDraft = {
    number: ids.mobileNumber(),
    operator,
    plan: planFor(operator, person.department.tier),
    holder: person.fullName,
    email: person.email,
    department: person.department,
    site: person.site,
    status,
    imei: random.chance(0.85) ? ids.imei(random.pick(PHONE_MODELS)) : null,
    usage,
  };

  return toPlannedLine(context, maybeSuspend(context, draft));
}

function sharedLine(
  context: DemoContext,
  site: Site,
  label: string,
  { plan, imei, usage }: Pick<LineDraft, 'imei' | 'usage'> & { plan: 'router' | 'medium' },
): PlannedLine {
  const { random, ids } = context;
  const operator = chooseOperator(random, site);

  const draft: LineDraft = {
    number: ids.mobileNumber(),
    operator,
    plan: planFor(operator, plan),
    holder: label,
    email: null,
    department: departmentByCode(plan === 'router' ? 'LOG' : 'DSI'),
    site,
    status: 'active',
    imei,
    usage,
  };

  return toPlannedLine(context, maybeSuspend(context, draft));
}
