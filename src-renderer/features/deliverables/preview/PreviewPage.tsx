// One page of the preview: a frame of the page's size that draws its canvas only while it is
// near the visible part of the scroller, and frees it when it leaves (reports run to 40+ pages).
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';

import type { PageSize } from './use-pdf-document';

interface Props {
  document: PDFDocumentProxy;
  number: number;
  size: PageSize;
  /** CSS pixels per PDF point. */
  scale: number;
  scroller: HTMLElement | null;
}

function useNearView(element: HTMLElement | null, root: HTMLElement | null): boolean {
  const [near, setNear] = useState(false);

  useEffect(() => {
    if (!element || !root) return;
    // A page above and below the view is drawn ahead, so scrolling shows no blank frame.
    const observer = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), {
      root,
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, root]);

  return near;
}

async function draw(
  document: PDFDocumentProxy,
  number: number,
  scale: number,
  canvas: HTMLCanvasElement,
  onTask: (task: RenderTask) => void,
): Promise<void> {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale });
  // Drawn at the screen's pixel density, so text stays sharp on high-density displays.
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;

  const task = page.render({
    canvasContext: context,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  });
  onTask(task);
  await task.promise;
}

export function PreviewPage({ document, number, size, scale, scroller }: Props) {
  const { t } = useTranslation();
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearView(frame, scroller);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!near || !target) return;
    let task: RenderTask | null = null;

    setDrawn(false);
    draw(document, number, scale, target, (started) => (task = started))
      .then(() => setDrawn(true))
      // A cancelled drawing is the normal end of a page scrolled away or re-zoomed.
      .catch(() => undefined);

    return () => {
      task?.cancel();
      // Releases the bitmap: only the pages near the view hold one.
      target.width = 0;
      target.height = 0;
      setDrawn(false);
    };
  }, [document, number, scale, near]);

  return (
    <div
      ref={setFrame}
      className="preview-page"
      style={{ width: size.width * scale, height: size.height * scale }}
      data-testid={`preview-page-${number}`}
      data-drawn={drawn}
      aria-label={t('deliverables.preview.pageLabel', { page: number })}
    >
      <canvas ref={canvas} style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
