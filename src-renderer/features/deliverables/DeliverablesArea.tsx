import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SECTION_IDS } from '@core/documents/pdf/registry';
import { defaultReportDefinition } from '@core/documents/report-definition';
import type { Engagement } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { reportError } from '../engagements/actions';
import { saveDeliverable } from './export-actions';
import type { BuiltDeliverable } from './export-actions';
import { ExportPanel } from './ExportPanel';
import { PdfPreview } from './preview/PdfPreview';
import { ReportOptionsForm } from './ReportOptionsForm';
import { SectionList } from './SectionList';
import { useReportDefinition } from './use-report-definition';
import './deliverables.css';

export function DeliverablesArea({ engagement }: { engagement: Engagement }) {
  // Keyed so that an edit in progress never carries over to another engagement.
  return <ReportEditor key={engagement.id} engagement={engagement} />;
}

function ReportEditor({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const onError = useCallback((error: unknown) => reportError(error, t), [t]);
  const { definition, update, save } = useReportDefinition(engagement.id, onError);
  const platform = usePlatform();
  const [preview, setPreview] = useState<BuiltDeliverable | null>(null);

  if (!definition) return <p className="muted">{t('deliverables.loading')}</p>;

  if (preview) {
    return (
      <div className="deliverables-area" data-testid="deliverables-area">
        <h1>{t('deliverables.preview.title')}</h1>
        <PdfPreview
          bytes={preview.bytes}
          fileName={preview.fileName}
          onSave={() => void saveDeliverable(preview, platform, t)}
          onBack={() => setPreview(null)}
        />
      </div>
    );
  }

  const language = t(`deliverables.languages.${engagement.locale}`);
  const edit = { definition, update, save };

  return (
    <div className="deliverables-area" data-testid="deliverables-area">
      <h1>{t('deliverables.title')}</h1>
      <p className="muted">{t('deliverables.intro', { language })}</p>
      <div className="deliverables-columns">
        <section className="panel">
          <h2>{t('deliverables.sectionsTitle')}</h2>
          <SectionList {...edit} />
          <button
            type="button"
            onClick={() =>
              update({ ...definition, sections: defaultReportDefinition(SECTION_IDS).sections })
            }
            data-testid="sections-reset"
          >
            {t('deliverables.reset')}
          </button>
        </section>
        <div className="deliverables-side">
          <section className="panel">
            <h2>{t('deliverables.optionsTitle')}</h2>
            <ReportOptionsForm {...edit} />
          </section>
          <ExportPanel
            engagementId={engagement.id}
            definition={definition}
            onPreview={setPreview}
          />
        </div>
      </div>
    </div>
  );
}
