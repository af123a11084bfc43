import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { ImportPreview } from './ImportPreview';
import type { ImportFlow } from './use-import-flow';

const EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx', 'json', 'zip'];

/** The import entry point of the Data screen, and the preview once files are read. */
export function ImportPanel({ flow, locale }: { flow: ImportFlow; locale: Locale }) {
  const { t } = useTranslation();
  const platform = usePlatform();

  const choose = async (): Promise<void> => {
    const files = await platform.openFiles({
      title: t('import.pickTitle'),
      filters: [{ name: 'Exports', extensions: EXTENSIONS }],
      multiple: true,
    });
    if (files.length > 0) await flow.open(files);
  };

  return (
    <>
      <div className="import-bar">
        <button
          type="button"
          className="primary"
          disabled={flow.busy}
          onClick={() => void choose()}
          data-testid="import-open"
        >
          {t('import.open')}
        </button>
        <span className="muted small">{t('import.dropHint')}</span>
      </div>
      <ImportPreview flow={flow} locale={locale} />
    </>
  );
}
