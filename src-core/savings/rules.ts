import type { SavingKind } from './types';

// Each kind's name and rule in one sentence, in both languages: the dashboard shows the rule
// beside each recommendation, the deliverables and the command line name the kind with it.
// docs/KPIS.md gives each rule's exact formula.

type Texts = Record<SavingKind, { fr: string; en: string }>;

export const SAVING_KIND_LABELS: Texts = {
  terminate: { fr: 'Résilier', en: 'Terminate' },
  downgrade: { fr: 'Forfait inférieur', en: 'Downgrade' },
  upgrade: { fr: 'Forfait supérieur', en: 'Upgrade' },
  consolidate: { fr: 'Lignes en double', en: 'Several lines' },
  renew: { fr: 'Renouveler', en: 'Renew' },
  enrol: { fr: 'Enrôler', en: 'Enrol' },
  retire: { fr: 'Récupérer', en: 'Recover' },
  respiration: { fr: 'Clause de respiration', en: 'Respiration clause' },
  'contract-end': { fr: 'Fin d’engagement', en: 'Commitment end' },
  'minimum-revenue': { fr: 'Minimum garanti', en: 'Minimum revenue' },
};

export const SAVING_RULES: Texts = {
  terminate: {
    fr: 'Ni data, ni voix, ni SMS sur la fenêtre d’usage : résilier ; économie = prix du forfait.',
    en: 'No data, voice or SMS over the usage window: terminate; saving = the plan price.',
  },
  downgrade: {
    fr:
      'Data moyenne sous le seuil de sous-utilisation : forfait le moins cher couvrant le pic ' +
      '(95e centile) ; économie = écart de prix.',
    en:
      'Mean data under the under-use threshold: cheapest plan covering the peak (95th ' +
      'percentile); saving = the price difference.',
  },
  upgrade: {
    fr:
      'Hors-forfait au-delà des enveloppes 2 mois ou plus : forfait le moins cher couvrant le ' +
      'pic ; économie = forfait + hors-forfait moyen − nouveau prix.',
    en:
      'Out-of-plan beyond the allowances in 2 months or more: cheapest plan covering the ' +
      'peak; saving = plan + mean out-of-plan − new price.',
  },
  consolidate: {
    fr:
      'Plusieurs lignes pour une personne : garder celle qui porte un appareil, sinon la plus ' +
      'utilisée ; économie = coût mensuel moyen des autres.',
    en:
      'Several lines for one person: keep the one with a device, else the most used; saving ' +
      '= the others’ mean monthly charges.',
  },
  renew: {
    fr:
      'Plus âgé que la durée de vie réglée : renouvellement à budgéter (prix d’achat), pas une ' +
      'économie : 0 €.',
    en:
      'Older than the lifetime setting: a renewal to budget (purchase prices), not a saving: ' +
      '€0.',
  },
  enrol: {
    fr: 'Géré par aucun MDM, avec un utilisateur : l’enrôler ; un risque, 0 €.',
    en: 'Managed by no MDM, with a user: enrol it; a risk, €0.',
  },
  retire: {
    fr:
      'Géré par aucun MDM, sans utilisateur : le récupérer, résilier ses lignes ; économie = ' +
      'leur coût mensuel moyen.',
    en:
      'Managed by no MDM, with no user: recover it, end its lines; saving = their mean monthly ' +
      'charges.',
  },
  respiration: {
    fr:
      'Part de respiration × lignes de l’opérateur = résiliations sans pénalité par année, ' +
      'réservées aux plus chères ; 0 € de plus.',
    en:
      'Respiration share × the operator’s lines = terminations free of penalty each year, kept ' +
      'for the dearest; no extra euro.',
  },
  'contract-end': {
    fr:
      'Renégocier ou résilier à l’échéance ; avant, chaque résiliation au-delà de la respiration ' +
      'coûte la pénalité par ligne.',
    en:
      'Renegotiate or terminate at the end date; before it, each termination beyond the ' +
      'respiration share costs the penalty.',
  },
  'minimum-revenue': {
    fr:
      'Si la dépense après les recommandations passe sous le minimum garanti, l’écart reste ' +
      'facturé : il est déduit.',
    en:
      'When the spend after the recommendations falls below the guaranteed minimum, the gap ' +
      'is still billed: it is deducted.',
  },
};
