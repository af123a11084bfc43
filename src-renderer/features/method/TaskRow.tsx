import { useTranslation } from 'react-i18next';

import { TASK_STATUSES } from '@core/method/plan';
import type { MethodTask, TaskStatus } from '@core/method/plan';

import { CommitInput } from './CommitInput';
import { itemTitle } from './labels';
import type { Language } from './labels';

interface Props {
  task: MethodTask;
  language: Language;
  first: boolean;
  last: boolean;
  onChange: (patch: Partial<MethodTask>) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
}

type DateField = 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd';

export function TaskRow({ task, language, first, last, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const title = itemTitle(task, language);
  const dateInput = (field: DateField) => (
    <input
      type="date"
      value={task[field] ?? ''}
      aria-label={`${t(`method.task.${field}`)} — ${title}`}
      onChange={(event) => onChange({ [field]: event.target.value || null })}
      data-testid={`task-${field}`}
    />
  );

  return (
    <tr data-testid="task-row" data-task-id={task.id} className={`status-${task.status}`}>
      <td className="method-task-title">{title}</td>
      <td>
        <select
          value={task.status}
          aria-label={`${t('method.task.status')} — ${title}`}
          onChange={(event) => onChange({ status: event.target.value as TaskStatus })}
          data-testid="task-status"
        >
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`method.status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommitInput
          value={task.owner}
          onCommit={(owner) => onChange({ owner })}
          aria-label={`${t('method.task.owner')} — ${title}`}
          className="method-owner"
          data-testid="task-owner"
        />
      </td>
      <td className="method-dates">
        {dateInput('plannedStart')}
        {dateInput('plannedEnd')}
      </td>
      <td className="method-dates">
        {dateInput('actualStart')}
        {dateInput('actualEnd')}
      </td>
      <td className="method-row-actions">
        <button type="button" disabled={first} onClick={() => onMove(-1)} title={t('method.up')}>
          ↑
        </button>
        <button type="button" disabled={last} onClick={() => onMove(1)} title={t('method.down')}>
          ↓
        </button>
        <button
          type="button"
          className="danger"
          onClick={onRemove}
          title={t('method.remove')}
          data-testid="task-remove"
        >
          ×
        </button>
      </td>
    </tr>
  );
}
