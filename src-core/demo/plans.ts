// French business operators and the plans the client holds with them. Prices are monthly and
// excluding VAT; a null voice allowance means unlimited calls, zero means a data-only SIM.

import type { Site } from './client';
import type { Random } from './random';

/** What a line is for, which decides the plans it can be on. */
export type PlanUse = 'light' | 'medium' | 'heavy' | 'tablet' | 'router';

export interface Plan {
  name: string;
  price: number;
  dataMb: number;
  voiceMin: number | null;
  use: PlanUse;
}

export interface Operator {
  name: string;
  /** Billing accounts: head office first, regions second. */
  accounts: readonly [string, string];
  plans: readonly Plan[];
}

const GB = 1024;

const plan = (name: string, price: number, dataGb: number, voiceMin: number | null, use: PlanUse) =>
  ({ name, price, dataMb: Math.round(dataGb * GB), voiceMin, use }) satisfies Plan;

export const OPERATORS = {
  orange: {
    name: 'Orange Business',
    accounts: ['1.00482731', '1.00517264'],
    plans: [
      plan('Business Voix 2h 1 Go', 9, 1, 120, 'light'),
      plan('Business Intégral 20 Go', 18, 20, null, 'medium'),
      plan('Business Intégral 80 Go', 26, 80, null, 'heavy'),
      plan('Business Data Tablette 30 Go', 17, 30, 0, 'tablet'),
      plan('Business Data Box 200 Go', 35, 200, 0, 'router'),
    ],
  },
  sfr: {
    name: 'SFR Business',
    accounts: ['7100238845', '7100241197'],
    plans: [
      plan('Pro Essentiel 5 Go', 11, 5, null, 'light'),
      plan('Pro Connect 40 Go', 21, 40, null, 'medium'),
      plan('Pro Connect 100 Go', 29, 100, null, 'heavy'),
      plan('Pro Data 20 Go', 15, 20, 0, 'tablet'),
      plan('Pro Data 150 Go', 32, 150, 0, 'router'),
    ],
  },
  bouygues: {
    name: 'Bouygues Telecom Entreprises',
    accounts: ['BTE-30418852', 'BTE-30418853'],
    plans: [
      plan('Forfait Pro 3h 2 Go', 10, 2, 180, 'light'),
      plan('Forfait Pro 30 Go', 19, 30, null, 'medium'),
      plan('Forfait Pro 90 Go', 27, 90, null, 'heavy'),
      plan('Data Pro 25 Go', 16, 25, 0, 'tablet'),
      plan('Box 4G Pro 250 Go', 33, 250, 0, 'router'),
    ],
  },
  free: {
    name: 'Free Pro',
    accounts: ['FP-2204178', 'FP-2204179'],
    plans: [
      plan('Forfait Free Pro 2h 3 Go', 4.99, 3, 120, 'light'),
      plan('Forfait Free Pro 60 Go', 12.49, 60, null, 'medium'),
      plan('Forfait Free Pro 120 Go', 16.66, 120, null, 'heavy'),
      plan('Forfait Free Pro Data 50 Go', 12.49, 50, 0, 'tablet'),
      plan('Forfait Free Pro Data 150 Go', 20.83, 150, 0, 'router'),
    ],
  },
} satisfies Record<string, Operator>;

/** The operator of a new line: the group contract, or SFR on the acquired subsidiary's sites. */
export function chooseOperator(random: Random, site: Site): Operator {
  if (site.acquired) {
    return random.weighted([
      [OPERATORS.sfr, 75],
      [OPERATORS.orange, 20],
      [OPERATORS.bouygues, 5],
    ]);
  }

  return random.weighted([
    [OPERATORS.orange, 72],
    [OPERATORS.bouygues, 16],
    [OPERATORS.free, 7],
    [OPERATORS.sfr, 5],
  ]);
}

/** The operator's plan for a use; every operator offers one of each. */
export function planFor(operator: Operator, use: PlanUse): Plan {
  return operator.plans.find((p) => p.use === use) ?? operator.plans[0];
}

/** The next size up for a phone plan, the usual way a plan ends up too big for its user. */
export function largerUse(use: PlanUse): PlanUse {
  if (use === 'light') return 'medium';
  if (use === 'medium') return 'heavy';

  return use;
}
