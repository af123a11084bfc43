// The preview's controls: back to the sections, previous / page N of M / next, zoom, save.
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pages: number;
  zoom: number;
  zooms: readonly number[];
  onPage: (page: number) => void;
  onZoom: (zoom: number) => void;
  onSave: () => void;
  onBack: () => void;
}

export function PreviewToolbar(props: Props) {
  const { page, pages, zoom, zooms, onPage, onZoom, onSave, onBack } = props;
  const { t } = useTranslation();
  const step = zooms.indexOf(zoom);

  return (
    <div className="preview-toolbar" role="toolbar" aria-label={t('deliverables.preview.title')}>
      <button type="button" onClick={onBack} data-testid="preview-back">
        {t('deliverables.preview.back')}
      </button>
      <span className="preview-group">
        <button
          type="button"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
          aria-label={t('deliverables.preview.previous')}
          data-testid="preview-previous"
        >
          ‹
        </button>
        <span className="preview-counter" aria-live="polite" data-testid="preview-counter">
          {t('deliverables.preview.pageOf', { page, pages })}
        </span>
        <button
          type="button"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
          aria-label={t('deliverables.preview.next')}
          data-testid="preview-next"
        >
          ›
        </button>
      </span>
      <span className="preview-group">
        <button
          type="button"
          disabled={step <= 0}
          onClick={() => onZoom(zooms[step - 1])}
          aria-label={t('deliverables.preview.zoomOut')}
          data-testid="preview-zoom-out"
        >
          −
        </button>
        <span className="preview-zoom" data-testid="preview-zoom">
          {t('deliverables.preview.zoom', { percent: Math.round(zoom * 100) })}
        </span>
        <button
          type="button"
          disabled={step >= zooms.length - 1}
          onClick={() => onZoom(zooms[step + 1])}
          aria-label={t('deliverables.preview.zoomIn')}
          data-testid="preview-zoom-in"
        >
          +
        </button>
      </span>
      <button type="button" className="primary" onClick={onSave} data-testid="preview-save">
        {t('deliverables.preview.save')}
      </button>
    </div>
  );
}
