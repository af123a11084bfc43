import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { kpiTrendOption } from '@core/charts/kpi-trend';
import type { KpiDefinition, KpiResult, KpiSettings, KpiTarget } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { Chart } from '../../components/Chart';
import { formatMoney, formatNumber } from '../../i18n/format';
import { breakdownLabel, breakdownValue } from './breakdown-labels';
import { EvidenceTables } from './EvidenceTables';
import { formatKpiValue, formatTarget, missingText, statusText } from './kpi-format';
import { kpiMeta, settingsRead } from './kpi-meta';
import { TargetEditor } from './TargetEditor';
import { useUiLanguage } from './use-ui-language';

interface Props {
  definition: KpiDefinition;
  result: KpiResult;
  engagement: Engagement;
  settings: KpiSettings;
  onClose: () => void;
}

/** Everything behind one figure: formula, inputs, target, trend, caveats and the rows. */
export function KpiDetail({ definition, result, engagement, settings, onClose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { locale, currency } = engagement;
  const label = definition.label[language];
  const status = result.value === null ? 'missing' : result.status;
  const trend = result.trend && result.trend.length >= 2 ? result.trend : null;
  const chart = useMemo(
    () =>
      trend
        ? kpiTrendOption(trend, result.status, { name: label, months: trend.map((p) => p.period) })
        : null,
    [trend, result.status, label],
  );
  const inputs = settingsRead(definition.id);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  return (
    <aside className="kpi-detail" aria-label={label} data-testid="kpi-detail">
      <header className="kpi-detail-head">
        <h2>{label}</h2>
        <button type="button" className="button" onClick={onClose} data-testid="kpi-detail-close">
          {t('dashboard.detail.close')}
        </button>
      </header>

      <p className="kpi-detail-value">
        <span className={`kpi-status status-${status}`}>{statusText(t, result)}</span>{' '}
        {result.value === null
          ? missingText(t, result.missing)
          : formatKpiValue(t, result.value, definition.unit, engagement)}
      </p>

      <h3>{t('dashboard.detail.definition')}</h3>
      <p>{definition.definition[language]}</p>
      <h3>{t('dashboard.detail.formula')}</h3>
      <p className="kpi-formula" data-testid="kpi-formula">
        {t(`dashboard.formula.${definition.id}`)}
      </p>

      <h3>{t('dashboard.detail.inputs')}</h3>
      <table className="simple-table kpi-inputs">
        <tbody>
          {result.value !== null && (
            <tr>
              <td colSpan={2}>
                {t(`dashboard.basis.${kpiMeta(definition.id).basis}`, {
                  n: formatNumber(result.basis, locale),
                })}
              </td>
            </tr>
          )}
          {inputs.map((key) => (
            <tr key={key}>
              <td>{t(`dashboard.settings.labels.${key}`)}</td>
              <td className="right">{settingText(settings[key], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.monthlyStake !== undefined && (
        <p>
          {t('dashboard.card.stake', {
            amount: formatMoney(result.monthlyStake, currency, locale),
          })}
        </p>
      )}

      <h3>{t('dashboard.detail.target')}</h3>
      {hasTarget(definition) ? (
        <TargetEditor
          key={JSON.stringify(settings.targets[definition.id] ?? null)}
          definition={definition}
          engagement={engagement}
          settings={settings}
        />
      ) : (
        <p>{formatTarget(t, null, definition.unit, engagement)}</p>
      )}

      {chart && (
        <>
          <h3>{t('dashboard.detail.trend')}</h3>
          <Chart option={chart} height={200} label={t('dashboard.card.trend', { label })} />
        </>
      )}

      {result.breakdown && (
        <>
          <h3>{t('dashboard.detail.breakdown')}</h3>
          <table className="simple-table">
            <tbody>
              {Object.entries(result.breakdown).map(([key, value]) => (
                <tr key={key} data-testid={`breakdown-${key}`}>
                  <td>{breakdownLabel(t, definition.id, key)}</td>
                  <td className="right">
                    {breakdownValue(t, definition.id, key, value, engagement)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {result.caveats && (
        <>
          <h3>{t('dashboard.detail.caveats')}</h3>
          <ul>
            {result.caveats.map((caveat) => (
              <li key={caveat.code}>
                {t(`dashboard.caveats.${caveat.code}`, { n: formatNumber(caveat.count, locale) })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('dashboard.detail.evidence', { n: formatNumber(result.evidence.length, locale) })}</h3>
      <EvidenceTables
        engagement={engagement}
        keys={result.evidence}
        kind={kpiMeta(definition.id).evidence}
      />
    </aside>
  );
}

function hasTarget(definition: KpiDefinition): definition is KpiDefinition & { target: KpiTarget } {
  return definition.target !== null;
}

function settingText(value: number | string, locale: Engagement['locale']): string {
  return typeof value === 'number' ? formatNumber(value, locale, 2) : value;
}
