import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EOL_OUTCOMES, SURVEY_SCALES, validateInputRow } from '@core/kpi';
import type { InputFamily, InputIssues, InputRow } from '@core/kpi';
import type { Locale } from '@core/model/engagement';

import { fromDraft } from './cell-values';
import type { Draft } from './cell-values';
import { COLUMNS } from './columns';
import type { Column } from './columns';

interface Props {
  family: InputFamily;
  id: string;
  initial: Draft;
  /** A row not stored yet is saved with its button; a stored one as each cell is left. */
  stored: boolean;
  position: number;
  locale: Locale;
  onSave: (row: InputRow<InputFamily>) => Promise<void>;
  onDelete: () => void;
}

const INPUT_TYPES: Partial<Record<Column['type'], string>> = {
  month: 'month',
  date: 'date',
  datetime: 'datetime-local',
};

/** One editable row: typed cells, the reasons a value is refused, save and delete. */
export function InputRowEditor(props: Props) {
  const { family, id, initial, stored, position, locale, onSave, onDelete } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [issues, setIssues] = useState<InputIssues>({});

  const commit = async (next: Draft) => {
    const parsed = fromDraft(family, id, next, locale);
    const checked = validateInputRow(family, parsed.raw);
    const found = { ...(checked.ok ? {} : checked.issues), ...parsed.issues };
    setIssues(found);
    if (checked.ok && Object.keys(parsed.issues).length === 0) await onSave(checked.row);
  };

  const change = (field: string, value: string | boolean, now: boolean) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (now && stored) void commit(next);
  };

  const cell = (column: Column) => {
    const value = draft[column.field];
    const common = {
      'aria-label': t(`dashboard.inputs.columns.${column.field}`),
      'aria-invalid': issues[column.field] !== undefined,
      'data-testid': `input-cell-${column.field}`,
    };
    if (column.type === 'flag') {
      return (
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => change(column.field, e.target.checked, true)}
          {...common}
        />
      );
    }
    if (column.type === 'scale' || column.type === 'outcome') {
      const options = column.type === 'scale' ? SURVEY_SCALES.map(String) : EOL_OUTCOMES;
      return (
        <select
          value={String(value)}
          onChange={(e) => change(column.field, e.target.value, true)}
          {...common}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {column.type === 'scale' ? option : t(`dashboard.inputs.outcomes.${option}`)}
            </option>
          ))}
        </select>
      );
    }
    return (
      <input
        type={INPUT_TYPES[column.type] ?? 'text'}
        inputMode={column.type === 'decimal' || column.type === 'integer' ? 'decimal' : undefined}
        value={String(value ?? '')}
        onChange={(e) => change(column.field, e.target.value, false)}
        onBlur={() => stored && void commit(draft)}
        {...common}
      />
    );
  };

  return (
    <tr data-testid="input-row" data-stored={stored}>
      {COLUMNS[family].map((column) => (
        <td key={column.field}>
          {cell(column)}
          {issues[column.field] && (
            <span className="input-issue small" data-testid={`input-issue-${column.field}`}>
              {t(`dashboard.inputs.issues.${issues[column.field]}`, {
                defaultValue: t('dashboard.inputs.issues.invalid'),
              })}
            </span>
          )}
        </td>
      ))}
      <td className="input-actions">
        {!stored && (
          <button
            type="button"
            className="button primary"
            onClick={() => void commit(draft)}
            data-testid="input-save"
          >
            {t('dashboard.inputs.save')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={onDelete}
          aria-label={t('dashboard.inputs.deleteRow', { n: position })}
          data-testid="input-delete"
        >
          {t('dashboard.inputs.delete')}
        </button>
      </td>
    </tr>
  );
}
