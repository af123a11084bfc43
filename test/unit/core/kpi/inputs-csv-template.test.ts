import { describe, expect, it } from 'vitest';

import { EOL_OUTCOME_LABELS, INPUT_COLUMNS, INPUT_FAMILIES } from '@core/kpi/inputs';
import { inputsCsvTemplate, parseInputsCsv } from '@core/kpi/inputs';

import { dashboardEn as en } from '../../../../src-renderer/i18n/locales/en/dashboard';
import { dashboardFr as fr } from '../../../../src-renderer/i18n/locales/fr/dashboard';

const cases = INPUT_FAMILIES.flatMap(
  (family) =>
    [
      [family, 'fr'],
      [family, 'en'],
    ] as const,
);

describe('the Saisies CSV template', () => {
  it.each(cases)('%s in %s reads back as its example row', (family, locale) => {
    const result = parseInputsCsv(family, inputsCsvTemplate(family, locale), 'modele.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));

    const example = Object.fromEntries(
      INPUT_COLUMNS[family].map((column) => [column.field, column.example]),
    );
    expect(result.rows).toHaveLength(1);
    const row: Record<string, unknown> = { ...result.rows[0] };
    delete row.id;
    expect(row).toEqual(example);
  });

  it('writes French with semicolons and decimal commas, English with commas', () => {
    expect(inputsCsvTemplate('budget', 'fr')).toBe(
      '\uFEFFMois;Budget prévu (HT)\r\n01/2026;12500,5\r\n',
    );
    expect(inputsCsvTemplate('budget', 'en')).toBe(
      '\uFEFFMonth,Planned budget (excl. VAT)\r\n2026-01,12500.5\r\n',
    );
  });

  it('names columns and outcomes as the Saisies table does', () => {
    for (const [locale, strings] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const labels = strings.inputs.columns as Record<string, string>;
      for (const column of Object.values(INPUT_COLUMNS).flat()) {
        expect(column.label[locale]).toBe(labels[column.field]);
      }
      for (const [outcome, label] of Object.entries(EOL_OUTCOME_LABELS)) {
        expect(label[locale]).toBe((strings.inputs.outcomes as Record<string, string>)[outcome]);
      }
    }
  });
});
