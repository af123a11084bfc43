/** The fields of an imported bill row that a North American report leaves at nothing. */
export const NO_CHARGES = {
  operator: null,
  plan: null,
  billingPeriod: null,
  planCharge: 0,
  options: 0,
  oneOff: 0,
};
