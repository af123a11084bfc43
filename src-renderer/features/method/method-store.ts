// The Method screen's reads and writes of the consultant's records: one per phase, per wave,
// per objective, per population, and one pilot. Failures reach the user as the shared notice.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';

import { PHASE_IDS } from '@core/checklist/phases';
import type { EngagementId } from '@core/model/ids';
import { restorePopulation } from '@core/method/governance';
import type { Population } from '@core/method/governance';
import { restoreObjective } from '@core/method/objectives';
import type { Objective } from '@core/method/objectives';
import { defaultPilot, restorePilot } from '@core/method/pilot';
import type { Pilot } from '@core/method/pilot';
import { defaultPhasePlan, restorePhasePlan } from '@core/method/plan';
import type { PhasePlan } from '@core/method/plan';
import { restoreWave } from '@core/method/waves';
import type { Wave } from '@core/method/waves';

import { useRecord, useRecords } from '../../store/hooks';
import { deleteRecord, putRecord, updateRecord } from '../../store/owned';
import { reportError } from '../engagements/actions';

const KINDS = {
  phase: 'method-phase',
  wave: 'method-wave',
  pilot: 'method-pilot',
  objective: 'method-objective',
  population: 'method-population',
} as const;

async function guarded(t: TFunction, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    reportError(error, t);
  }
}

/** The seven phases in order; a phase never edited shows the catalogue's proposal. */
export function usePhasePlans(engagementId: EngagementId): PhasePlan[] | undefined {
  const stored = useRecords(engagementId, KINDS.phase, restorePhasePlan);
  return useMemo(() => {
    if (!stored) return undefined;
    return PHASE_IDS.map(
      (phase) => stored.find((plan) => plan.phase === phase) ?? defaultPhasePlan(phase),
    );
  }, [stored]);
}

export function savePhase(id: EngagementId, plan: PhasePlan, t: TFunction): Promise<void> {
  return guarded(t, () => putRecord(id, KINDS.phase, plan.phase, plan));
}

/** Waves in their planned order, then by name. */
export function useWaves(engagementId: EngagementId): Wave[] | undefined {
  const stored = useRecords(engagementId, KINDS.wave, restoreWave);
  return useMemo(
    () => stored?.toSorted((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
    [stored],
  );
}

export function saveWave(id: EngagementId, wave: Wave, t: TFunction): Promise<void> {
  return guarded(t, () => putRecord(id, KINDS.wave, wave.id, wave));
}

export function removeWave(id: EngagementId, waveId: string, t: TFunction): Promise<void> {
  return guarded(t, () => deleteRecord(id, KINDS.wave, waveId));
}

/** The pilot, or the proposed one while none is stored. */
export function usePilot(engagementId: EngagementId): Pilot | undefined {
  const stored = useRecord(engagementId, KINDS.pilot, 'pilot', restorePilot);
  return useMemo(() => (stored === undefined ? undefined : (stored ?? defaultPilot())), [stored]);
}

export function savePilot(id: EngagementId, pilot: Pilot, t: TFunction): Promise<void> {
  return guarded(t, () => putRecord(id, KINDS.pilot, 'pilot', pilot));
}

/** Changes the stored pilot field by field (dates typed one after the other both land). */
export function updatePilot(
  id: EngagementId,
  change: (pilot: Pilot) => Pilot,
  t: TFunction,
): Promise<void> {
  return guarded(t, () =>
    updateRecord(id, KINDS.pilot, 'pilot', restorePilot, (stored) =>
      change(stored ?? defaultPilot()),
    ),
  );
}

export function useObjectives(engagementId: EngagementId): Objective[] | undefined {
  return useRecords(engagementId, KINDS.objective, restoreObjective);
}

export function saveObjective(id: EngagementId, objective: Objective, t: TFunction) {
  return guarded(t, () => putRecord(id, KINDS.objective, objective.id, objective));
}

export function removeObjective(id: EngagementId, objectiveId: string, t: TFunction) {
  return guarded(t, () => deleteRecord(id, KINDS.objective, objectiveId));
}

export function usePopulations(engagementId: EngagementId): Population[] | undefined {
  const stored = useRecords(engagementId, KINDS.population, restorePopulation);
  return useMemo(() => stored?.toSorted((a, b) => a.name.localeCompare(b.name)), [stored]);
}

export function savePopulation(id: EngagementId, population: Population, t: TFunction) {
  return guarded(t, () => putRecord(id, KINDS.population, population.id, population));
}

export function removePopulation(id: EngagementId, populationId: string, t: TFunction) {
  return guarded(t, () => deleteRecord(id, KINDS.population, populationId));
}
