import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { kpiSparklineOption } from '@core/charts/kpi-trend';
import type { KpiDefinition, KpiResult } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { Chart } from '../../components/Chart';
import { formatMoney, formatNumber } from '../../i18n/format';
import { formatKpiValue, formatTarget, missingText, statusText } from './kpi-format';
import { kpiMeta } from './kpi-meta';
import { useUiLanguage } from './use-ui-language';

interface Props {
  definition: KpiDefinition;
  result: KpiResult;
  engagement: Engagement;
  selected: boolean;
  onOpen: () => void;
}

export function KpiCard({ definition, result, engagement, selected, onOpen }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const label = definition.label[language];
  const status = result.value === null ? 'missing' : result.status;
  const trend = result.trend && result.trend.length >= 2 ? result.trend : null;
  const sparkline = useMemo(
    () => (trend ? kpiSparklineOption(trend, result.status) : null),
    [trend, result.status],
  );
  const isShare = definition.unit === 'percent';

  return (
    <button
      type="button"
      className={`kpi-card status-${status}${selected ? ' selected' : ''}`}
      onClick={onOpen}
      title={definition.definition[language]}
      aria-label={t('dashboard.card.open', { label })}
      data-testid={`kpi-${definition.id}`}
      data-status={status}
    >
      <span className="kpi-card-head">
        <span className="kpi-label">{label}</span>
        <span className={`kpi-status status-${status}`} data-testid="kpi-status">
          {statusText(t, result)}
        </span>
      </span>

      {result.value === null ? (
        <span className="kpi-missing" data-testid="kpi-missing">
          {missingText(t, result.missing)}
        </span>
      ) : (
        <span className="kpi-value" data-testid="kpi-value">
          {formatKpiValue(t, result.value, definition.unit, engagement)}
        </span>
      )}

      {sparkline && trend && (
        <Chart option={sparkline} height={36} label={t('dashboard.card.trend', { label })} />
      )}

      <span className="kpi-facts">
        {result.value !== null && (
          <span data-testid="kpi-basis">
            {t(`dashboard.basis.${kpiMeta(definition.id).basis}`, {
              n: formatNumber(result.basis, engagement.locale),
            })}
          </span>
        )}
        {result.value !== null && isShare && (
          <span data-testid="kpi-flagged">
            {t('dashboard.card.flagged', {
              n: formatNumber(result.evidence.length, engagement.locale),
            })}
          </span>
        )}
        {result.monthlyStake !== undefined && result.monthlyStake > 0 && (
          <span>
            {t('dashboard.card.stake', {
              amount: formatMoney(result.monthlyStake, engagement.currency, engagement.locale),
            })}
          </span>
        )}
        <span className="muted" data-testid="kpi-target">
          {formatTarget(t, result.target ?? definition.target, definition.unit, engagement)}
          {result.target && ` (${t('dashboard.target.source.engagement')})`}
        </span>
      </span>
    </button>
  );
}
