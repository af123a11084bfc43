import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { getKpiDefinition, KPI_DEFINITIONS } from '@core/kpi';
import type { KpiResult } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';
import { objectiveStanding } from '@core/method/objectives';
import type { Objective } from '@core/method/objectives';

import { formatNumber } from '../../i18n/format';
import { useKpis } from '../../kpi';
import { asLanguage } from './labels';
import { removeObjective, saveObjective } from './method-store';

interface Props {
  engagement: Engagement;
  objectives: Objective[];
}

const PERCENT_UNITS = new Set(['percent', 'percent-change']);

/** Scoping objectives tied to KPIs, with the current value read live from the imported data. */
export function ObjectivesView({ engagement, objectives }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const kpis = useKpis(engagement.id);
  const current = (kpiId: string): number | null =>
    kpis?.find((result: KpiResult) => result.id === kpiId)?.value ?? null;
  const show = (kpiId: string, value: number | null) => {
    if (value === null) return '—';
    const unit = getKpiDefinition(kpiId)?.unit ?? '';
    const text = formatNumber(value, engagement.locale, 1);
    return PERCENT_UNITS.has(unit) ? `${text} %` : text;
  };

  return (
    <section className="panel">
      <h2>{t('method.objectives.title')}</h2>
      <p className="muted small">{t('method.objectives.help')}</p>
      {kpis === undefined && <p className="muted small">{t('method.objectives.computing')}</p>}
      {objectives.length > 0 && (
        <table className="simple-table" data-testid="objective-table">
          <thead>
            <tr>
              <th>{t('method.objectives.kpi')}</th>
              <th className="right">{t('method.objectives.baseline')}</th>
              <th className="right">{t('method.objectives.target')}</th>
              <th className="right">{t('method.objectives.current')}</th>
              <th>{t('method.objectives.standing')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {objectives.map((objective) => {
              const value = current(objective.kpiId);
              const standing = objectiveStanding(objective, value);
              const sign = objective.direction === 'at-least' ? '≥' : '≤';
              return (
                <tr key={objective.id} data-testid="objective-row">
                  <td>{getKpiDefinition(objective.kpiId)?.label[language] ?? objective.kpiId}</td>
                  <td className="right">{show(objective.kpiId, objective.baseline)}</td>
                  <td className="right">
                    {sign} {show(objective.kpiId, objective.target)}
                  </td>
                  <td className="right" data-testid="objective-current">
                    {show(objective.kpiId, value)}
                  </td>
                  <td>
                    <span
                      className={`badge ${standing.met ? 'gate-go' : 'gate-open'}`}
                      data-testid="objective-standing"
                    >
                      {standing.met === null
                        ? t('method.objectives.noValue')
                        : standing.met
                          ? t('method.objectives.met')
                          : standing.share === null
                            ? t('method.objectives.notMetNoBaseline')
                            : t('method.objectives.notMet', {
                                share: Math.round(standing.share * 100),
                              })}
                    </span>
                  </td>
                  <td className="right">
                    <button
                      type="button"
                      className="danger"
                      title={t('method.remove')}
                      onClick={() => void removeObjective(engagement.id, objective.id, t)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ObjectiveForm engagement={engagement} current={current} ready={kpis !== undefined} />
    </section>
  );
}

function ObjectiveForm(props: {
  engagement: Engagement;
  current: (kpiId: string) => number | null;
  ready: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [kpiId, setKpiId] = useState('devices.complianceRate');
  const definition = getKpiDefinition(kpiId);
  const [target, setTarget] = useState('');
  const [baseline, setBaseline] = useState('');
  const raw = props.current(kpiId);
  // One decimal is what the table shows; more would be noise in a baseline.
  const now = raw === null ? null : Math.round(raw * 10) / 10;
  const suggested = definition?.target?.value;
  const direction = definition?.target?.direction ?? 'at-least';

  const add = () => {
    const value = target === '' ? suggested : Number(target);
    if (value === undefined || !Number.isFinite(value)) return;
    // Without a typed baseline, the value of the day stands for the start of the mission.
    const start = baseline === '' ? now : Number(baseline);
    const objective: Objective = {
      id: crypto.randomUUID(),
      kpiId,
      direction,
      baseline: start !== null && Number.isFinite(start) ? start : null,
      target: value,
    };
    void saveObjective(props.engagement.id, objective, t);
    setTarget('');
    setBaseline('');
  };

  return (
    <form
      className="method-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <select
        value={kpiId}
        onChange={(e) => setKpiId(e.target.value)}
        aria-label={t('method.objectives.kpi')}
        data-testid="objective-kpi"
      >
        {KPI_DEFINITIONS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label[language]}
          </option>
        ))}
      </select>
      <input
        type="number"
        step="any"
        value={baseline}
        placeholder={now === null ? t('method.objectives.baseline') : String(now)}
        onChange={(e) => setBaseline(e.target.value)}
        aria-label={t('method.objectives.baseline')}
        title={t('method.objectives.baseline')}
        data-testid="objective-baseline"
      />
      <span className="muted">{direction === 'at-least' ? '≥' : '≤'}</span>
      <input
        type="number"
        step="any"
        value={target}
        placeholder={suggested === undefined ? '' : String(suggested)}
        onChange={(e) => setTarget(e.target.value)}
        aria-label={t('method.objectives.target')}
        data-testid="objective-target"
      />
      <button type="submit" className="button" disabled={!props.ready} data-testid="objective-add">
        {t('method.objectives.add')}
      </button>
    </form>
  );
}
