// The fictional client of the demo engagement: a French logistics group with a head office in
// Paris, warehouses and transport hubs in the regions, and a southern subsidiary bought in 2019
// that still runs on its own operator contract.

export interface Site {
  code: string;
  name: string;
  /** Relative headcount outside the head-office departments. */
  weight: number;
  /** Sites of the acquired subsidiary, still mostly on SFR. */
  acquired: boolean;
}

export interface Department {
  code: string;
  name: string;
  /** Relative headcount among people with a company phone. */
  weight: number;
  /** Head-office departments sit mostly in Paris. */
  headOffice: boolean;
  /** How much the team uses its phone, which drives plan and model choices. */
  tier: 'light' | 'medium' | 'heavy';
}

export const CLIENT = {
  name: 'Groupe Bréval Logistique',
  domain: 'breval-logistique.fr',
  consultant: 'Camille Roussel',
  brandPrimary: '#0b4f6c',
  brandSecondary: '#f28c28',
} as const;

export const HEAD_OFFICE = 'PAR';

export const SITES: readonly Site[] = [
  { code: 'PAR', name: 'Paris (siège)', weight: 8, acquired: false },
  { code: 'LYO', name: 'Lyon Saint-Priest', weight: 18, acquired: false },
  { code: 'LIL', name: 'Lille Lesquin', weight: 14, acquired: false },
  { code: 'ORL', name: 'Orléans Saran', weight: 14, acquired: false },
  { code: 'LEH', name: 'Le Havre', weight: 9, acquired: false },
  { code: 'NAN', name: 'Nantes Carquefou', weight: 8, acquired: false },
  { code: 'STR', name: 'Strasbourg', weight: 5, acquired: false },
  { code: 'MRS', name: 'Marseille Vitrolles', weight: 12, acquired: true },
  { code: 'TLS', name: 'Toulouse', weight: 6, acquired: true },
  { code: 'BDX', name: 'Bordeaux Mérignac', weight: 7, acquired: true },
];

export const DEPARTMENTS: readonly Department[] = [
  { code: 'DG', name: 'Direction générale', weight: 2, headOffice: true, tier: 'heavy' },
  { code: 'FIN', name: 'Finance', weight: 5, headOffice: true, tier: 'medium' },
  { code: 'RH', name: 'Ressources humaines', weight: 4, headOffice: true, tier: 'medium' },
  { code: 'DSI', name: 'DSI', weight: 5, headOffice: true, tier: 'medium' },
  { code: 'ACH', name: 'Achats', weight: 3, headOffice: true, tier: 'medium' },
  { code: 'COM', name: 'Direction commerciale', weight: 17, headOffice: false, tier: 'heavy' },
  { code: 'SCL', name: 'Service client', weight: 10, headOffice: false, tier: 'medium' },
  { code: 'QHS', name: 'Qualité HSE', weight: 4, headOffice: false, tier: 'medium' },
  { code: 'LOG', name: 'Logistique', weight: 33, headOffice: false, tier: 'light' },
  { code: 'TRA', name: 'Transport', weight: 17, headOffice: false, tier: 'light' },
];

/** The cost centre a department charges its lines to at a site. */
export function costCenterOf(department: Department, site: Site): string {
  return `CC-${department.code}-${site.code}`;
}

/** The department with the given code; the list above is fixed, so a miss is a bug. */
export function departmentByCode(code: string): Department {
  const found = DEPARTMENTS.find((d) => d.code === code);
  if (!found) throw new Error(`Unknown demo department ${code}`);

  return found;
}
