import type { Engagement } from './engagement';

/** What the consultant may edit on an engagement's settings screen. */
export type EngagementSettings = Pick<
  Engagement,
  | 'name'
  | 'clientName'
  | 'consultant'
  | 'locale'
  | 'currency'
  | 'startDate'
  | 'endDate'
  | 'referenceDate'
  | 'brandPrimary'
  | 'brandSecondary'
  | 'logoDataUrl'
  | 'consultantLogoDataUrl'
>;

export type SettingsField = keyof EngagementSettings;

export interface SettingsIssue {
  field: SettingsField;
  code: 'required' | 'date-order' | 'colour' | 'currency' | 'date' | 'logo-type' | 'logo-size';
}

/** Logos travel inside every PDF and engagement file: keep them small. */
export const MAX_LOGO_BYTES = 512 * 1024;

export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD', 'XOF', 'MAD'] as const;

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

function isDay(value: string | null): boolean {
  if (value === null) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;

  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Size in bytes of the payload of a base64 data URL. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function logoIssues(
  field: 'logoDataUrl' | 'consultantLogoDataUrl',
  logo: string | null,
): SettingsIssue[] {
  if (logo === null) return [];

  const type = /^data:([^;,]+)[;,]/.exec(logo)?.[1] ?? '';
  if (!LOGO_TYPES.includes(type)) return [{ field, code: 'logo-type' }];
  if (dataUrlBytes(logo) > MAX_LOGO_BYTES) return [{ field, code: 'logo-size' }];
  return [];
}

/** Every problem of a settings form, so the screen can show them all at once. */
export function checkEngagementSettings(settings: EngagementSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];

  if (!settings.name.trim()) issues.push({ field: 'name', code: 'required' });
  if (!/^[A-Z]{3}$/.test(settings.currency)) issues.push({ field: 'currency', code: 'currency' });

  for (const field of ['startDate', 'endDate', 'referenceDate'] as const) {
    if (!isDay(settings[field])) issues.push({ field, code: 'date' });
  }
  const { startDate, endDate } = settings;
  if (startDate && endDate && isDay(startDate) && isDay(endDate) && endDate < startDate) {
    issues.push({ field: 'endDate', code: 'date-order' });
  }

  for (const field of ['brandPrimary', 'brandSecondary'] as const) {
    if (!/^#[0-9a-fA-F]{6}$/.test(settings[field])) issues.push({ field, code: 'colour' });
  }

  return [
    ...issues,
    ...logoIssues('logoDataUrl', settings.logoDataUrl),
    ...logoIssues('consultantLogoDataUrl', settings.consultantLogoDataUrl),
  ];
}
