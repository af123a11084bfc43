// `npm run bench`: the whole KPI engine on the demo engagement against one plain pass over
// the same rows, so the ratio says what the engine's work costs beyond reading the data.
import { bench, describe } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { computeReportKpis } from '@core/documents/report-data';
import { KPI_SETTING_DEFAULTS } from '@core/kpi';
import { recommendSavings } from '@core/savings';

const demo = generateDemo();
const rows = { devices: demo.devices, lines: demo.lines, invoices: demo.invoices };
const referenceDate = demo.engagement.referenceDate;

describe('KPIs of the demo engagement (2,034 devices, 2,238 lines, 26,304 invoice rows)', () => {
  bench('baseline: one pass summing every row', () => {
    let total = 0;
    for (const row of demo.invoices) total += row.totalExVat + row.dataMb;
    for (const device of demo.devices) total += device.purchasePrice ?? 0;
    for (const line of demo.lines) total += line.planPrice ?? 0;
    if (Number.isNaN(total)) throw new Error('unreachable: keeps the loop from being dropped');
  });

  bench('computeKpis: all KPIs with the bundled catalogues', () => {
    computeReportKpis(rows, referenceDate);
  });

  bench('recommendSavings', () => {
    recommendSavings({ ...rows, settings: KPI_SETTING_DEFAULTS, referenceDate });
  });
});
