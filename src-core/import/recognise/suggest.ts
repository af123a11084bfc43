import { parseAmount } from '../fields/amounts';
import { parseDate } from '../fields/dates';
import { parseImei } from '../fields/imei';
import { parsePhone } from '../fields/phone';
import { DEVICE_ALIASES, INVOICE_ALIASES, LINE_ALIASES } from './generic-aliases';
import { normaliseHeader } from './normalise';
import type { FieldId } from './fields';

/** Fields a column may feed, with why they were guessed. */
export interface ColumnSuggestion {
  column: string;
  fields: FieldId[];
  basis: 'name' | 'values';
}

const DICTIONARIES = [DEVICE_ALIASES, LINE_ALIASES, INVOICE_ALIASES];
const MIN_ALIAS_LENGTH = 4;
const SHARE = 0.6;

/**
 * Guesses what each column holds. Values that prove a kind (IMEIs pass Luhn, e-mails, phone
 * numbers) come first, since a header like `Appareil n°` says less than its digits do.
 */
export function suggestColumns(header: string[], sampleRows: string[][]): ColumnSuggestion[] {
  const suggestions: ColumnSuggestion[] = [];

  header.forEach((column, index) => {
    const values = sampleRows.map((row) => row[index] ?? '').filter((value) => value !== '');
    const byValues = fieldsByValues(values);
    const fields = [...new Set([...byValues, ...fieldsByName(column)])];
    if (fields.length === 0) return;

    suggestions.push({ column, fields, basis: byValues.length > 0 ? 'values' : 'name' });
  });

  return suggestions;
}

// A header matches an alias exactly, or contains a long enough one ("IMEI principal", "Prix HT").
function fieldsByName(column: string): FieldId[] {
  const key = normaliseHeader(column);
  const exact = new Set<FieldId>();
  const partial = new Set<FieldId>();

  for (const dictionary of DICTIONARIES) {
    for (const [field, names] of Object.entries(dictionary) as [FieldId, string[]][]) {
      for (const alias of names.map(normaliseHeader)) {
        if (alias === key) exact.add(field);
        else if (alias.length >= MIN_ALIAS_LENGTH && key.includes(alias)) partial.add(field);
      }
    }
  }

  return [...(exact.size > 0 ? exact : partial)];
}

function fieldsByValues(values: string[]): FieldId[] {
  if (values.length === 0) return [];
  const share = (test: (value: string) => boolean): boolean =>
    values.filter(test).length >= values.length * SHARE;

  if (share((v) => /^\d{14,16}$/.test(v) && parseImei(v).ok)) return ['imei'];
  if (share((v) => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v))) return ['userEmail'];
  if (share((v) => /^[+0]/.test(v) && parsePhone(v).ok))
    return ['phoneNumber', 'number', 'lineNumber'];
  if (share((v) => /^(ios|ipados|android|windows|mac ?os|os x)/i.test(v))) return ['os'];
  if (share((v) => /\d/.test(v) && /\D/.test(v) && parseDate(v).ok)) {
    return ['purchaseDate', 'enrolledAt', 'lastCheckIn', 'activationDate', 'period'];
  }
  if (share((v) => /[.,]\d{2}\b/.test(v) && parseAmount(v, { decimal: ',' }).ok)) {
    return ['purchasePrice', 'planPrice', 'planCharge', 'totalExVat'];
  }
  return [];
}
