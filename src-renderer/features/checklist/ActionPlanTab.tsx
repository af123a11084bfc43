// The action plan: every no / partly becomes a candidate, ranked once rated, with the matrix.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { generateCandidates, syncActionPlan } from '@core/checklist/action-generation';
import { effortOf, rankActions } from '@core/checklist/priority';
import { actionMatrixOption } from '@core/charts/checklist-matrix';
import type { Engagement } from '@core/model/engagement';

import { Chart } from '../../components/Chart';
import { useRecords } from '../../store/hooks';
import { reportError } from '../engagements/actions';
import { ActionRow } from './ActionRow';
import { inLanguage } from './catalogue';
import { ACTION_KIND, removeAction, restoreActionRecord } from './checklist-store';
import type { ChecklistState } from './use-checklist';

interface Props {
  engagement: Engagement;
  state: ChecklistState;
}

export function ActionPlanTab({ engagement, state }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const stored = useRecords(engagement.id, ACTION_KIND, restoreActionRecord);
  const { catalogue, answers } = state;

  const plan = useMemo(() => {
    if (!stored) return null;
    const candidates = generateCandidates(catalogue, {
      engagementId: engagement.id,
      catalogueVersion: catalogue.catalogueVersion,
      answers,
    });
    const synced = syncActionPlan(stored, candidates);
    return { actions: rankActions(synced.actions), orphans: synced.orphans };
  }, [stored, catalogue, answers, engagement.id]);

  const option = useMemo(() => {
    const rated = (plan?.actions ?? []).flatMap((a) =>
      a.impact !== null && a.feasibility !== null
        ? [{ label: inLanguage(a.title, lang), impact: a.impact, effort: effortOf(a.feasibility) }]
        : [],
    );
    const labels = {
      impact: t('checklist.plan.impact'),
      effort: t('checklist.plan.effort'),
      quickWin: t('checklist.plan.quadrants.quick-win'),
      majorProject: t('checklist.plan.quadrants.major-project'),
      fillIn: t('checklist.plan.quadrants.fill-in'),
      thankless: t('checklist.plan.quadrants.thankless'),
    };
    return actionMatrixOption(rated, labels, engagement.brandPrimary);
  }, [plan, lang, t, engagement.brandPrimary]);

  if (!plan) return null;

  const sectionTitle = (id: string | null) => {
    const section = catalogue.sections.find((s) => s.id === id);
    return section ? inLanguage(section.title, lang) : t('checklist.plan.manual');
  };

  return (
    <div className="checklist-plan">
      <p className="muted">{t('checklist.plan.intro')}</p>
      <p className="muted small mono">{t('checklist.plan.formula')}</p>
      {plan.actions.length === 0 ? (
        <p className="muted" data-testid="plan-empty">
          {t('checklist.plan.empty')}
        </p>
      ) : (
        <div className="plan-table-wrap">
          <table className="simple-table plan-table" data-testid="action-plan">
            <thead>
              <tr>
                <th>{t('checklist.plan.action')}</th>
                <th>{t('checklist.plan.impact')}</th>
                <th>{t('checklist.plan.feasibility')}</th>
                <th>{t('checklist.plan.urgency')}</th>
                <th className="right">{t('checklist.plan.priority')}</th>
                <th>{t('checklist.plan.owner')}</th>
                <th>{t('checklist.plan.due')}</th>
                <th>{t('checklist.plan.status')}</th>
                <th>{t('checklist.plan.cost', { currency: engagement.currency })}</th>
                <th>{t('checklist.plan.phase')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((action) => (
                <ActionRow
                  key={action.id}
                  engagement={engagement}
                  action={action}
                  sectionTitle={sectionTitle(action.sectionId)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.orphans.length > 0 ? (
        <div className="panel">
          <h2>{t('checklist.plan.orphans')}</h2>
          <ul>
            {plan.orphans.map((orphan) => (
              <li key={orphan.id}>
                {inLanguage(orphan.title, lang)}{' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => {
                    removeAction(engagement, orphan.id).catch((error: unknown) =>
                      reportError(error, t),
                    );
                  }}
                >
                  {t('checklist.plan.removeOrphan')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="panel">
        <h2>{t('checklist.plan.matrix')}</h2>
        <Chart option={option} height={340} label={t('checklist.plan.matrix')} testId="matrix" />
      </div>
    </div>
  );
}
