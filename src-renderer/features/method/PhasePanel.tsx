import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { METHOD_CATALOGUE } from '@core/method/catalogue';
import { blankTask, moveTask, removeTask, updateTask } from '@core/method/plan';
import type { MethodTask, PhasePlan } from '@core/method/plan';
import { gateState, phaseProgress } from '@core/method/progress';

import { GatePanel } from './GatePanel';
import { asLanguage } from './labels';
import { savePhase } from './method-store';
import { ProgressBar } from './ProgressBar';
import { TaskRow } from './TaskRow';

interface Props {
  engagement: Engagement;
  plan: PhasePlan;
  index: number;
  criteria: { met: number; total: number };
}

export function PhasePanel({ engagement, plan, index, criteria }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [newTitle, setNewTitle] = useState('');
  const language = asLanguage(i18n.language);
  const save = (next: PhasePlan) => void savePhase(engagement.id, next, t);
  const gate = gateState(plan);

  const addTask = () => {
    const title = newTitle.trim();
    if (!title) return;
    setNewTitle('');
    save({ ...plan, tasks: [...plan.tasks, blankTask(crypto.randomUUID(), null, title)] });
  };

  return (
    <section className="panel method-phase" data-testid={`phase-${plan.phase}`}>
      <header className="method-phase-head">
        <button
          type="button"
          className="method-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid={`phase-toggle-${plan.phase}`}
        >
          <span className="method-phase-number">{index + 1}</span>
          {t(`method.phaseNames.${plan.phase}`)}
        </button>
        <span className={`badge gate-${gate}`} data-testid={`gate-state-${plan.phase}`}>
          {t(`method.gate.state.${gate}`)}
        </span>
        <span className="muted small">
          {t('method.gate.criteriaMet', { met: criteria.met, total: criteria.total })}
        </span>
        <ProgressBar progress={phaseProgress(plan)} testId={`progress-${plan.phase}`} />
      </header>
      {open && (
        <div className="method-phase-body">
          <table className="simple-table method-tasks">
            <thead>
              <tr>
                <th>{t('method.task.title')}</th>
                <th>{t('method.task.status')}</th>
                <th>{t('method.task.owner')}</th>
                <th>{t('method.task.planned')}</th>
                <th>{t('method.task.actual')}</th>
                <th aria-label={t('method.task.actions')} />
              </tr>
            </thead>
            <tbody>
              {plan.tasks.map((task, position) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  language={language}
                  first={position === 0}
                  last={position === plan.tasks.length - 1}
                  onChange={(patch: Partial<MethodTask>) => save(updateTask(plan, task.id, patch))}
                  onMove={(offset) => save(moveTask(plan, task.id, offset))}
                  onRemove={() => save(removeTask(plan, task.id))}
                />
              ))}
            </tbody>
          </table>
          <form
            className="method-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              addTask();
            }}
          >
            <input
              value={newTitle}
              onChange={(event) => setNewTitle(event.target.value)}
              placeholder={t('method.task.newPlaceholder')}
              aria-label={t('method.task.newPlaceholder')}
              data-testid={`new-task-${plan.phase}`}
            />
            <button type="submit" className="button" data-testid={`add-task-${plan.phase}`}>
              {t('method.task.add')}
            </button>
          </form>
          <h3>{t('method.deliverables')}</h3>
          <ul className="method-deliverables">
            {METHOD_CATALOGUE[plan.phase].deliverables.map((deliverable) => (
              <li key={deliverable.en}>{deliverable[language]}</li>
            ))}
          </ul>
          <GatePanel
            engagement={engagement}
            plan={plan}
            onSave={(next) => savePhase(engagement.id, next, t)}
          />
        </div>
      )}
    </section>
  );
}
