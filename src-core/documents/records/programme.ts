// The programme as the Method screen shows it: seven phases (the catalogue's proposal for a
// phase never edited), the waves in their order, the governed populations by name.
import { PHASE_IDS } from '@core/checklist/phases';
import { restorePopulation } from '@core/method/governance';
import type { Population } from '@core/method/governance';
import { defaultPhasePlan, restorePhasePlan } from '@core/method/plan';
import type { PhasePlan } from '@core/method/plan';
import { restoreWave } from '@core/method/waves';
import type { Wave } from '@core/method/waves';

import { RECORD_KINDS, restoredRecords } from './kinds';

type Records = Readonly<Record<string, readonly unknown[]>>;

/** The seven phase plans in order. */
export function phasePlansOf(records: Records): PhasePlan[] {
  const stored = restoredRecords(records, RECORD_KINDS.phase, restorePhasePlan);
  return PHASE_IDS.map(
    (phase) => stored.find((plan) => plan.phase === phase) ?? defaultPhasePlan(phase),
  );
}

/** Waves in their planned order, then by name. */
export function wavesOf(records: Records): Wave[] {
  return restoredRecords(records, RECORD_KINDS.wave, restoreWave).sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name),
  );
}

/** Populations by name. */
export function populationsOf(records: Records): Population[] {
  return restoredRecords(records, RECORD_KINDS.population, restorePopulation).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

/** Whether the consultant recorded anything of the programme at all. */
export function hasProgramme(records: Records): boolean {
  return (records[RECORD_KINDS.phase] ?? []).length + (records[RECORD_KINDS.wave] ?? []).length > 0;
}
