import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { TFunction } from 'i18next';

import type { Engagement } from '@core/model/engagement';
import { SAVING_RULES } from '@core/savings';
import type { SavingDecisionValue, SavingRecommendation } from '@core/savings';

import { formatDate, formatMoney } from '../../i18n/format';
import { useUiLanguage } from './use-ui-language';

export type DecisionChange = (id: string, decision: SavingDecisionValue | null) => void;

interface Props {
  engagement: Engagement;
  savings: readonly SavingRecommendation[];
  decisions: ReadonlyMap<string, SavingDecisionValue>;
  /** The consultant's note on each decided recommendation, shown on its decision. */
  notes: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDecide: DecisionChange;
}

const ROW_HEIGHT = 52;

/** The recommendations, virtualised: a large fleet yields thousands of them. */
export function SavingsList(props: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders the list itself; there is no React Compiler in this build.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.savings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div className="savings-list" role="table" data-testid="savings-list">
      <div className="savings-row savings-head" role="row">
        <span role="columnheader">{t('dashboard.savings.line')}</span>
        <span role="columnheader">{t('dashboard.savings.change')}</span>
        <span role="columnheader" className="right">
          {t('dashboard.savings.monthly')}
        </span>
        <span role="columnheader" className="right">
          {t('dashboard.savings.yearly')}
        </span>
        <span role="columnheader">{t('dashboard.savings.decision')}</span>
      </div>
      <div ref={scroller} className="savings-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <SavingRow
              key={props.savings[item.index].id}
              {...props}
              saving={props.savings[item.index]}
              top={item.start}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowProps extends Props {
  saving: SavingRecommendation;
  top: number;
}

function SavingRow({
  engagement,
  saving,
  decisions,
  notes,
  selectedId,
  onSelect,
  onDecide,
  top,
}: RowProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const money = (value: number) => formatMoney(value, engagement.currency, engagement.locale);
  const decision = decisions.get(saving.id);
  const change = changeOf(saving, t, money, engagement);
  const rule = SAVING_RULES[saving.kind][lang];
  const classes = ['savings-row', decision ?? '', selectedId === saving.id ? 'selected' : ''];

  return (
    <div
      role="row"
      className={classes.join(' ')}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(saving.id)}
      data-testid="saving-row"
      data-saving-id={saving.id}
    >
      <span role="cell">
        <span className={`saving-kind kind-${saving.kind}`}>
          {t(`dashboard.savings.kinds.${saving.kind}`)}
        </span>
        <span className="mono">{subjectOf(saving, t)}</span>
      </span>
      <span role="cell" className="saving-change" title={`${change}\n${rule}`}>
        {change}
        <br />
        <span className="muted small" data-testid="saving-rule">
          {rule}
        </span>
      </span>
      <span role="cell" className="right">
        {money(saving.monthly)}
      </span>
      <span role="cell" className="right" data-testid="saving-yearly">
        {money(saving.yearly)}
      </span>
      <span role="cell" className="saving-actions" onClick={(e) => e.stopPropagation()}>
        {decision ? (
          <>
            <span
              className={`decision decision-${decision}`}
              title={notes.get(saving.id) || undefined}
              data-testid="saving-decision"
            >
              {t(`dashboard.savings.${decision}`)}
            </span>
            <button type="button" className="button" onClick={() => onDecide(saving.id, null)}>
              {t('dashboard.savings.undo')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button primary"
              onClick={() => onDecide(saving.id, 'accepted')}
              data-testid="saving-accept"
            >
              {t('dashboard.savings.accept')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => onDecide(saving.id, 'rejected')}
              data-testid="saving-reject"
            >
              {t('dashboard.savings.reject')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                // Deferring asks for a note: the row opens, its note field beside the proof.
                onDecide(saving.id, 'deferred');
                onSelect(saving.id);
              }}
              data-testid="saving-defer"
            >
              {t('dashboard.savings.defer')}
            </button>
          </>
        )}
      </span>
    </div>
  );
}

/** What the row is about: a line number, a device kind, an operator. */
export function subjectOf(saving: SavingRecommendation, t: TFunction): string {
  const kind = saving.detail?.deviceKind;
  return kind ? t(`dashboard.breakdown.kinds.${kind}`, { defaultValue: kind }) : saving.lineNumber;
}

/** What a recommendation changes, in the reader's words. */
function changeOf(
  saving: SavingRecommendation,
  t: TFunction,
  money: (value: number) => string,
  engagement: Engagement,
): string {
  const d = saving.detail ?? {};
  const from = saving.facts.currentPlan ?? t('dashboard.savings.unknownPlan');
  const n = d.terminatedLines?.length ?? 0;
  switch (saving.kind) {
    case 'terminate':
      return t('dashboard.savings.terminateChange', { from });
    case 'consolidate':
      return t('dashboard.savings.consolidateChange', { kept: d.keptLine, n });
    case 'renew':
    case 'enrol':
      return t('dashboard.savings.devicesChange', { n: d.devices });
    case 'retire':
      return t('dashboard.savings.retireChange', { n: d.devices, lines: d.lines ?? 0 });
    case 'respiration':
      return t('dashboard.savings.respirationChange', { used: n, allowance: d.allowance });
    case 'contract-end':
      return t('dashboard.savings.contractEndChange', {
        date: formatDate(d.contractEnd ?? '', engagement.locale),
      });
    case 'minimum-revenue':
      return t('dashboard.savings.minimumChange', {
        after: money(d.spendAfter ?? 0),
        minimum: money(d.minimumMonthly ?? 0),
      });
    default:
      return t('dashboard.savings.planChange', { from, to: saving.facts.targetPlan ?? '' });
  }
}
