import type { InputFamily } from './families';
import type { EolOutcome } from './schemas';

// The columns of each input family, shared by the editor and the CSV import: how a value is
// typed, whether it may be left empty, the column's name in each language and an example.
// The names are the ones the Saisies table shows; a unit test keeps the two in step, because
// the template written from here must be read back by the same words the consultant sees.

export type InputColumnType =
  'month' | 'date' | 'datetime' | 'decimal' | 'integer' | 'text' | 'flag' | 'scale' | 'outcome';

export interface InputColumn {
  field: string;
  type: InputColumnType;
  /** An empty optional cell is stored as null (dates) or '' (text), not refused. */
  optional?: boolean;
  label: { fr: string; en: string };
  /** What the template's example row holds, in stored form. */
  example: string | number | boolean;
}

type Spec = [string, InputColumnType, string, string, string | number | boolean, 'optional'?];

function columns(specs: readonly Spec[]): readonly InputColumn[] {
  return specs.map(([field, type, fr, en, example, optional]) => ({
    field,
    type,
    label: { fr, en },
    example,
    ...(optional ? { optional: true } : {}),
  }));
}

export const INPUT_COLUMNS: Record<InputFamily, readonly InputColumn[]> = {
  budget: columns([
    ['month', 'month', 'Mois', 'Month', '2026-01'],
    ['planned', 'decimal', 'Budget prévu (HT)', 'Planned budget (excl. VAT)', 12500.5],
  ]),
  provisioning: columns([
    ['requestedAt', 'datetime', 'Demande', 'Requested', '2026-01-05T09:00'],
    ['handedOverAt', 'datetime', 'Remise', 'Handed over', '2026-01-07T14:30'],
  ]),
  incidents: columns([
    ['openedAt', 'datetime', 'Ouverture', 'Opened', '2026-01-05T09:00'],
    ['resolvedAt', 'datetime', 'Résolution', 'Resolved', '2026-01-05T13:00', 'optional'],
    ['security', 'flag', 'Sécurité', 'Security', false],
  ]),
  outages: columns([
    ['date', 'date', 'Date', 'Date', '2026-01-12'],
    ['devicesOut', 'integer', 'Appareils hors service', 'Devices out of service', 3],
  ]),
  patches: columns([
    ['name', 'text', 'Correctif', 'Patch', 'KB5034441', 'optional'],
    ['releasedOn', 'date', 'Publication', 'Released', '2026-01-10'],
    ['deployedOn', 'date', 'Déploiement', 'Deployed', '2026-01-15'],
  ]),
  surveys: columns([
    ['date', 'date', 'Date', 'Date', '2026-01-31'],
    ['respondents', 'integer', 'Répondants', 'Respondents', 120],
    ['score', 'decimal', 'Note', 'Score', 3.8],
    ['scale', 'scale', 'Sur', 'Out of', 5],
  ]),
  adoption: columns([
    ['app', 'text', 'Application', 'App', 'CRM'],
    ['eligible', 'integer', 'Utilisateurs éligibles', 'Eligible users', 400],
    ['active', 'integer', 'Utilisateurs actifs', 'Active users', 310],
  ]),
  'end-of-life': columns([
    ['deviceKey', 'text', 'Appareil (clé)', 'Device (key)', '', 'optional'],
    ['count', 'integer', 'Nombre', 'Count', 25],
    ['outcome', 'outcome', 'Devenir', 'Outcome', 'refurbished'],
    ['retiredOn', 'date', 'Sortie', 'Retired', '2026-01-20'],
    ['ageYears', 'decimal', 'Âge (ans)', 'Age (years)', 4.5],
  ]),
  'contract-terms': columns([
    ['operator', 'text', 'Opérateur', 'Operator', 'Orange'],
    ['contractEnd', 'date', 'Fin d’engagement', 'Commitment end', '2027-06-30', 'optional'],
    ['respirationPct', 'decimal', 'Respiration (% des lignes)', 'Respiration (% of lines)', 10],
    [
      'minimumMonthly',
      'decimal',
      'Minimum garanti (HT / mois)',
      'Guaranteed minimum (excl. VAT / month)',
      8000,
    ],
    [
      'penaltyPerLine',
      'decimal',
      'Pénalité par ligne résiliée (HT)',
      'Penalty per line ended (excl. VAT)',
      45,
    ],
  ]),
};

export const EOL_OUTCOME_LABELS: Record<EolOutcome, { fr: string; en: string }> = {
  recycled: { fr: 'Recyclé', en: 'Recycled' },
  refurbished: { fr: 'Reconditionné', en: 'Refurbished' },
  resold: { fr: 'Revendu', en: 'Resold' },
  reused: { fr: 'Réemployé en interne', en: 'Reused internally' },
  destroyed: { fr: 'Détruit', en: 'Destroyed' },
};
