import { describe, expect, it } from 'vitest';

import { KPI_DEFINITIONS } from '@core/kpi';
import { i18n } from '@renderer/i18n';

// The detail panel shows `dashboard.formula.<id>`; the dots of an id are key separators, so a
// renamed id without its nested text would show the raw key.
describe('KPI formula texts', () => {
  it.each(['fr', 'en'])('give every KPI of the registry a formula in %s', (lng) => {
    const t = i18n.getFixedT(lng);
    const without = KPI_DEFINITIONS.map((d) => `dashboard.formula.${d.id}`).filter(
      (key) => t(key) === key,
    );

    expect(without).toEqual([]);
  });
});
