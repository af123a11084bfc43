import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { formatDate } from '../../i18n/format';
import { importCatalogueText } from '../../kpi';
import type { CatalogueImport, KpiReport } from '../../kpi';
import { usePlatform } from '../../platform';
import { reportError } from '../engagements/actions';

interface Props {
  engagement: Engagement;
  report: KpiReport | undefined;
}

/** The OS catalogue's snapshot date, and the import of a newer one for every engagement. */
export function CatalogueCard({ engagement, report }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [outcome, setOutcome] = useState<CatalogueImport | null>(null);
  const locale = engagement.locale;

  const pickFile = async () => {
    const files = await platform.openFiles({
      title: t('dashboard.catalogue.pick'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
      multiple: false,
    });
    if (files.length === 0) return;
    const text = new TextDecoder('utf-8').decode(files[0].bytes);
    setOutcome(await importCatalogueText(text));
  };

  return (
    <section className="panel" data-testid="catalogue-card">
      <h2>{t('dashboard.catalogue.title')}</h2>
      {report && (
        <p data-testid="catalogue-snapshot">
          {t('dashboard.catalogue.snapshot', {
            date: formatDate(report.catalogue.snapshotDate, locale),
            origin: t(`dashboard.catalogue.origin.${report.catalogue.origin}`),
          })}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          pickFile().catch((error: unknown) => reportError(error, t));
        }}
        data-testid="catalogue-import"
      >
        {t('dashboard.catalogue.import')}
      </button>
      {outcome && (
        <p
          className={outcome.outcome === 'replaced' ? 'notice-inline' : 'setting-error'}
          role="status"
          data-testid="catalogue-outcome"
        >
          {outcomeText(outcome)}
        </p>
      )}
      {outcome?.outcome === 'invalid' && (
        <ul className="small muted">
          {outcome.issues.slice(0, 5).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </section>
  );

  function outcomeText(result: CatalogueImport): string {
    switch (result.outcome) {
      case 'replaced':
        return t('dashboard.catalogue.replaced', { date: formatDate(result.snapshotDate, locale) });
      case 'not-newer':
        return t('dashboard.catalogue.notNewer', {
          date: formatDate(result.snapshotDate, locale),
          current: formatDate(result.currentDate, locale),
        });
      case 'invalid':
        return t('dashboard.catalogue.invalid');
      case 'not-json':
        return t('dashboard.catalogue.notJson');
    }
  }
}
