// `savings`: the recommendations the files prove, each with the plan it moves the line to and
// where that plan was read (the contract catalogue given with --plans, or the client's lines).
import { createFormat } from '@core/documents/format';
import { describeChange } from '@core/savings/describe';
import { SAVING_RULES } from '@core/savings/rules';
import type { SavingRecommendation } from '@core/savings/types';
import type { DocFormat } from '@core/documents/format';

import type { CliOptions } from './args';
import { importedData } from './commands';
import type { Outcome } from './commands';

function savingLine(saving: SavingRecommendation, fmt: DocFormat): string {
  const { facts } = saving;
  const from = facts.currentPlan ?? '—';
  const own = describeChange(saving, fmt.locale, (value) => fmt.money(value, 2));
  const move =
    own ??
    (facts.targetPlan
      ? `${from} -> ${facts.targetPlan} (${facts.targetSource ?? 'inventory'})`
      : from);
  // With cents: a saving of 16.50 a month printed as 17 would overstate it by 6 a year.
  const money = `${fmt.money(saving.monthly, 2)}/month ${fmt.money(saving.yearly, 2)}/year`;
  return `${saving.kind.padEnd(15)} ${saving.lineNumber.padEnd(16)} ${move.padEnd(40)} ${money}`;
}

/** `savings`: one line per recommendation, largest first, or JSON with the facts behind each. */
export async function savingsCommand(options: CliOptions): Promise<Outcome> {
  const outcome: Outcome = { out: [], err: [] };
  const data = await importedData(options, outcome);

  if (options.json) {
    outcome.out.push(JSON.stringify({ savings: data.savings, imports: data.imports }, null, 2));
    return outcome;
  }

  const fmt = createFormat(data.engagement.locale, data.engagement.currency);
  outcome.out.push(...data.savings.map((saving) => savingLine(saving, fmt)));
  if (data.savings.length === 0) outcome.out.push('No saving proved by these files.');
  else outcome.out.push('', ...rulesOf(data.savings, fmt.locale));
  return outcome;
}

/** The rule of each kind printed, once, under the table. */
function rulesOf(savings: readonly SavingRecommendation[], locale: 'fr' | 'en'): string[] {
  const kinds = [...new Set(savings.map((saving) => saving.kind))];
  return kinds.map((kind) => `${kind.padEnd(16)} ${SAVING_RULES[kind][locale]}`);
}
