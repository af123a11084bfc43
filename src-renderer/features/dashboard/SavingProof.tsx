import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import { DEVICE_SAVING_KINDS, SAVING_RULES } from '@core/savings';
import type { SavingRecommendation } from '@core/savings';

import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { useViewRows } from '../../store/hooks';
import { EvidenceTables } from './EvidenceTables';
import { subjectOf } from './SavingsList';
import { useUiLanguage } from './use-ui-language';

const MB_PER_GB = 1024;
/** A contract lever can rest on thousands of line-months: the first ones show, the rest count. */
const MAX_ROWS = 200;

/** The rule, the figures and the rows (line-months or devices) a recommendation rests on. */
export function SavingProof({
  engagement,
  saving,
}: {
  engagement: Engagement;
  saving: SavingRecommendation | undefined;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (!saving) {
    return <aside className="panel saving-proof muted">{t('dashboard.savings.proofHint')}</aside>;
  }

  const onDevices = DEVICE_SAVING_KINDS.includes(saving.kind);
  const lineKeys = onDevices ? (saving.detail?.lineEvidence ?? []) : saving.evidence;
  return (
    <aside className="panel saving-proof" data-testid="saving-proof">
      <h3>{t('dashboard.savings.proof', { line: subjectOf(saving, t) })}</h3>
      <p className="small" data-testid="saving-proof-rule">
        {t('dashboard.savings.rule', { rule: SAVING_RULES[saving.kind][lang] })}
      </p>
      <p className="small" data-testid="saving-proof-facts">
        {factsOf(saving, engagement, t)}
      </p>
      {onDevices && (
        <EvidenceTables engagement={engagement} keys={saving.evidence} kind="devices" />
      )}
      {lineKeys.length > 0 && <InvoiceRows engagement={engagement} keys={lineKeys} />}
    </aside>
  );
}

/** The invoice line-months named by `line|period` keys, by line then month. */
function InvoiceRows({ engagement, keys }: { engagement: Engagement; keys: readonly string[] }) {
  const { t } = useTranslation();
  const invoices = useViewRows(engagement.id, 'invoices');
  const { locale, currency } = engagement;
  const money = (value: number) => formatMoney(value, currency, locale);
  const gb = (mb: number) => formatNumber(mb / MB_PER_GB, locale, 1);

  const rows = useMemo(() => {
    if (!invoices) return [];
    const wanted = new Set(keys);
    return invoices
      .filter((row) => wanted.has(`${row.lineNumber}|${row.period}`))
      .sort((a, b) => a.lineNumber.localeCompare(b.lineNumber) || a.period.localeCompare(b.period));
  }, [keys, invoices]);
  const severalLines = new Set(keys.map((key) => key.split('|')[0])).size > 1;

  return (
    <>
      <div style={{ maxHeight: 480, overflowY: 'auto' }}>
        <table className="simple-table" data-testid="saving-proof-rows">
          <thead>
            <tr>
              {severalLines && <th>{t('dashboard.savings.line')}</th>}
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
            {rows.slice(0, MAX_ROWS).map((row) => (
              <tr key={`${row.lineNumber}|${row.period}|${row.plan ?? ''}|${row.totalExVat}`}>
                {severalLines && <td className="mono">{row.lineNumber}</td>}
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
      </div>
      {rows.length > MAX_ROWS && (
        <p className="muted small">
          {t('dashboard.savings.moreRows', { n: formatNumber(rows.length - MAX_ROWS, locale) })}
        </p>
      )}
    </>
  );
}

/** The figures behind the recommendation, in one sentence of its kind. */
function factsOf(saving: SavingRecommendation, engagement: Engagement, t: TFunction): string {
  const { locale, currency } = engagement;
  const money = (value: number) => formatMoney(value, currency, locale);
  const count = (value: number | undefined) => formatNumber(value ?? 0, locale);
  const gb = (mb: number) => formatNumber(mb / MB_PER_GB, locale, 1);
  const d = saving.detail ?? {};
  const facts = saving.facts;
  switch (saving.kind) {
    case 'consolidate':
      return t('dashboard.savings.proofConsolidate', {
        kept: d.keptLine,
        because: t(`dashboard.savings.keptBecause.${d.keptBecause ?? 'usage'}`),
        ended: (d.terminatedLines ?? []).join(', '),
        monthly: money(saving.monthly),
        months: count(facts.months),
      });
    case 'renew':
      return t('dashboard.savings.proofRenew', {
        n: count(d.devices),
        age: formatNumber(d.meanAgeMonths ?? 0, locale, 1),
        lifetime: count(d.lifetimeMonths),
        cost: money(d.renewalCost ?? 0),
        perMonth: money(d.renewalMonthly ?? 0),
      });
    case 'enrol':
      return t('dashboard.savings.proofEnrol', { n: count(d.devices) });
    case 'retire':
      return t('dashboard.savings.proofRetire', {
        n: count(d.devices),
        lines: count(d.lines),
        monthly: money(saving.monthly),
      });
    case 'respiration':
      return t('dashboard.savings.proofRespiration', {
        pct: formatNumber(d.respirationPct ?? 0, locale, 2),
        lines: count(d.lines),
        allowance: count(d.allowance),
        used: count(d.terminatedLines?.length),
        terminations: count(d.terminations),
      });
    case 'contract-end':
      return t(
        d.running ? 'dashboard.savings.proofContractEnd' : 'dashboard.savings.proofContractEnded',
        {
          date: formatDate(d.contractEnd ?? '', locale),
          months: count(d.monthsLeft),
          terminations: count(d.terminations),
          allowance: count(d.allowance),
          excess: count(d.excess),
          penalty: money(d.penalty ?? 0),
        },
      );
    case 'minimum-revenue':
      return t('dashboard.savings.proofMinimum', {
        minimum: money(d.minimumMonthly ?? 0),
        before: money(d.spendMonthly ?? 0),
        after: money(d.spendAfter ?? 0),
        gap: money(-saving.monthly),
      });
    default:
      return t('dashboard.savings.proofFacts', {
        price: money(facts.currentPrice),
        source: t(`dashboard.savings.priceSource.${facts.priceSource}`),
        peak: gb(facts.peakDataMb),
        mean: gb(facts.meanDataMb),
        voice: formatNumber(facts.peakVoiceMin, locale),
        overage: money(facts.meanOutOfPlan),
      });
  }
}
