import { describe, expect, it } from 'vitest';

import { createFormat } from '@core/documents/format';
import { getKpiDefinition, KPI_DEFINITIONS } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';
import { formatKpiValue } from '@renderer/features/dashboard/kpi-format';
import { i18n } from '@renderer/i18n';

const engagement = (locale: 'fr' | 'en') => ({ locale, currency: 'EUR' }) as Engagement;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('counts on the dashboard and in the documents', () => {
  it('are whole numbers without a unit, grouped the reader’s way', () => {
    const fr = formatKpiValue(i18n.getFixedT('fr'), 2034, 'count', engagement('fr'));
    const en = formatKpiValue(i18n.getFixedT('en'), 2034, 'count', engagement('en'));

    expect([plain(fr), en]).toEqual(['2 034', '2,034']);
    expect(plain(createFormat('fr', 'EUR').kpi(2034, 'count'))).toBe('2 034');
  });

  it('are the unit of the device and line totals only', () => {
    const counted = KPI_DEFINITIONS.filter((d) => d.unit === 'count').map((d) => d.id);

    expect(counted).toEqual(['devices.total', 'lines.total']);
    expect(getKpiDefinition('devices.total')?.category).toBe('operational');
  });
});

describe('the monthly cost KPIs', () => {
  it('are money per month in the financial group', () => {
    const ids = ['cost.totalMonthly', 'cost.outOfPlanMonthly'];
    const definitions = ids.map((id) => getKpiDefinition(id));

    expect(definitions.map((d) => [d?.unit, d?.category])).toEqual([
      ['currency-per-month', 'financial'],
      ['currency-per-month', 'financial'],
    ]);
    const shown = formatKpiValue(
      i18n.getFixedT('en'),
      61.5,
      'currency-per-month',
      engagement('en'),
    );
    expect(shown).toBe('€61.50 / month');
  });
});
