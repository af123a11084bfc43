import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';

import { measure, passesLuhn, share } from './demo-facts';

const demo = generateDemo();
const { lines } = demo;
const facts = measure(demo);

describe('demo lines', () => {
  it('are French mobile numbers on French business operators', () => {
    const operators = new Set(lines.map((l) => l.operator));

    for (const line of lines) expect(line.number).toMatch(/^\+33[67]\d{8}$/);
    expect(operators).toEqual(
      new Set(['Orange Business', 'SFR Business', 'Bouygues Telecom Entreprises', 'Free Pro']),
    );
  });

  it('keep one price and allowance per plan name', () => {
    const byPlan = new Map<string, string>();

    for (const line of lines) {
      const terms = `${line.planPrice}/${line.dataAllowanceMb}/${line.voiceAllowanceMin}`;
      expect(byPlan.get(line.plan ?? '') ?? terms).toBe(terms);
      byPlan.set(line.plan ?? '', terms);
      expect(line.planPrice).toBeGreaterThan(0);
      expect(line.dataAllowanceMb).toBeGreaterThan(0);
    }
  });

  it('mix unlimited-call plans with capped and data-only ones', () => {
    const voice = lines.map((l) => l.voiceAllowanceMin);

    expect(voice.filter((v) => v === null).length).toBeGreaterThan(lines.length / 3);
    expect(voice.filter((v) => v === 0).length).toBeGreaterThan(50);
    expect(voice.filter((v) => v !== null && v > 0).length).toBeGreaterThan(100);
  });

  it('are mostly active, with a few suspended and terminated', () => {
    const active = lines.filter((l) => l.status === 'active');

    expect(share(active, lines)).toBeGreaterThan(0.95);
    expect(lines.some((l) => l.status === 'suspended')).toBe(true);
    expect(lines.some((l) => l.status === 'terminated')).toBe(true);
  });

  it('charge most lines to a cost centre and show valid handset IMEIs', () => {
    const withCostCenter = lines.filter((l) => l.costCenter !== null);

    expect(share(withCostCenter, lines)).toBeGreaterThan(0.98);
    for (const line of lines) if (line.imei) expect(passesLuhn(line.imei)).toBe(true);
  });

  it('include unused lines: silent for three months or more, still billed', () => {
    expect(share(facts.unusedLines, facts.billedLines)).toBeGreaterThan(0.03);
    expect(share(facts.unusedLines, facts.billedLines)).toBeLessThan(0.1);
  });

  it('include under-used lines: under a tenth of their data allowance', () => {
    expect(share(facts.underUsedLines, facts.billedLines)).toBeGreaterThan(0.06);
    expect(share(facts.underUsedLines, facts.billedLines)).toBeLessThan(0.16);
  });

  it('include over-plan lines: out-of-plan charges month after month', () => {
    expect(share(facts.overPlanLines, facts.billedLines)).toBeGreaterThan(0.02);
    expect(share(facts.overPlanLines, facts.billedLines)).toBeLessThan(0.08);
  });

  it('include lines that no device reports', () => {
    expect(share(facts.linesWithoutDevice, lines)).toBeGreaterThan(0.1);
    expect(share(facts.linesWithoutDevice, lines)).toBeLessThan(0.3);
  });

  it('tie silent lines to ghost devices more often than chance', () => {
    const ghostNumbers = new Set(facts.ghostDevices.map((d) => d.phoneNumber));
    const unusedOnGhosts = facts.unusedLines.filter((l) => ghostNumbers.has(l.number));

    expect(unusedOnGhosts.length).toBeGreaterThan(10);
  });
});
