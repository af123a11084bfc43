import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { FilePreview } from '../../tasks/import-types';
import { PartCard } from './PartCard';
import { partKey } from './use-import-flow';
import type { ImportFlow } from './use-import-flow';

/** Every file read, part by part, with one confirm for all: nothing is stored before it. */
export function ImportPreview({ flow, locale }: { flow: ImportFlow; locale: Locale }) {
  const { t } = useTranslation();
  if (!flow.session) return null;

  return (
    <section className="panel import-preview" data-testid="import-preview">
      <h2>{t('import.previewTitle')}</h2>
      <p className="muted">{t('import.previewIntro')}</p>
      {flow.session.files.map((file) => (
        <FileBlock key={file.fileIndex} file={file} flow={flow} locale={locale} />
      ))}
      <div className="form-actions">
        <button type="button" onClick={flow.discard} data-testid="import-discard">
          {t('import.discard')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={flow.busy || flow.included.size === 0}
          onClick={() => void flow.confirm()}
          data-testid="import-confirm"
        >
          {t('import.confirm')}
        </button>
      </div>
      {flow.again.length > 0 && (
        <ConfirmDialog
          title={t('import.againTitle')}
          body={t('import.againBody', { count: flow.again.length })}
          confirmLabel={t('import.againConfirm')}
          cancelLabel={t('form.cancel')}
          onCancel={flow.cancelAgain}
          onConfirm={() => void flow.confirm(true)}
        />
      )}
    </section>
  );
}

function FileBlock({
  file,
  flow,
  locale,
}: {
  file: FilePreview;
  flow: ImportFlow;
  locale: Locale;
}) {
  const { t } = useTranslation();

  if (!file.ok) {
    return (
      <div className="import-file-error" role="alert" data-testid="import-file-error">
        <strong className="mono">{file.name}</strong>
        <p>{t(`errors.${file.error.code}`, { file: file.name, ...file.error.params })}</p>
        <p className="muted small">{t('import.fileFailed')}</p>
      </div>
    );
  }

  return (
    <>
      {file.parts.map((part) => (
        <PartCard
          key={partKey(part)}
          part={part}
          locale={locale}
          busy={flow.busy}
          included={flow.included.has(partKey(part))}
          importedBefore={flow.importedBefore(part)}
          onToggle={(on) => flow.toggle(part, on)}
          onReparse={(options) => void flow.reparse(part, options)}
        />
      ))}
    </>
  );
}
