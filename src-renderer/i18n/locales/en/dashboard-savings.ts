// The dashboard's Savings tab, in English; the same keys as the French file.
export const savingsEn = {
  intro:
    'Each recommendation rests on the invoices, the devices or the contract terms entered; ' +
    'accept it, reject it or defer it with a note.',
  none: 'No provable saving: this needs lines with plans and prices, and the invoices.',
  kinds: {
    terminate: 'Terminate',
    downgrade: 'Smaller plan',
    upgrade: 'Bigger plan',
    consolidate: 'Several lines',
    renew: 'Renew',
    enrol: 'Enrol',
    retire: 'Recover',
    respiration: 'Respiration',
    'contract-end': 'Commitment end',
    'minimum-revenue': 'Minimum revenue',
  },
  filterAll: 'All',
  filterOpen: 'To review',
  kindFilter: 'Kind',
  allKinds: 'All kinds',
  line: 'Line or subject',
  change: 'Change',
  monthly: 'Per month',
  yearly: 'Per year',
  decision: 'Decision',
  accept: 'Accept',
  reject: 'Reject',
  undo: 'Undo',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deferred: 'Deferred',
  defer: 'Defer',
  noteLabel: 'Note on the decision',
  notePlaceholder: 'Why, or what it waits for (the client’s answer, a contract date…)',
  noteSave: 'Save the note',
  noteSaved: 'Note saved.',
  terminateChange: '{{from}} → terminate',
  planChange: '{{from}} → {{to}}',
  consolidateChange: 'Keep {{kept}}, end {{n}} line(s)',
  devicesChange: '{{n}} device(s)',
  retireChange: '{{n}} device(s), {{lines}} line(s) to end',
  respirationChange: '{{used}} termination(s) free of penalty out of {{allowance}} allowed',
  contractEndChange: 'Ends on {{date}}: renegotiate or terminate',
  minimumChange: 'Spend after savings {{after}} < minimum {{minimum}}',
  unknownPlan: 'unknown plan',
  rule: 'Rule: {{rule}}',
  proof: 'Proof: {{line}}',
  proofFacts:
    'Current price {{price}} ({{source}}) · data peak {{peak}} GB · mean {{mean}} GB · ' +
    'voice peak {{voice}} min · mean out-of-plan {{overage}} / month',
  proofConsolidate:
    'Line kept {{kept}} ({{because}}) · to end: {{ended}} · mean monthly charges {{monthly}} ' +
    'over {{months}} months',
  keptBecause: { device: 'it carries a device', usage: 'the most used' },
  proofRenew:
    '{{n}} device(s) {{age}} months old on average, lifetime setting {{lifetime}} months · ' +
    'replacing ≈ {{cost}}, i.e. {{perMonth}} / month over the lifetime · not a saving',
  proofEnrol:
    '{{n}} device(s) in use and managed by no MDM: a security and support risk, no saving.',
  proofRetire:
    '{{n}} device(s) with no user, managed by no MDM · {{lines}} line(s) to end: ' +
    '{{monthly}} / month',
  proofRespiration:
    '{{pct}}% of {{lines}} lines = {{allowance}} termination(s) free of penalty per contract ' +
    'year · {{used}} of the {{terminations}} recommended terminations use it',
  proofContractEnd:
    'Committed until {{date}} ({{months}} months) · {{terminations}} recommended ' +
    'termination(s), {{allowance}} free of penalty · {{excess}} beyond: penalty {{penalty}} once',
  proofContractEnded:
    'Commitment ended on {{date}}: terminations carry no penalty, renegotiate now.',
  proofMinimum:
    'Guaranteed minimum {{minimum}} / month · current spend {{before}} · after the ' +
    'recommendations {{after}} · gap billed anyway: {{gap}} / month',
  moreRows: '{{n}} more line-month(s) not shown.',
  priceSource: { inventory: 'inventory', invoices: 'invoices' },
  proofHint: 'Choose a recommendation to see the invoices that prove it.',
  period: 'Month',
  plan: 'Plan',
  planCharge: 'Plan charge',
  data: 'Data (GB)',
  voice: 'Voice (min)',
  outOfPlan: 'Out of plan',
  total: 'Total excl. VAT',
};
