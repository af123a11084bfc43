// Colours and text styles of the report; the brand colours come from the engagement.
import type { KpiStatus } from '@core/kpi/types';
import type { Engagement } from '@core/model/engagement';

import type { PdfStyle } from './types';

export interface Theme {
  primary: string;
  secondary: string;
  text: string;
  muted: string;
  rule: string;
  zebra: string;
  status: Record<KpiStatus, string>;
}

/** The report's palette for this engagement. */
export function themeFor(engagement: Engagement): Theme {
  return {
    primary: engagement.brandPrimary,
    secondary: engagement.brandSecondary,
    text: '#1d2733',
    muted: '#5f6b7a',
    rule: '#d5dbe3',
    zebra: '#f4f6f9',
    status: { green: '#1e7e34', amber: '#b7791f', red: '#c0392b', none: '#7f8c8d' },
  };
}

/** Named styles the sections refer to. */
export function stylesFor(theme: Theme): Record<string, PdfStyle> {
  return {
    h1: { fontSize: 18, bold: true, color: theme.primary, margin: [0, 0, 0, 12] },
    h2: { fontSize: 12, bold: true, color: theme.text, margin: [0, 14, 0, 6] },
    body: { fontSize: 10, lineHeight: 1.3, margin: [0, 0, 0, 8] },
    muted: { fontSize: 9, color: theme.muted },
    tableHeader: { fontSize: 8.5, bold: true, color: '#ffffff', fillColor: theme.primary },
    table: { fontSize: 8.5, margin: [0, 4, 0, 12] },
    figure: { fontSize: 20, bold: true, color: theme.primary },
    figureLabel: { fontSize: 8.5, color: theme.muted },
    hash: { fontSize: 6.5, color: theme.muted },
  };
}
