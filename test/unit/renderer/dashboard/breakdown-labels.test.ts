import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { computeKpis, KPI_SETTING_DEFAULTS } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';
import { restoreFootprints, restoreOsCatalogue } from '@core/reference';
import { breakdownLabel, breakdownValue } from '@renderer/features/dashboard/breakdown-labels';
import { i18n } from '@renderer/i18n';

const bundled = (name: string): unknown =>
  JSON.parse(readFileSync(`resources/reference/${name}`, 'utf8'));

// Every breakdown of the demo's KPIs, as the detail panel lists them.
const demo = generateDemo();
const results = computeKpis({
  devices: demo.devices,
  lines: demo.lines,
  invoices: demo.invoices,
  settings: KPI_SETTING_DEFAULTS,
  referenceDate: demo.engagement.referenceDate,
  catalogue: restoreOsCatalogue(bundled('os-catalogue.json')),
  footprints: restoreFootprints(bundled('device-footprints.json')),
});
const entries = results.flatMap((r) =>
  Object.keys(r.breakdown ?? {}).map((key) => [r.id, key] as const),
);
// Departments are the client's own words: shown as they are.
const ownWords = new Set(demo.lines.map((l) => l.department));

describe.each(['fr', 'en'] as const)('breakdown labels in %s', (language) => {
  const t = i18n.getFixedT(language);

  it('translates every code the demo produces', () => {
    const codes = entries.filter(([, key]) => !ownWords.has(key));

    expect(codes.length).toBeGreaterThan(10);
    for (const [id, key] of codes) {
      const label = breakdownLabel(t, id, key);
      expect(label, `${id} ${key}`).not.toBe(key);
      expect(label, `${id} ${key}`).not.toMatch(/dashboard\.|enums\.|:/);
    }
  });

  it('names compliance states, platforms with their OS status, and TCO parts', () => {
    const expected = {
      fr: ['En période de grâce', 'iOS — sans support de sécurité', 'Fin de vie'],
      en: ['In grace period', 'iOS — out of security support', 'End of life'],
    }[language];

    expect([
      breakdownLabel(t, 'devices.complianceRate', 'grace'),
      breakdownLabel(t, 'devices.osUnsupportedRate', 'ios:unsupported'),
      breakdownLabel(t, 'cost.tcoPerDeviceMonthly', 'endOfLife'),
    ]).toEqual(expected);
  });

  it('gives TCO parts as money in the engagement currency', () => {
    const engagement = { locale: language, currency: 'EUR' } as Engagement;

    expect(breakdownValue(t, 'cost.tcoPerDeviceMonthly', 'support', 8, engagement)).toMatch(
      /8[.,]00\s?€|€8\.00/,
    );
  });
});
