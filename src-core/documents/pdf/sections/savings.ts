// The savings the consultant accepted, line by line with their monthly and yearly amounts and
// the totals (the decisions are records of kind 'saving-decision').
import { describeChange, kindLabel } from '@core/savings/describe';
import type { SavingRecommendation } from '@core/savings/types';

import { acceptedSavingsOf } from '../../records/accepted-savings';
import type { DocFormat } from '../../format';
import { fill } from '../../texts';
import type { DocTexts } from '../../texts';
import { dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

/**
 * What a saving changes: `Plan » other plan`, `Plan » termination`, or for the kinds beyond one
 * line's plan their own words (lines kept and ended, devices, contract terms).
 */
export function savingChange(
  saving: SavingRecommendation,
  texts: DocTexts,
  fmt: DocFormat,
): string {
  const own = describeChange(saving, fmt.locale, (value) => fmt.money(value, 2));
  if (own !== null) return own;
  const from = saving.facts.currentPlan ?? texts.unknown;
  const to =
    saving.kind === 'terminate'
      ? texts.savings.terminated
      : (saving.facts.targetPlan ?? texts.unknown);
  return `${from} » ${to}`;
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme } = context;
  const t = texts.savings;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const { accepted, total } = acceptedSavingsOf(data.savings, data.records);
  if (accepted.length === 0) return [...heading, paragraph(t.empty)];

  const rows: PdfCell[][] = accepted.map((saving) => [
    { text: saving.lineNumber, noWrap: true },
    saving.operator ?? texts.unknown,
    saving.kind in t.kinds
      ? t.kinds[saving.kind as keyof typeof t.kinds]
      : kindLabel(saving, fmt.locale),
    savingChange(saving, texts, fmt),
    fmt.money(saving.monthly, 2),
    fmt.money(saving.yearly, 2),
  ]);
  const bold = (text: string): PdfCell => ({ text, bold: true });
  rows.push([
    bold(texts.total),
    '',
    '',
    '',
    bold(fmt.money(total.monthly, 2)),
    bold(fmt.money(total.yearly, 2)),
  ]);

  const right = { width: 'auto', align: 'right' } as const;
  return [
    ...heading,
    paragraph(
      fill(t.intro, {
        count: total.count,
        suggested: data.savings.length,
        monthly: fmt.money(total.monthly, 2),
        yearly: fmt.money(total.yearly, 2),
      }),
    ),
    dataTable(
      [
        { header: t.line, width: 'auto' },
        { header: t.operator, width: 'auto' },
        { header: t.action, width: 'auto' },
        { header: t.change, width: '*' },
        { header: t.monthly, ...right },
        { header: t.yearly, ...right },
      ],
      rows,
      theme,
    ),
  ];
}

export const savingsSection: ReportSection = {
  id: 'savings',
  title: (texts) => texts.savings.title,
  acceptsText: true,
  build,
};
