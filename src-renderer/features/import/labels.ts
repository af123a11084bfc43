// How parts of the preview are named on screen.
import type { TFunction } from 'i18next';

import type { Dataset } from '@core/model/import-record';

const DELIMITER_KEYS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** The separators the override select offers, in the order users meet them. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export function delimiterLabel(delimiter: string | null, t: TFunction): string {
  if (delimiter === null) return '—';
  const key = DELIMITER_KEYS[delimiter];
  return key ? t(`import.delimiters.${key}`) : delimiter;
}

/** Model fields shown in the preview of mapped rows, per dataset. */
export const SAMPLE_COLUMNS: Record<Dataset, string[]> = {
  devices: [
    'key',
    'name',
    'model',
    'platform',
    'osVersion',
    'imei',
    'phoneNumber',
    'userName',
    'userEmail',
    'lastCheckIn',
  ],
  lines: ['number', 'operator', 'plan', 'planPrice', 'userName', 'userEmail', 'status', 'imei'],
  invoices: ['lineNumber', 'period', 'operator', 'plan', 'planCharge', 'dataMb', 'totalExVat'],
  plans: [
    'operator',
    'plan',
    'planPrice',
    'dataAllowanceMb',
    'voiceAllowanceMin',
    'smsAllowance',
    'commitmentMonths',
  ],
};

/** Fields of which a row needs at least one, else it has no key and is rejected. */
export const KEY_FIELDS: Record<Dataset, string[]> = {
  devices: ['serial', 'imei', 'mdmId'],
  lines: ['number'],
  invoices: ['lineNumber'],
  plans: ['plan'],
};

const ENUM_LABELS: Record<string, string> = { platform: 'platform', status: 'lineStatus' };

/** A cell of a mapped row as text: enums translated, numbers as the model holds them. */
export function cellText(value: unknown, column: string, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && ENUM_LABELS[column]) {
    return t(`enums.${ENUM_LABELS[column]}.${value}`);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}
