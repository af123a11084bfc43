// The KPI sheet (values against targets, statuses highlighted) and the provenance sheet.
import { definitionFor } from '@core/kpi/registry';
import type { KpiDefinition, KpiResult } from '@core/kpi/types';
import type { Locale } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';

import { fill } from '../texts';
import type { DocTexts, WorkbookTexts } from '../texts';
import type { ColumnSpec, SheetSpec } from './sheet-spec';

const STATUS_FILLS = { green: 'FFD4EDDA', amber: 'FFFFF3CD', red: 'FFF8D7DA' } as const;

interface KpiRow {
  result: KpiResult;
  definition: KpiDefinition;
}

/** One row per KPI with its target and status; the status cells are coloured. */
export function kpisSheet(
  results: readonly KpiResult[],
  w: WorkbookTexts,
  d: DocTexts,
  format: { locale: Locale; currency: string },
): SheetSpec<KpiRow> {
  const { locale, currency } = format;
  const h = w.kpis;
  const rows = results.flatMap((result) => {
    const definition = definitionFor(result);
    return definition ? [{ result, definition }] : [];
  });

  const columns: ColumnSpec<KpiRow>[] = [
    { header: h.id, kind: 'text', width: 26, value: (r) => r.result.id },
    {
      header: h.category,
      kind: 'text',
      width: 14,
      value: (r) => w.category[r.definition.category],
    },
    { header: h.label, kind: 'text', width: 40, value: (r) => r.definition.label[locale] },
    { header: h.value, kind: 'decimal', width: 12, value: (r) => r.result.value },
    {
      header: h.unit,
      kind: 'text',
      width: 16,
      value: (r) => fill(w.unit[r.definition.unit], { currency }),
    },
    {
      header: h.direction,
      kind: 'text',
      width: 14,
      value: (r) => (r.definition.target ? w.direction[r.definition.target.direction] : null),
    },
    {
      header: h.target,
      kind: 'decimal',
      width: 10,
      value: (r) => r.definition.target?.value ?? null,
    },
    {
      header: h.amberLimit,
      kind: 'decimal',
      width: 12,
      value: (r) => r.definition.target?.amberLimit ?? null,
    },
    { header: h.status, kind: 'text', width: 14, value: (r) => d.kpiStatus[r.result.status] },
    { header: h.basis, kind: 'integer', width: 10, value: (r) => r.result.basis },
    {
      header: h.monthlyStake,
      kind: 'money',
      width: 14,
      value: (r) => r.result.monthlyStake ?? null,
    },
    {
      header: h.definition,
      kind: 'text',
      width: 80,
      value: (r) => r.definition.definition[locale],
    },
  ];

  const highlights = (['green', 'amber', 'red'] as const).map((status) => ({
    column: 9,
    equals: d.kpiStatus[status],
    fill: STATUS_FILLS[status],
  }));
  return { name: w.sheet.kpis, columns, rows, highlights };
}

/** One row per imported file: what, when, how many rows, and its SHA-256. */
export function importsSheet(
  imports: readonly ImportRecord[],
  w: WorkbookTexts,
  d: DocTexts,
): SheetSpec<ImportRecord> {
  const h = w.imports;
  return {
    name: w.sheet.imports,
    rows: imports,
    columns: [
      { header: h.fileName, kind: 'text', width: 40, value: (r) => r.fileName },
      { header: h.dataset, kind: 'text', width: 14, value: (r) => d.dataset[r.dataset] },
      { header: h.format, kind: 'text', width: 14, value: (r) => r.format },
      { header: h.rowsAccepted, kind: 'integer', width: 14, value: (r) => r.rowsAccepted },
      { header: h.rowsRejected, kind: 'integer', width: 14, value: (r) => r.rowsRejected },
      { header: h.size, kind: 'integer', width: 14, value: (r) => r.size },
      { header: h.importedAt, kind: 'datetime', width: 18, value: (r) => r.importedAt },
      { header: h.sha256, kind: 'text', width: 68, value: (r) => r.sha256 },
    ],
  };
}
