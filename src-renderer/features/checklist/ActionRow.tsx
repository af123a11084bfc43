// One action of the plan: ratings give its priority; owner, due date, status, cost and phase
// follow it up. Every change is saved at once.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ACTION_STATUSES } from '@core/checklist/action';
import type { ActionItem, ActionStatus, Rating } from '@core/checklist/action';
import { PHASE_IDS } from '@core/checklist/phases';
import type { PhaseId } from '@core/checklist/phases';
import { priorityBand, priorityScore, quadrant } from '@core/checklist/priority';
import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
import { reportError } from '../engagements/actions';
import { inLanguage } from './catalogue';
import { saveAction } from './checklist-store';

const RATINGS = ['impact', 'feasibility', 'urgency'] as const;

interface Props {
  engagement: Engagement;
  action: ActionItem;
  sectionTitle: string;
}

export function ActionRow({ engagement, action, sectionTitle }: Props) {
  const { t, i18n } = useTranslation();
  const band = priorityBand(action);
  const score = priorityScore(action);
  const place = quadrant(action);

  // Edits made faster than the store answers build on each other, not on a stale render.
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);

  const save = (patch: Partial<ActionItem>) => {
    latest.current = { ...latest.current, ...patch };
    saveAction(engagement, latest.current).catch((error: unknown) => reportError(error, t));
  };

  const costText = action.estimatedCost ? String(action.estimatedCost.amount) : '';
  const setCost = (text: string) => {
    const amount = Number(text.replace(',', '.'));
    const cost =
      text.trim() === '' || !Number.isFinite(amount) || amount < 0
        ? null
        : { amount, currency: engagement.currency };
    if (cost?.amount !== action.estimatedCost?.amount) save({ estimatedCost: cost });
  };

  return (
    <tr data-testid={`action-${action.id}`}>
      <td>
        <div>{inLanguage(action.title, i18n.language)}</div>
        <div className="muted small">
          {sectionTitle}
          {action.answer ? ` · ${t(`checklist.values.${action.answer}`)}` : ''}
          {action.finding ? ` · ${t(`checklist.findings.${action.finding}`)}` : ''}
        </div>
      </td>
      {RATINGS.map((rating) => (
        <td key={rating}>
          <select
            value={action[rating] ?? ''}
            aria-label={t(`checklist.plan.${rating}`)}
            onChange={(e) =>
              save({ [rating]: e.target.value ? (Number(e.target.value) as Rating) : null })
            }
            data-testid={`rate-${rating}`}
          >
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </td>
      ))}
      <td className="right" data-testid="priority">
        {score === null ? '—' : formatNumber(score, engagement.locale, 1)}{' '}
        {band ? (
          <span className={`badge band-${band}`} data-testid="priority-band">
            {band}
          </span>
        ) : null}
        {place ? <div className="muted small">{t(`checklist.plan.quadrants.${place}`)}</div> : null}
      </td>
      <td>
        <input
          key={`owner-${action.owner}`}
          defaultValue={action.owner}
          aria-label={t('checklist.plan.owner')}
          onBlur={(e) => e.target.value !== action.owner && save({ owner: e.target.value })}
          className="narrow"
        />
      </td>
      <td>
        <input
          type="date"
          value={action.dueDate ?? ''}
          aria-label={t('checklist.plan.due')}
          onChange={(e) => save({ dueDate: e.target.value || null })}
        />
      </td>
      <td>
        <select
          value={action.status}
          aria-label={t('checklist.plan.status')}
          onChange={(e) => save({ status: e.target.value as ActionStatus })}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`checklist.plan.statuses.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          key={`cost-${costText}`}
          defaultValue={costText}
          inputMode="decimal"
          aria-label={t('checklist.plan.cost', { currency: engagement.currency })}
          onBlur={(e) => setCost(e.target.value)}
          className="narrow"
        />
      </td>
      <td>
        <select
          value={action.phase}
          aria-label={t('checklist.plan.phase')}
          onChange={(e) => save({ phase: e.target.value as PhaseId })}
        >
          {PHASE_IDS.map((phase) => (
            <option key={phase} value={phase}>
              {t(`checklist.phases.${phase}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
