import { useTranslation } from 'react-i18next';

import type { Progress } from '@core/method/progress';

/** Reviewed work in full colour, work awaiting review lighter, with the reviewed share. */
export function ProgressBar({ progress, testId }: { progress: Progress; testId: string }) {
  const { t } = useTranslation();
  const { applicable, reviewed, awaitingReview, share } = progress;
  const width = (count: number) => (applicable === 0 ? 0 : (100 * count) / applicable);
  const percent =
    share === null ? '—' : t('method.progress.percent', { n: Math.round(share * 100) });

  return (
    <div className="method-progress" data-testid={testId}>
      <div className="method-track" aria-hidden="true">
        <span className="method-fill reviewed" style={{ width: `${width(reviewed)}%` }} />
        <span className="method-fill awaiting" style={{ width: `${width(awaitingReview)}%` }} />
      </div>
      <span className="method-percent" data-testid={`${testId}-percent`}>
        {percent}
      </span>
      <span className="muted small">
        {t('method.progress.counts', { reviewed, awaiting: awaitingReview, total: applicable })}
      </span>
    </div>
  );
}
