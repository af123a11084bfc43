import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { SavingDecisionValue, SavingRecommendation } from '@core/savings';

import { formatMoney } from '../../i18n/format';

export type DecisionChange = (id: string, decision: SavingDecisionValue | null) => void;

interface Props {
  engagement: Engagement;
  savings: readonly SavingRecommendation[];
  decisions: ReadonlyMap<string, SavingDecisionValue>;
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
  selectedId,
  onSelect,
  onDecide,
  top,
}: RowProps) {
  const { t } = useTranslation();
  const money = (value: number) => formatMoney(value, engagement.currency, engagement.locale);
  const decision = decisions.get(saving.id);
  const from = saving.facts.currentPlan ?? t('dashboard.savings.unknownPlan');
  const change =
    saving.kind === 'terminate'
      ? t('dashboard.savings.terminateChange', { from })
      : t('dashboard.savings.planChange', { from, to: saving.facts.targetPlan ?? '' });
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
        <span className="mono">{saving.lineNumber}</span>
      </span>
      <span role="cell" className="saving-change" title={change}>
        {change}
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
            <span className={`decision decision-${decision}`}>
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
          </>
        )}
      </span>
    </div>
  );
}
