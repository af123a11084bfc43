import { test } from 'vitest';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { computeReportKpis } from '@core/documents/report-data';
import { KPI_SETTING_DEFAULTS } from '@core/kpi';
import { recommendSavings } from '@core/savings';
import Papa from 'papaparse';
import { invoicesAsCsv, largeEngagement } from './support/large-engagement';

test('prof', async () => {
  const large = largeEngagement();
  const rows = { devices: large.devices, lines: large.lines, invoices: large.invoices };
  const referenceDate = large.engagement.referenceDate;
  const csv = invoicesAsCsv(large.invoices);
  const times: number[][] = [];
  const run = () => {
    let t = performance.now();
    computeReportKpis(rows, referenceDate);
    const k = performance.now() - t;
    t = performance.now();
    recommendSavings({ ...rows, settings: KPI_SETTING_DEFAULTS, referenceDate });
    const s = performance.now() - t;
    t = performance.now();
    Papa.parse(csv, { delimiter: ';' });
    times.push([k, s, performance.now() - t]);
  };
  run(); run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  run(); run(); run();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/kpi.cpuprofile', JSON.stringify(profile));
  writeFileSync('/tmp/kpi.times', JSON.stringify(times));
});
