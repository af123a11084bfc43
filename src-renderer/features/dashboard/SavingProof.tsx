import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { SavingRecommendation } from '@core/savings';

import { formatMoney, formatNumber } from '../../i18n/format';
import { useViewRows } from '../../store/hooks';

const MB_PER_GB = 1024;

/** The figures and the invoice line-months a recommendation rests on. */
export function SavingProof({
  engagement,
  saving,
}: {
  engagement: Engagement;
  saving: SavingRecommendation | undefined;
}) {
  const { t } = useTranslation();
  const invoices = useViewRows(engagement.id, 'invoices');
  const { locale, currency } = engagement;
  const money = (value: number) => formatMoney(value, currency, locale);
  const gb = (mb: number) => formatNumber(mb / MB_PER_GB, locale, 1);

  const rows = useMemo(() => {
    if (!saving || !invoices) return [];
    const wanted = new Set(saving.evidence);
    return invoices
      .filter((row) => wanted.has(`${row.lineNumber}|${row.period}`))
      .sort((a, b) => a.period.localeCompare(b.period));
  }, [saving, invoices]);

  if (!saving) {
    return <aside className="panel saving-proof muted">{t('dashboard.savings.proofHint')}</aside>;
  }

  const facts = saving.facts;
  return (
    <aside className="panel saving-proof" data-testid="saving-proof">
      <h3>{t('dashboard.savings.proof', { line: saving.lineNumber })}</h3>
      <p className="small">
        {t('dashboard.savings.proofFacts', {
          price: money(facts.currentPrice),
          source: t(`dashboard.savings.priceSource.${facts.priceSource}`),
          peak: gb(facts.peakDataMb),
          mean: gb(facts.meanDataMb),
          voice: formatNumber(facts.peakVoiceMin, locale),
          overage: money(facts.meanOutOfPlan),
        })}
      </p>
      <table className="simple-table" data-testid="saving-proof-rows">
        <thead>
          <tr>
            <th>{t('dashboard.savings.period')}</th>
            <th>{t('dashboard.savings.plan')}</th>
            <th className="right">{t('dashboard.savings.planCharge')}</th>
            <th className="right">{t('dashboard.savings.data')}</th>
            <th className="right">{t('dashboard.savings.voice')}</th>
            <th className="right">{t('dashboard.savings.outOfPlan')}</th>
            <th className="right">{t('dashboard.savings.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.period}|${row.plan ?? ''}|${row.totalExVat}`}>
              <td>{row.period}</td>
              <td>{row.plan ?? '—'}</td>
              <td className="right">{money(row.planCharge)}</td>
              <td className="right">{gb(row.dataMb)}</td>
              <td className="right">{formatNumber(row.voiceMin, locale)}</td>
              <td className="right">{money(row.outOfPlan)}</td>
              <td className="right">{money(row.totalExVat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
