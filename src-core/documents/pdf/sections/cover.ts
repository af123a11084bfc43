// The cover: the client's and the consulting firm's logos, title, client and consultant, on a
// band of the brand colour.
import { dataUrlText } from '../data-url';
import type { ReportSection, SectionContext } from '../section';
import { sanitiseSvg } from '../svg-sanitise';
import type { PdfContent } from '../types';

const PAGE_WIDTH = 595.28;
const LOGO_BOX: [number, number] = [180, 90];
const LOGO_MARGIN: [number, number, number, number] = [0, 0, 0, 40];
const CONSULTANT_LOGO_BOX: [number, number] = [140, 60];

// PNG and JPEG are embedded as they are, SVG as vectors once sanitised; a logo that is none of
// these, or an SVG that does not survive sanitising, is left out rather than failing the PDF.
function logo(dataUrl: string | null, fit: [number, number]): PdfContent[] {
  if (!dataUrl) return [];
  if (/^data:image\/(png|jpe?g);base64,/i.test(dataUrl)) {
    return [{ image: dataUrl, fit, margin: LOGO_MARGIN }];
  }

  const markup = dataUrlText(dataUrl, 'image/svg+xml');
  const svg = markup === null ? null : sanitiseSvg(markup);
  return svg ? [{ svg, fit, margin: LOGO_MARGIN }] : [];
}

// The client's logo leads; the firm's sits at the right edge, smaller, as a signature.
function logos(client: string | null, consultant: string | null): PdfContent {
  return {
    columns: [
      { width: '*', stack: logo(client, LOGO_BOX) },
      { width: 'auto', stack: logo(consultant, CONSULTANT_LOGO_BOX) },
    ],
    margin: [0, 40, 0, 0],
  };
}

function build({ data, texts, fmt, theme, options }: SectionContext): PdfContent[] {
  const { engagement } = data;

  return [
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE_WIDTH, h: 14, color: theme.primary }],
      absolutePosition: { x: 0, y: 0 },
    },
    logos(engagement.logoDataUrl, engagement.consultantLogoDataUrl),
    { text: texts.reportSubtitle.toUpperCase(), color: theme.secondary, bold: true, fontSize: 11 },
    {
      text: texts.reportTitle,
      fontSize: 30,
      bold: true,
      color: theme.primary,
      margin: [0, 6, 0, 4],
    },
    { text: engagement.name, fontSize: 14, color: theme.muted, margin: [0, 0, 0, 60] },
    { text: texts.preparedFor, style: 'muted' },
    { text: engagement.clientName || '—', fontSize: 18, bold: true, margin: [0, 2, 0, 24] },
    { text: texts.preparedBy, style: 'muted' },
    { text: engagement.consultant || '—', fontSize: 14, margin: [0, 2, 0, 60] },
    {
      text: [
        `${texts.control.version} ${options.version} · ${texts.status[options.status]} · `,
        `${texts.confidentiality[options.confidentiality]} · ${fmt.date(data.generatedAt)}`,
      ],
      style: 'muted',
    },
  ];
}

export const coverSection: ReportSection = {
  id: 'cover',
  title: (texts) => texts.reportTitle,
  acceptsText: false,
  build,
};
