// The dashboard's Savings tab, in French first; the English file must have the same keys.
export const savingsFr = {
  intro:
    'Chaque recommandation repose sur les factures, les appareils ou les termes du contrat ' +
    'saisis ; acceptez-la, rejetez-la ou reportez-la avec une note.',
  none: 'Aucune économie démontrable : il faut les lignes avec forfait et prix, et les factures.',
  kinds: {
    terminate: 'Résilier',
    downgrade: 'Forfait inférieur',
    upgrade: 'Forfait supérieur',
    consolidate: 'Lignes en double',
    renew: 'Renouveler',
    enrol: 'Enrôler',
    retire: 'Récupérer',
    respiration: 'Respiration',
    'contract-end': 'Fin d’engagement',
    'minimum-revenue': 'Minimum garanti',
  },
  filterAll: 'Toutes',
  filterOpen: 'À examiner',
  kindFilter: 'Type',
  allKinds: 'Tous les types',
  line: 'Ligne ou objet',
  change: 'Changement',
  monthly: 'Par mois',
  yearly: 'Par an',
  decision: 'Décision',
  accept: 'Accepter',
  reject: 'Rejeter',
  undo: 'Annuler',
  accepted: 'Acceptée',
  rejected: 'Rejetée',
  deferred: 'Reportée',
  defer: 'Reporter',
  noteLabel: 'Note sur la décision',
  notePlaceholder: 'Pourquoi, ou ce qu’on attend (réponse du client, date du contrat…)',
  noteSave: 'Enregistrer la note',
  noteSaved: 'Note enregistrée.',
  terminateChange: '{{from}} → résiliation',
  planChange: '{{from}} → {{to}}',
  consolidateChange: 'Garder {{kept}}, résilier {{n}} ligne(s)',
  devicesChange: '{{n}} appareil(s)',
  retireChange: '{{n}} appareil(s), {{lines}} ligne(s) à résilier',
  respirationChange: '{{used}} résiliation(s) sans pénalité sur {{allowance}} permises',
  contractEndChange: 'Échéance le {{date}} : renégocier ou résilier',
  minimumChange: 'Dépense après économies {{after}} < minimum {{minimum}}',
  unknownPlan: 'forfait inconnu',
  rule: 'Règle : {{rule}}',
  proof: 'Preuve : {{line}}',
  proofFacts:
    'Prix actuel {{price}} ({{source}}) · pic data {{peak}} Go · moyenne {{mean}} Go · ' +
    'pic voix {{voice}} min · hors-forfait moyen {{overage}} / mois',
  proofConsolidate:
    'Ligne gardée {{kept}} ({{because}}) · à résilier : {{ended}} · coût mensuel moyen ' +
    '{{monthly}} sur {{months}} mois',
  keptBecause: { device: 'elle porte un appareil', usage: 'la plus utilisée' },
  proofRenew:
    '{{n}} appareil(s) de {{age}} mois en moyenne, durée de vie réglée {{lifetime}} mois · ' +
    'remplacement ≈ {{cost}}, soit {{perMonth}} / mois sur la durée de vie · pas une économie',
  proofEnrol:
    '{{n}} appareil(s) utilisé(s) et géré(s) par aucun MDM : risque de sécurité et de support, ' +
    'pas d’économie.',
  proofRetire:
    '{{n}} appareil(s) sans utilisateur, géré(s) par aucun MDM · {{lines}} ligne(s) à résilier : ' +
    '{{monthly}} / mois',
  proofRespiration:
    '{{pct}} % de {{lines}} lignes = {{allowance}} résiliation(s) sans pénalité par année de ' +
    'contrat · {{used}} des {{terminations}} résiliations recommandées en profitent',
  proofContractEnd:
    'Engagement jusqu’au {{date}} ({{months}} mois) · {{terminations}} résiliation(s) ' +
    'recommandée(s), {{allowance}} sans pénalité · {{excess}} au-delà : pénalité {{penalty}} ' +
    'une fois',
  proofContractEnded:
    'Engagement échu le {{date}} : résiliations sans pénalité, renégocier dès maintenant.',
  proofMinimum:
    'Minimum garanti {{minimum}} / mois · dépense actuelle {{before}} · après les ' +
    'recommandations {{after}} · écart facturé quand même : {{gap}} / mois',
  moreRows: '{{n}} ligne(s)-mois de plus non affichée(s).',
  priceSource: { inventory: 'inventaire', invoices: 'factures' },
  proofHint: 'Choisissez une recommandation pour voir les factures qui la prouvent.',
  period: 'Mois',
  plan: 'Forfait',
  planCharge: 'Abonnement',
  data: 'Data (Go)',
  voice: 'Voix (min)',
  outOfPlan: 'Hors-forfait',
  total: 'Total HT',
};
