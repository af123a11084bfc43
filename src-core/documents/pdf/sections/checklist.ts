// The audit checklist: overall score and maturity, then each area's score, from the answers
// the consultant recorded (records of kind 'checklist-answer'), when there are any.
import { restoreAnswer } from '@core/checklist/answer';
import type { Answer } from '@core/checklist/answer';
import { indexAnswers } from '@core/checklist/answer';
import { restoreCatalogue } from '@core/checklist/catalogue';
import { maturityBand } from '@core/checklist/maturity';
import { scoreAudit } from '@core/checklist/scoring';

import catalogueJson from '../../../../resources/checklist/catalogue.json';
import { fill } from '../../texts';
import { dataTable, freeText, paragraph, sectionHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';

const ANSWER_KIND = 'checklist-answer';

// A record written by a later version may not restore: it is left out, not fatal.
function answersOf(records: readonly unknown[]): Answer[] {
  return records.flatMap((raw) => {
    try {
      return [restoreAnswer(raw)];
    } catch {
      return [];
    }
  });
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts, fmt, theme } = context;
  const t = texts.checklist;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  const answers = answersOf(data.records[ANSWER_KIND] ?? []);
  if (answers.length === 0) return [...heading, paragraph(t.empty)];

  const catalogue = restoreCatalogue(catalogueJson);
  const score = scoreAudit(catalogue, indexAnswers(answers));
  const score100 = (value: number | null) => (value === null ? '—' : fmt.number(value, 0));

  const rows: PdfCell[][] = catalogue.sections.map((section, index) => {
    const result = score.sections[index];
    return [
      section.title[fmt.locale],
      score100(result.score),
      `${fmt.number(result.progress.answered)} / ${fmt.number(result.progress.total)}`,
    ];
  });

  return [
    ...heading,
    paragraph(
      fill(t.intro, {
        score: score100(score.overall),
        maturity: maturityBand(score.overall)?.label[fmt.locale] ?? '—',
        answered: fmt.number(score.progress.answered),
        total: fmt.number(score.progress.total),
      }),
    ),
    dataTable(
      [
        { header: t.section, width: '*' },
        { header: t.score, width: 60, align: 'right' },
        { header: t.answered, width: 70, align: 'right' },
      ],
      rows,
      theme,
    ),
  ];
}

export const checklistSection: ReportSection = {
  id: 'checklist',
  title: (texts) => texts.checklist.title,
  acceptsText: true,
  build,
};
