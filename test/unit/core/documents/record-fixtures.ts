// The consultant's records of the small engagement: checklist answers and rated actions, a
// three-vendor grid, accepted savings, the programme's phases, waves and populations.
import type { ReportData } from '@core/documents/report-data';
import type { SavingRecommendation } from '@core/savings/types';

import { smallReport } from './fixtures';

const answer = (questionId: string, value: string, comment = '') => ({
  questionId,
  value,
  comment,
  answeredBy: 'Camille Roussel',
  answeredAt: '2026-11-10T10:00:00.000Z',
});

const action = (id: string, fields: Record<string, unknown>) => ({
  id,
  engagementId: 'e1',
  questionId: null,
  sectionId: null,
  title: { fr: id, en: id },
  ...fields,
});

const score = (vendorId: string, criterionId: string, value: number) => ({
  evaluatorId: 'ev1',
  vendorId,
  criterionId,
  value,
});

const criterion = (id: string, label: string, weight: number, threshold?: number) => ({
  id,
  group: 'security',
  label: { fr: label, en: label },
  weight,
  mustHave: threshold === undefined ? null : { threshold },
});

// Shares 0.5 / 0.3 / 0.2: Alpha 3.9, Beta 3.5 but below the must-have, Gamma 3.1.
export const grid = {
  id: 'main',
  name: 'Choix MDM',
  weightMode: 'points',
  criteria: [
    criterion('c1', 'Chiffrement', 50, 3),
    criterion('c2', 'Intégration annuaire', 30),
    criterion('c3', 'Coût', 20),
  ],
  vendors: [
    { id: 'va', name: 'Alpha MDM' },
    { id: 'vb', name: 'Beta UEM' },
    { id: 'vc', name: 'Gamma EMM' },
  ],
  evaluators: [{ id: 'ev1', name: 'Camille' }],
  scores: [
    ...[4, 3, 5].map((v, i) => score('va', `c${i + 1}`, v)),
    ...[2, 5, 5].map((v, i) => score('vb', `c${i + 1}`, v)),
    ...[3, 4, 2].map((v, i) => score('vc', `c${i + 1}`, v)),
  ],
};

const saving = (id: string, lineNumber: string, monthly: number): SavingRecommendation => ({
  id,
  kind: id.startsWith('terminate') ? 'terminate' : 'downgrade',
  lineNumber,
  operator: 'Orange',
  monthly,
  yearly: monthly * 12,
  facts: {
    months: 6,
    currentPlan: 'Pro 20 Go',
    currentPrice: 19.9,
    priceSource: 'inventory',
    targetPlan: id.startsWith('terminate') ? null : 'Pro 5 Go',
    targetPrice: id.startsWith('terminate') ? null : 9.9,
    peakDataMb: 100,
    peakVoiceMin: 10,
    meanDataMb: 50,
    meanOutOfPlan: 0,
  },
  evidence: [],
});

export const savings = [
  saving('terminate|+33612345678', '+33612345678', 19.9),
  saving('downgrade|+33698765432', '+33698765432', 10),
  saving('downgrade|+33600000000', '+33600000000', 5),
];

export const records: Record<string, unknown[]> = {
  'checklist-answer': [
    answer('inv-register-complete', 'yes'),
    answer('inv-ghost-devices', 'partly', '=SUM(A1)'),
    answer('sec-all-managed', 'no'),
  ],
  'checklist-action': [
    action('action-inv-ghost-devices', {
      questionId: 'inv-ghost-devices',
      title: { fr: 'Purger les appareils fantômes', en: 'Purge ghost devices' },
      impact: 5,
      feasibility: 4,
      urgency: 5,
      owner: 'Marie Dupont',
      dueDate: '2027-01-15',
      status: 'in-progress',
      estimatedCost: { amount: 1200, currency: 'EUR' },
    }),
    action('action-manual-1', {
      title: { fr: '=Former les managers', en: 'Train managers' },
      impact: 2,
      feasibility: 3,
      urgency: 2,
      owner: '@rh',
    }),
  ],
  'vendor-grid': [grid],
  'saving-decision': [
    { id: savings[0].id, decision: 'accepted', decidedAt: '2026-11-20T10:00:00.000Z' },
    { id: savings[1].id, decision: 'accepted', decidedAt: '2026-11-20T10:00:00.000Z' },
    { id: savings[2].id, decision: 'rejected', decidedAt: '2026-11-20T10:00:00.000Z' },
  ],
  'method-phase': [
    {
      phase: 'audit',
      tasks: [
        {
          id: 't1',
          catalogueId: 'audit.inventory',
          title: '',
          status: 'reviewed',
          plannedStart: '2026-10-01',
          plannedEnd: '2026-10-20',
        },
        {
          id: 't2',
          catalogueId: null,
          title: 'Entretiens métiers',
          status: 'done',
          plannedStart: '2026-10-10',
          plannedEnd: '2026-11-05',
        },
      ],
      criteria: [{ id: 'g1', catalogueId: null, title: 'Inventaire validé', met: true }],
      decision: { verdict: 'go', by: 'Comité', at: '2026-11-10', why: '' },
    },
  ],
  'method-wave': [
    {
      id: 'w2',
      name: 'Vague 2 – Siège',
      order: 2,
      targetCount: 200,
      plannedStart: '2027-03-01',
      plannedEnd: '2027-04-15',
      entries: [],
    },
    {
      id: 'w1',
      name: 'Vague 1 – Finance',
      order: 1,
      targetCount: 40,
      plannedStart: '2027-01-10',
      plannedEnd: '2027-02-10',
      entries: [{ id: 'x', date: '2027-01-20', enrolled: 30, failed: 2, incidents: 1 }],
    },
  ],
  'method-population': [
    {
      id: 'p1',
      name: 'Terrain',
      departments: ['Logistique'],
      ownership: 'COPE',
      profile: 'advanced',
      restrictions: ['passcode', 'work-profile'],
      allowedModels: ['Galaxy A54'],
    },
    {
      id: 'p2',
      name: 'Direction',
      ownership: 'COBO',
      profile: 'high',
      restrictions: ['always-on-vpn'],
    },
  ],
};

/** The small engagement with every record above and the three savings. */
export function fullReport(): ReportData {
  return { ...smallReport(), savings, records };
}
