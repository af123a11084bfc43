import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { effectiveTarget, isAmberOnTheRightSide, isOverridden } from '@core/kpi';
import type { KpiDefinition, KpiSettings, KpiTarget } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { saveKpiSettings } from '../../kpi';
import { formatNumber } from '../../i18n/format';
import { reportError } from '../engagements/actions';
import { formatTarget } from './kpi-format';
import { parseNumber } from './parse-number';

interface Props {
  definition: KpiDefinition & { target: KpiTarget };
  engagement: Engagement;
  settings: KpiSettings;
}

type Problem = 'number' | 'amber' | null;

/**
 * The engagement's target for one KPI, editable, with the default beside it. Values are typed
 * in the unit the KPI is shown in (percent, years, hours...), as the target line writes them.
 */
export function TargetEditor({ definition, engagement, settings }: Props) {
  const { t } = useTranslation();
  const { locale } = engagement;
  const current = effectiveTarget(definition, settings.targets) ?? definition.target;
  const overridden = isOverridden(definition, settings.targets);
  const [value, setValue] = useState(() => formatNumber(current.value, locale, 4));
  const [amber, setAmber] = useState(() => formatNumber(current.amberLimit, locale, 4));
  const [problem, setProblem] = useState<Problem>(null);

  const save = (targets: KpiSettings['targets']) => {
    saveKpiSettings(engagement.id, { ...settings, targets }).catch((error: unknown) =>
      reportError(error, t),
    );
  };

  const apply = () => {
    const target = parseNumber(value, locale);
    const amberLimit = parseNumber(amber, locale);
    if (target === null || amberLimit === null) return setProblem('number');
    if (!isAmberOnTheRightSide(definition.target.direction, target, amberLimit)) {
      return setProblem('amber');
    }
    setProblem(null);
    save({ ...settings.targets, [definition.id]: { value: target, amberLimit } });
  };

  const reset = () => {
    const others = Object.fromEntries(
      Object.entries(settings.targets).filter(([id]) => id !== definition.id),
    );
    setValue(formatNumber(definition.target.value, locale, 4));
    setAmber(formatNumber(definition.target.amberLimit, locale, 4));
    setProblem(null);
    save(others);
  };

  return (
    <div className="target-editor" data-testid="target-editor">
      <p data-testid="target-current">
        {formatTarget(t, current, definition.unit, engagement)}{' '}
        <span className="muted">
          (
          {overridden
            ? t('dashboard.target.source.engagement')
            : t(`dashboard.target.source.${definition.target.source}`)}
          )
        </span>
      </p>
      {overridden && (
        <p className="muted small" data-testid="target-default">
          {t('dashboard.target.default', {
            target: formatTarget(t, definition.target, definition.unit, engagement),
            source: t(`dashboard.target.source.${definition.target.source}`),
          })}
        </p>
      )}
      <div className="settings-grid">
        <label className="setting">
          <span>{t('dashboard.target.value')}</span>
          <input
            type="text"
            inputMode="decimal"
            value={value}
            aria-invalid={problem !== null}
            onChange={(e) => setValue(e.target.value)}
            data-testid="target-value"
          />
        </label>
        <label className="setting">
          <span>{t(`dashboard.target.amberLabel.${definition.target.direction}`)}</span>
          <input
            type="text"
            inputMode="decimal"
            value={amber}
            aria-invalid={problem === 'amber'}
            onChange={(e) => setAmber(e.target.value)}
            data-testid="target-amber"
          />
        </label>
      </div>
      {problem && (
        <p className="setting-error small" role="alert">
          {problem === 'number'
            ? t('dashboard.target.invalid.number')
            : t(`dashboard.target.invalid.amber-${definition.target.direction}`)}
        </p>
      )}
      <div className="target-actions">
        <button type="button" className="button" onClick={apply} data-testid="target-apply">
          {t('dashboard.target.apply')}
        </button>
        {overridden && (
          <button type="button" className="button" onClick={reset} data-testid="target-reset">
            {t('dashboard.target.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
