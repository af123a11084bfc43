import type { Table } from '../types';
import type { FieldId } from './fields';
import { normaliseHeader } from './normalise';
import type { SourceDefinition } from './source-definition';

// The plan catalogue annexed to an operator contract: one row per plan with its monthly price
// and allowances, no line number. Operators publish no standard layout, so the names below are
// the ones contract annexes and consultants' spreadsheets use, in French and English.

/** Header names of each catalogue column, French first. */
export const PLAN_ALIASES: Partial<Record<FieldId, string[]>> = {
  operator: ['Opérateur', 'Operator', 'Carrier'],
  plan: ['Forfait', 'Offre', 'Plan', 'Nom du forfait', 'Libellé', 'Plan name', 'Rate plan'],
  planCode: ['Code offre', 'Code forfait', 'Référence', 'Code', 'Plan code', 'Plan ID'],
  planPrice: [
    'Prix mensuel HT',
    'Prix mensuel',
    'Tarif mensuel HT',
    'Prix HT',
    'Prix forfait HT',
    'Monthly price',
    'Monthly price excl. VAT',
    'Price',
  ],
  dataAllowanceMb: [
    'Data incluse',
    'Data incluse (Mo)',
    'Data incluse (Go)',
    'Enveloppe data',
    'Data allowance',
    'Data allowance (MB)',
    'Data allowance (GB)',
  ],
  voiceAllowanceMin: ['Voix incluse', 'Voix incluse (min)', 'Minutes incluses', 'Voice allowance'],
  smsAllowance: ['SMS inclus', 'SMS/MMS inclus', 'SMS allowance', 'Texts included'],
  commitmentMonths: [
    'Engagement (mois)',
    'Engagement',
    'Durée d’engagement',
    "Durée d'engagement",
    'Commitment (months)',
    'Commitment',
  ],
};

const names = (field: FieldId): string[] => PLAN_ALIASES[field] ?? [];

/**
 * A contract's plan catalogue. The plan, data and voice names are also a line inventory's, so
 * they can give three hits at most: a fourth must come from a catalogue-only column (monthly
 * price, SMS allowance, commitment or plan code) before a file is read as a catalogue.
 */
export const planCatalogue: SourceDefinition = {
  source: 'plan-catalogue',
  dataset: 'plans',
  minHits: 4,
  signature: [
    names('plan'),
    ['Prix mensuel HT', 'Prix mensuel', 'Tarif mensuel HT', 'Monthly price'],
    names('dataAllowanceMb'),
    names('voiceAllowanceMin'),
    names('smsAllowance'),
    names('commitmentMonths'),
    names('planCode'),
  ],
  fields: PLAN_ALIASES,
  fallback: {},
  adapt: gigabyteColumns,
};

const IN_GIGABYTES = /\((go|gb)\)$/i;
const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;

// A bare number is read in MB, but annexes often title the column `Data incluse (Go)` and write
// `50`: the unit in the header is given to each bare number so 50 reads as 50 GB.
function gigabyteColumns(table: Table): Table {
  const dataNames = new Set(names('dataAllowanceMb').map(normaliseHeader));
  const columns = table.header
    .map((name, column) => ({ name, column }))
    .filter(({ name }) => IN_GIGABYTES.test(name) && dataNames.has(normaliseHeader(name)))
    .map(({ column }) => column);
  if (columns.length === 0) return table;

  const rows = table.rows.map((row) =>
    row.map((cell, column) =>
      columns.includes(column) && BARE_NUMBER.test(cell) ? `${cell} Go` : cell,
    ),
  );
  return { ...table, rows };
}
