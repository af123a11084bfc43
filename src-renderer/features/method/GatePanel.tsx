import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { VERDICTS } from '@core/method/plan';
import type { PhasePlan, Verdict } from '@core/method/plan';

import { formatDate } from '../../i18n/format';
import { CheckList } from './CheckList';
import { todayOf } from './labels';

interface Props {
  engagement: Engagement;
  plan: PhasePlan;
  onSave: (plan: PhasePlan) => Promise<void>;
}

/** The phase's go/no-go: criteria to tick, then a decision with who, when and why. */
export function GatePanel({ engagement, plan, onSave }: Props) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict>('go');
  const [by, setBy] = useState('');
  const [at, setAt] = useState(todayOf(engagement.referenceDate));
  const [why, setWhy] = useState('');
  const decision = plan.decision;

  const record = () => {
    if (!by.trim() || !at) return;
    void onSave({ ...plan, decision: { verdict, by: by.trim(), at, why: why.trim() } });
    setWhy('');
  };

  return (
    <div className="method-gate" data-testid={`gate-${plan.phase}`}>
      <h3>{t('method.gate.title')}</h3>
      <CheckList
        items={plan.criteria}
        onChange={(criteria) => void onSave({ ...plan, criteria })}
        testId="gate"
      />
      {decision && (
        <p className={`method-decision gate-${decision.verdict}`} data-testid="gate-decision">
          {t('method.gate.recorded', {
            verdict: t(`method.gate.state.${decision.verdict}`),
            by: decision.by,
            at: formatDate(decision.at, engagement.locale),
          })}
          {decision.why && <span className="muted"> — {decision.why}</span>}
        </p>
      )}
      <form
        className="method-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          record();
        }}
      >
        <select
          value={verdict}
          onChange={(event) => setVerdict(event.target.value as Verdict)}
          aria-label={t('method.gate.verdict')}
          data-testid="gate-verdict"
        >
          {VERDICTS.map((option) => (
            <option key={option} value={option}>
              {t(`method.gate.state.${option}`)}
            </option>
          ))}
        </select>
        <input
          value={by}
          onChange={(event) => setBy(event.target.value)}
          placeholder={t('method.gate.by')}
          aria-label={t('method.gate.by')}
          required
          data-testid="gate-by"
        />
        <input
          type="date"
          value={at}
          onChange={(event) => setAt(event.target.value)}
          aria-label={t('method.gate.at')}
          required
          data-testid="gate-at"
        />
        <input
          className="method-why"
          value={why}
          onChange={(event) => setWhy(event.target.value)}
          placeholder={t('method.gate.why')}
          aria-label={t('method.gate.why')}
          data-testid="gate-why"
        />
        <button type="submit" className="button primary" data-testid="gate-record">
          {t('method.gate.record')}
        </button>
      </form>
    </div>
  );
}
