// Where each page sits in the preview's scroller, so the page counter and the page buttons
// work from the scroll position without measuring the DOM.
import type { PageSize } from './use-pdf-document';

/** Space between two page frames and around them, in CSS pixels (see deliverables.css). */
export const PAGE_GAP = 16;

/** The zoom steps offered, as fractions of the page's real size. */
export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

// pdf.js draws 1 PDF point as 1 CSS pixel at scale 1; a point is 96/72 CSS pixels.
const CSS_PIXELS_PER_POINT = 96 / 72;

export function scaleOf(zoom: number): number {
  return zoom * CSS_PIXELS_PER_POINT;
}

/** The top of each page frame in the scroller. */
export function pageTops(sizes: readonly PageSize[], scale: number): number[] {
  const tops: number[] = [];
  let top = PAGE_GAP;
  for (const size of sizes) {
    tops.push(top);
    top += size.height * scale + PAGE_GAP;
  }
  return tops;
}

/** The 1-based page that fills the upper third of the view. */
export function pageAt(tops: readonly number[], scrollTop: number, viewHeight: number): number {
  const line = scrollTop + viewHeight / 3;
  let page = 1;
  for (let index = 0; index < tops.length; index += 1) {
    if (tops[index] <= line) page = index + 1;
  }
  return page;
}
