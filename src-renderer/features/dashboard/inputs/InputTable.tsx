import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InputFamily, InputRow } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../../i18n/format';
import { deleteInputRow, saveInputRow, useInputRows } from '../../../kpi';
import { toDraft } from './cell-values';
import { blankDraft, COLUMNS } from './columns';
import { InputRowEditor } from './InputRowEditor';

interface Props {
  engagement: Engagement;
  family: InputFamily;
}

/** Sorts by the first column so months and dates read in order, whatever the entry order. */
function byFirstColumn(family: InputFamily) {
  const field = COLUMNS[family][0]?.field ?? 'id';
  return (a: InputRow<InputFamily>, b: InputRow<InputFamily>) =>
    String((a as Record<string, unknown>)[field]).localeCompare(
      String((b as Record<string, unknown>)[field]),
    );
}

/** The rows of one family: the stored ones, editable in place, then the new unsaved ones. */
export function InputTable({ engagement, family }: Props) {
  const { t } = useTranslation();
  const stored = useInputRows(engagement.id, family);
  const [drafts, setDrafts] = useState<string[]>([]);
  const { locale } = engagement;
  if (!stored) return null;

  const storedIds = new Set(stored.map((row) => row.id));
  const pending = drafts.filter((id) => !storedIds.has(id));
  const rows = [...stored].sort(byFirstColumn(family));

  const save = async (row: InputRow<InputFamily>) => {
    // Leaving a cell unchanged must not rewrite the record: that would recompute every KPI.
    const current = stored.find((candidate) => candidate.id === row.id);
    if (current && JSON.stringify(current) === JSON.stringify(row)) return;
    await saveInputRow(engagement.id, family, row);
  };
  const drop = (id: string) => setDrafts((list) => list.filter((d) => d !== id));

  return (
    <div className="input-table-wrap">
      <p className="muted small" data-testid="input-count">
        {rows.length === 0 && pending.length === 0
          ? t('dashboard.inputs.empty')
          : t('dashboard.inputs.count', { n: formatNumber(rows.length, locale) })}
      </p>
      <table className="simple-table input-table" data-testid={`input-table-${family}`}>
        <thead>
          <tr>
            {COLUMNS[family].map((column) => (
              <th key={column.field} scope="col">
                {t(`dashboard.inputs.columns.${column.field}`)}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <InputRowEditor
              key={row.id}
              family={family}
              id={row.id}
              initial={toDraft(family, row, locale)}
              stored
              position={index + 1}
              locale={locale}
              onSave={save}
              onDelete={() => void deleteInputRow(engagement.id, family, row.id)}
            />
          ))}
          {pending.map((id, index) => (
            <InputRowEditor
              key={id}
              family={family}
              id={id}
              initial={blankDraft(family)}
              stored={false}
              position={rows.length + index + 1}
              locale={locale}
              onSave={save}
              onDelete={() => drop(id)}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => setDrafts((list) => [...list, crypto.randomUUID()])}
        data-testid="input-add"
      >
        {t('dashboard.inputs.add')}
      </button>
    </div>
  );
}
