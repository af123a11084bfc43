// How each KPI is computed, in English, keyed like the KPI ids; same keys in both files.
import type { formulaFr } from '../fr/dashboard-formula';

export const formulaEn: typeof formulaFr = {
  devices: {
    total: 'Number of distinct devices once every inventory is merged',
    managedRate: '100 × devices listed by at least one MDM export / devices',
    complianceRate: '100 × compliant devices / devices with a known state (grace = not compliant)',
    staleRate: '100 × devices not checked in for more than N days / dated devices',
    ghostRate: '100 × devices not checked in for more than N days / dated devices',
    averageAgeYears: 'Mean of (measure date − purchase date, else enrolment date) / 365.25',
    olderThan3YearsRate: '100 × devices older than N years (365.25 days) / dated devices',
    osOutdatedRate: '100 × patch older than N days / devices with a dated patch',
    osUnsupportedRate: '100 × OS out of security support / assessed devices',
    osBehindRate: '100 × outdated or unsupported OS / assessed devices',
    pastSupportRate:
      '100 × devices whose model gets no more security updates / devices with a known model',
  },
  lines: {
    total: 'Distinct numbers billed or listed in the line inventory',
    unusedRate:
      '100 × lines with no data, call or SMS in the two latest invoice months / lines billed ' +
      'in both',
    underusedRate:
      '100 × lines, not unused, whose mean data < threshold × allowance / lines billed over ' +
      'the usage window with an allowance > 0',
  },
  cost: {
    totalMonthly: 'Σ total excl. VAT / number of billed months (cost window)',
    perLineMonthly: 'Σ total excl. VAT over the cost window / number of line-months',
    outOfPlanMonthly: 'Σ out-of-plan excl. VAT / number of billed months (cost window)',
    tcoPerDeviceMonthly:
      '(Σ purchase prices / lifetime + N × (support + MDM + hours × hourly cost + end of ' +
      'life / lifetime) + monthly telecom) / N devices',
    tcoPerUserMonthly: 'Monthly fleet cost (as in TCO per device) / assigned people',
    outOfPlanShare: '100 × Σ out-of-plan / Σ total excl. VAT over the usage window',
    spendTrend:
      '100 × (mean of the last k months / mean of the k months before − 1), k = min(3, n / 2)',
    budgetVariance:
      '100 × (Σ invoiced / Σ planned − 1) over the budgeted and billed months of the year',
  },
  operations: {
    provisioningDelayHours: 'Median hours from request to hand-over (share within 48 h beside)',
    availabilityRate: 'Mean over records of 100 × (1 − devices out of service / devices)',
    mttrHours: 'Mean hours from opening to resolution of the resolved incidents',
  },
  security: {
    incidentsMonthly: 'Mean security incidents per month over the last 3 months',
    criticalPatchDelayDays: 'Mean days from release to deployment of critical patches',
  },
  usage: {
    dataPerLineMonthly: 'Mean per line of Σ data / billed months within the usage window',
    satisfactionScore: 'Respondent-weighted mean score of the latest quarter, out of 10',
    appAdoptionRate: '100 × Σ active users / Σ eligible users',
  },
  sustainability: {
    lifetimeExtensionCo2:
      'Σ manufacturing footprint × (1 / L − 1 / (L + 1)), L = lifetime in years',
    lifetimeAtRetirementYears: 'Mean age at retirement, weighted by the number of devices',
    endOfLifeRecoveryRate: '100 × devices not destroyed / end-of-life devices',
  },
};
