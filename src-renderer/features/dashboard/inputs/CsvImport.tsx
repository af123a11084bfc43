import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InputFamily } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../../i18n/format';
import { usePlatform } from '../../../platform';
import { reportError } from '../../engagements/actions';
import { importInputsCsv, saveInputsTemplate } from './csv-actions';
import type { CsvOutcome } from './csv-actions';
import { CsvProblems } from './CsvProblems';

interface Props {
  engagement: Engagement;
  family: InputFamily;
}

/** The family's CSV import and template, and what the last import did. */
export function CsvImport({ engagement, family }: Props) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [outcome, setOutcome] = useState<CsvOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setBusy(true);
    try {
      const next = await importInputsCsv(platform, engagement, family, t);
      if (next) setOutcome(next);
    } finally {
      setBusy(false);
    }
  };
  const template = () =>
    saveInputsTemplate(platform, family, i18n.language === 'en' ? 'en' : 'fr', t);
  const fail = (error: unknown) => reportError(error, t);

  return (
    <div className="inputs-csv" data-testid="inputs-csv">
      <div className="inputs-csv-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void pick().catch(fail)}
          data-testid="inputs-csv-import"
        >
          {t('dashboard.inputs.csv.import')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void template().catch(fail)}
          data-testid="inputs-csv-template"
        >
          {t('dashboard.inputs.csv.template')}
        </button>
        <span className="small muted">{t('dashboard.inputs.csv.hint')}</span>
      </div>
      {outcome?.kind === 'added' && (
        <p className="notice-inline" role="status" data-testid="inputs-csv-added">
          {t('dashboard.inputs.csv.added', {
            n: formatNumber(outcome.count, engagement.locale),
            file: outcome.file,
          })}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div className="inputs-csv-refused" role="alert" data-testid="inputs-csv-refused">
          <p className="setting-error">
            {t('dashboard.inputs.csv.refused', { file: outcome.file })}
          </p>
          <CsvProblems problems={outcome.problems} />
        </div>
      )}
    </div>
  );
}
