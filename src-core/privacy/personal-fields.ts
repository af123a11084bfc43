// Which fields of the imported rows identify a person, directly (name, e-mail) or through
// something they carry (phone number, IMEI, serial, a device named after its user). The
// register lists them and the pseudonymised export replaces them.
import type { Dataset } from '../model/import-record';

/** Kinds of personal value; one kind gets one pseudonym whatever field it sits in, so the
 * joins between devices, lines and invoices still hold after pseudonymisation. */
export const PERSONAL_CATEGORIES = [
  'person',
  'email',
  'phone',
  'imei',
  'serial',
  'device-name',
  'device-key',
] as const;

export type PersonalCategory = (typeof PERSONAL_CATEGORIES)[number];

export interface PersonalField {
  field: string;
  category: PersonalCategory;
}

export const PERSONAL_FIELDS: Record<Dataset, readonly PersonalField[]> = {
  devices: [
    { field: 'userName', category: 'person' },
    { field: 'userEmail', category: 'email' },
    { field: 'phoneNumber', category: 'phone' },
    { field: 'imei', category: 'imei' },
    { field: 'serial', category: 'serial' },
    { field: 'name', category: 'device-name' },
    { field: 'key', category: 'device-key' },
  ],
  lines: [
    { field: 'userName', category: 'person' },
    { field: 'userEmail', category: 'email' },
    { field: 'number', category: 'phone' },
    { field: 'imei', category: 'imei' },
  ],
  invoices: [{ field: 'lineNumber', category: 'phone' }],
  // A contract's price list names plans, never a person.
  plans: [],
};

/** True when a row's field holds something (not null, undefined or blank). */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return value !== null && value !== undefined;
}
