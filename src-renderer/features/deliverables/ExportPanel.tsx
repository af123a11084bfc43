import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportDefinition } from '@core/documents/report-definition';
import type { EngagementId } from '@core/model/ids';

import { usePlatform } from '../../platform';
import { buildDeliverable, exportDeliverable } from './export-actions';
import type { BuiltDeliverable, DeliverableFormat } from './export-actions';

interface Props {
  engagementId: EngagementId;
  definition: ReportDefinition;
  /** Shows a built PDF before it is saved. */
  onPreview: (built: BuiltDeliverable) => void;
}

export function ExportPanel({ engagementId, definition, onPreview }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [running, setRunning] = useState(false);

  const run = (format: DeliverableFormat) => {
    setRunning(true);
    void exportDeliverable(engagementId, format, definition, platform, t).finally(() =>
      setRunning(false),
    );
  };

  const preview = () => {
    setRunning(true);
    void buildDeliverable(engagementId, 'pdf', definition, t)
      .then((built) => built && onPreview(built))
      .finally(() => setRunning(false));
  };

  return (
    <section className="panel report-export">
      <h2>{t('deliverables.exportTitle')}</h2>
      <p className="muted">{t('deliverables.exportIntro')}</p>
      <div className="form-actions">
        <button type="button" disabled={running} onClick={preview} data-testid="preview-pdf">
          {t('deliverables.preview.open')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={running}
          onClick={() => run('pdf')}
          data-testid="export-pdf"
        >
          {t('deliverables.exportPdf')}
        </button>
        <button
          type="button"
          disabled={running}
          onClick={() => run('xlsx')}
          data-testid="export-xlsx"
        >
          {t('deliverables.exportXlsx')}
        </button>
      </div>
    </section>
  );
}
