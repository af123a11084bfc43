import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';

import { measure, share } from './demo-facts';

describe.each([1, 2, 3])('the demo for seed %i', (seed) => {
  const demo = generateDemo({ seed });
  const facts = measure(demo);

  it('keeps the fleet size and the compliance rate', () => {
    const compliant = demo.devices.filter((d) => d.compliance === 'compliant');

    expect(demo.devices.length).toBeGreaterThanOrEqual(1900);
    expect(demo.devices.length).toBeLessThanOrEqual(2100);
    expect(demo.lines.length).toBeGreaterThanOrEqual(2100);
    expect(demo.lines.length).toBeLessThanOrEqual(2300);
    expect(share(compliant, demo.devices)).toBeGreaterThanOrEqual(0.88);
    expect(share(compliant, demo.devices)).toBeLessThanOrEqual(0.93);
  });

  it('keeps every situation an audit should find', () => {
    expect(share(facts.unusedLines, facts.billedLines)).toBeGreaterThan(0.03);
    expect(share(facts.unusedLines, facts.billedLines)).toBeLessThan(0.1);
    expect(share(facts.underUsedLines, facts.billedLines)).toBeGreaterThan(0.06);
    expect(share(facts.overPlanLines, facts.billedLines)).toBeGreaterThan(0.02);
    expect(share(facts.ghostDevices, demo.devices)).toBeGreaterThan(0.02);
    expect(share(facts.linesWithoutDevice, demo.lines)).toBeGreaterThan(0.1);
    expect(share(facts.devicesWithoutLine, demo.devices)).toBeGreaterThan(0.08);
  });
});
