import type { Device } from '@core/model/device';
import { findPeople, linkDevicesToLines } from '@core/reconcile';

import { recommendation } from './assemble';
import { monthKeys, monthlyCharges } from './line-charges';
import type { CostWindow } from './line-charges';
import type { SavingRecommendation } from './types';

// One person, several voice lines: the client pays twice for one need. The person keeps the
// line that carries a device (else the most used one) and the others are terminated. Data-only
// SIMs (a plan with 0 minutes) are left out: a tablet's SIM beside a phone is no duplicate, and
// the 4G routers of a site are named after it, not after a person. A line that already carries
// a recommendation of its own is left to it, so no euro is counted twice.

interface Ranked {
  number: string;
  withDevice: boolean;
  dataMb: number;
  voiceMin: number;
}

/** The line kept comes first: with a device, then most data, most minutes, lowest number. */
function keptFirst(a: Ranked, b: Ranked): number {
  if (a.withDevice !== b.withDevice) return a.withDevice ? -1 : 1;
  return b.dataMb - a.dataMb || b.voiceMin - a.voiceMin || a.number.localeCompare(b.number);
}

/** One recommendation per person holding several live voice lines (by e-mail, else name). */
export function consolidations(
  window: CostWindow,
  devices: readonly Device[],
  taken: ReadonlySet<string>,
): SavingRecommendation[] {
  const live = [...window.inventory.values()].filter(
    (line) => line.status !== 'terminated' && line.voiceAllowanceMin !== 0,
  );
  const carried = new Set(linkDevicesToLines(devices, live).map((link) => link.lineNumber));
  const found: SavingRecommendation[] = [];

  for (const person of findPeople(devices, live)) {
    const numbers = [...new Set(person.lineNumbers)];
    if (numbers.length < 2) continue;

    const ranked = numbers
      .map((number): Ranked => {
        const charges = window.lines.get(number);
        const withDevice = carried.has(number);
        return {
          number,
          withDevice,
          dataMb: charges?.dataMb ?? 0,
          voiceMin: charges?.voiceMin ?? 0,
        };
      })
      .sort(keptFirst);
    const kept = ranked[0];
    const ended = ranked
      .slice(1)
      .map((line) => line.number)
      .filter((number) => !taken.has(number) && monthlyCharges(window, number) > 0);
    if (ended.length === 0) continue;

    const monthly = ended.reduce((sum, number) => sum + monthlyCharges(window, number), 0);
    found.push(
      recommendation({
        id: `consolidate:${kept.number}:${ended.join('+')}`,
        kind: 'consolidate',
        lineNumber: kept.number,
        operator: window.inventory.get(ended[0])?.operator ?? null,
        monthly,
        months: window.periods.length,
        evidence: [kept.number, ...ended].flatMap((number) => monthKeys(window, number)),
        detail: {
          keptLine: kept.number,
          keptBecause: kept.withDevice ? 'device' : 'usage',
          terminatedLines: ended,
          lines: numbers.length,
        },
      }),
    );
  }
  return found;
}
