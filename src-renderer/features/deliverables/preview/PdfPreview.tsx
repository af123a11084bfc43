// The report as it will be saved: its pages drawn by pdf.js, a page counter with previous and
// next, zoom steps, "Save" for exactly these bytes and a way back to the sections.
import { useMemo, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';

import { PAGE_GAP, ZOOMS, pageAt, pageTops, scaleOf } from './page-layout';
import { PreviewPage } from './PreviewPage';
import { PreviewToolbar } from './PreviewToolbar';
import { usePdfDocument } from './use-pdf-document';
import type { PageSize } from './use-pdf-document';

interface Props {
  bytes: Uint8Array;
  fileName: string;
  onSave: () => void;
  onBack: () => void;
}

export function PdfPreview({ bytes, fileName, onSave, onBack }: Props) {
  const { t } = useTranslation();
  const state = usePdfDocument(bytes);

  return (
    <section className="panel pdf-preview" data-testid="pdf-preview" aria-label={fileName}>
      {state.status === 'ready' ? (
        <PreviewPages
          document={state.document}
          sizes={state.sizes}
          onSave={onSave}
          onBack={onBack}
        />
      ) : (
        <>
          <div className="form-actions">
            <button type="button" onClick={onBack} data-testid="preview-back">
              {t('deliverables.preview.back')}
            </button>
          </div>
          <p className="muted" role={state.status === 'failed' ? 'alert' : undefined}>
            {t(state.status === 'failed' ? 'deliverables.preview.failed' : 'deliverables.loading')}
          </p>
        </>
      )}
    </section>
  );
}

interface PagesProps {
  document: PDFDocumentProxy;
  sizes: PageSize[];
  onSave: () => void;
  onBack: () => void;
}

function PreviewPages({ document, sizes, onSave, onBack }: PagesProps) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [zoom, setZoom] = useState<number>(1);
  const [page, setPage] = useState(1);
  const scale = scaleOf(zoom);
  const tops = useMemo(() => pageTops(sizes, scale), [sizes, scale]);

  const goTo = (target: number) => {
    const clamped = Math.min(Math.max(target, 1), sizes.length);
    scroller?.scrollTo({ top: tops[clamped - 1] - PAGE_GAP });
    setPage(clamped);
  };

  const changeZoom = (next: number) => {
    // The page being read stays in view: its new top is known before the frames resize.
    const nextTops = pageTops(sizes, scaleOf(next));
    setZoom(next);
    requestAnimationFrame(() => scroller?.scrollTo({ top: nextTops[page - 1] - PAGE_GAP }));
  };

  return (
    <>
      <PreviewToolbar
        page={page}
        pages={sizes.length}
        zoom={zoom}
        zooms={ZOOMS}
        onPage={goTo}
        onZoom={changeZoom}
        onSave={onSave}
        onBack={onBack}
      />
      <div
        ref={setScroller}
        className="preview-scroller"
        tabIndex={0}
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          setPage(pageAt(tops, scrollTop, clientHeight));
        }}
        data-testid="preview-scroller"
      >
        {sizes.map((size, index) => (
          <PreviewPage
            key={index + 1}
            document={document}
            number={index + 1}
            size={size}
            scale={scale}
            scroller={scroller}
          />
        ))}
      </div>
    </>
  );
}
