import { useTranslation } from 'react-i18next';

import { useRunningTask } from '../state/ui-store';

export function TaskProgress() {
  const { t } = useTranslation();
  const task = useRunningTask();

  if (!task) return null;

  const share = task.total > 0 ? Math.min(1, task.done / task.total) : 0;

  return (
    <div className="task-progress" role="progressbar" aria-valuenow={Math.round(share * 100)}>
      <span className="task-label">{task.label}</span>
      <div className="task-track">
        <div className="task-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <button type="button" onClick={task.cancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
