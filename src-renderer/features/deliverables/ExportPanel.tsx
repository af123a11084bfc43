import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportDefinition } from '@core/documents/report-definition';
import type { EngagementId } from '@core/model/ids';

import { usePlatform } from '../../platform';
import { exportDeliverable } from './export-actions';
import type { DeliverableFormat } from './export-actions';

interface Props {
  engagementId: EngagementId;
  definition: ReportDefinition;
}

export function ExportPanel({ engagementId, definition }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [running, setRunning] = useState<DeliverableFormat | null>(null);

  const run = (format: DeliverableFormat) => {
    setRunning(format);
    void exportDeliverable(engagementId, format, definition, platform, t).finally(() =>
      setRunning(null),
    );
  };

  return (
    <section className="panel report-export">
      <h2>{t('deliverables.exportTitle')}</h2>
      <p className="muted">{t('deliverables.exportIntro')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={running !== null}
          onClick={() => run('pdf')}
          data-testid="export-pdf"
        >
          {t('deliverables.exportPdf')}
        </button>
        <button
          type="button"
          disabled={running !== null}
          onClick={() => run('xlsx')}
          data-testid="export-xlsx"
        >
          {t('deliverables.exportXlsx')}
        </button>
      </div>
    </section>
  );
}
