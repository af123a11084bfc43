// Answers the imported data can propose for questions carrying a data hint. The consultant
// confirms or overrides: a suggestion is never stored as an answer by itself.

import { daysBetween, isIsoDate } from '../reference/dates';
import { indexQuestions } from './catalogue';
import type { KpiResult, KpiStatus } from '../kpi/types';
import type { Device } from '../model/device';
import type { Line } from '../model/line';
import type { Catalogue } from './catalogue-schema';
import type { DataHintId } from './data-hints';
import type { QuestionId } from './ids';

export type SuggestedValue = 'yes' | 'partly' | 'no';

export type SuggestionUnit = 'percent' | 'count' | 'years' | 'currency-per-month';

export interface Suggestion {
  hint: DataHintId;
  value: SuggestedValue;
  /** The headline figure the suggestion rests on, in `unit`. */
  figure: number;
  unit: SuggestionUnit;
  /** How many rows were judged to get the figure. */
  basis: number;
  /** The KPI behind the figure, when there is one, to cite as evidence. */
  kpiId: string | null;
  dataset: 'devices' | 'lines';
  /** Keys of the rows behind the figure: device keys or line numbers. */
  rows: string[];
}

export interface SuggestInput {
  kpis: readonly KpiResult[];
  devices: readonly Device[];
  lines: readonly Line[];
}

/** A device's security fix may trail the newest one seen on its platform by this many days. */
export const PATCH_WINDOW_DAYS = 15;

/** Share thresholds (percent) of the hints measured here rather than by a KPI. */
const SHARE_BANDS: Record<'inventory' | 'managed' | 'detected' | 'patched' | 'dated', Band> = {
  inventory: { yes: 95, partly: 80 },
  managed: { yes: 98, partly: 90 },
  detected: { yes: 95, partly: 50 },
  patched: { yes: 90, partly: 70 },
  dated: { yes: 90, partly: 50 },
};

interface Band {
  yes: number;
  partly: number;
}

function byShare(share: number, band: Band): SuggestedValue {
  if (share >= band.yes) return 'yes';
  return share >= band.partly ? 'partly' : 'no';
}

// A KPI's own target already separates good (green), borderline (amber) and bad (red).
const STATUS_VALUE: Record<Exclude<KpiStatus, 'none'>, SuggestedValue> = {
  green: 'yes',
  amber: 'partly',
  red: 'no',
};

function worst(values: readonly SuggestedValue[]): SuggestedValue {
  if (values.includes('no')) return 'no';
  return values.includes('partly') ? 'partly' : 'yes';
}

const share = (part: number, whole: number): number => (part * 100) / whole;

const filled = (value: string | null): boolean => value !== null && value.trim() !== '';

function kpi(input: SuggestInput, id: string): KpiResult | null {
  const found = input.kpis.find((k) => k.id === id);
  return found && found.value !== null ? found : null;
}

function fromKpiStatus(input: SuggestInput, hint: DataHintId, id: string): Suggestion | null {
  const result = kpi(input, id);
  if (!result || result.status === 'none') return null;

  return {
    hint,
    value: STATUS_VALUE[result.status],
    figure: result.value ?? 0,
    unit: 'percent',
    basis: result.basis,
    kpiId: id,
    dataset: 'devices',
    rows: result.evidence,
  };
}

function deviceShare(
  input: SuggestInput,
  hint: DataHintId,
  band: Band,
  isGood: (d: Device) => boolean,
): Suggestion | null {
  const { devices } = input;
  if (devices.length === 0) return null;

  const bad = devices.filter((d) => !isGood(d));
  const figure = share(devices.length - bad.length, devices.length);
  const rows = bad.map((d) => d.key);
  return {
    hint,
    value: byShare(figure, band),
    figure,
    unit: 'percent',
    basis: devices.length,
    kpiId: null,
    dataset: 'devices',
    rows,
  };
}

function inventoryComplete(input: SuggestInput): Suggestion | null {
  return deviceShare(input, 'inventory-complete', SHARE_BANDS.inventory, (d) =>
    [d.serial, d.model, d.osVersion, d.userName].every(filled),
  );
}

function devicesManaged(input: SuggestInput): Suggestion | null {
  return deviceShare(input, 'devices-managed', SHARE_BANDS.managed, (d) => d.managed);
}

// Detection is what the data shows: the MDM reports a compliance state. Blocking is not in the
// data, so a yes here still asks the consultant to check the blocking rules.
function nonCompliantDetected(input: SuggestInput): Suggestion | null {
  const { devices } = input;
  if (devices.length === 0) return null;

  const known = devices.filter((d) => d.compliance !== 'unknown');
  const flagged = known.filter((d) => d.compliance !== 'compliant');
  return {
    hint: 'non-compliant-detected',
    value: byShare(share(known.length, devices.length), SHARE_BANDS.detected),
    figure: flagged.length,
    unit: 'count',
    basis: devices.length,
    kpiId: 'devices.complianceRate',
    dataset: 'devices',
    rows: flagged.map((d) => d.key),
  };
}

// Measured against the newest fix seen on the same platform, so a fleet fully up to date with
// an old release is not blamed for the vendor's silence.
function updatesTimely(input: SuggestInput): Suggestion | null {
  const dated = input.devices.filter((d) => isIsoDate(d.securityPatch));
  if (dated.length === 0) return null;

  const newest = new Map<string, string>();
  for (const d of dated) {
    const patch = (d.securityPatch ?? '').slice(0, 10);
    const seen = newest.get(d.platform);
    if (!seen || seen < patch) newest.set(d.platform, patch);
  }

  const late = dated.filter((d) => {
    const patch = (d.securityPatch ?? '').slice(0, 10);
    return daysBetween(patch, newest.get(d.platform) ?? patch) > PATCH_WINDOW_DAYS;
  });
  const figure = share(dated.length - late.length, dated.length);
  return {
    hint: 'security-updates-timely',
    value: byShare(figure, SHARE_BANDS.patched),
    figure,
    unit: 'percent',
    basis: dated.length,
    kpiId: null,
    dataset: 'devices',
    rows: late.map((d) => d.key),
  };
}

function idleLines(input: SuggestInput): Suggestion | null {
  const found = [kpi(input, 'lines.unusedRate'), kpi(input, 'lines.underusedRate')];
  const results = found.filter((k): k is KpiResult => k !== null && k.status !== 'none');
  if (results.length === 0) return null;

  const rows = [...new Set(results.flatMap((k) => k.evidence))];
  return {
    hint: 'idle-lines-identified',
    value: worst(results.map((k) => STATUS_VALUE[k.status as Exclude<KpiStatus, 'none'>])),
    figure: rows.length,
    unit: 'count',
    basis: Math.max(...results.map((k) => k.basis)),
    kpiId: results[0].id,
    dataset: 'lines',
    rows,
  };
}

function plansFit(input: SuggestInput): Suggestion | null {
  const extra = kpi(input, 'cost.outOfPlanShare');
  if (!extra || extra.status === 'none') return null;

  const under = kpi(input, 'lines.underusedRate');
  const statuses = [extra.status, under?.status ?? 'none'].filter((s) => s !== 'none');
  return {
    hint: 'plans-fit-usage',
    value: worst(statuses.map((s) => STATUS_VALUE[s])),
    figure: extra.value ?? 0,
    unit: 'percent',
    basis: extra.basis,
    kpiId: extra.id,
    dataset: 'lines',
    rows: [...new Set([...extra.evidence, ...(under?.evidence ?? [])])],
  };
}

function fleetAge(input: SuggestInput): Suggestion | null {
  const age = kpi(input, 'devices.averageAgeYears');
  if (!age || input.devices.length === 0) return null;

  const old = kpi(input, 'devices.olderThan3YearsRate');
  return {
    hint: 'fleet-age-known',
    value: byShare(share(age.basis, input.devices.length), SHARE_BANDS.dated),
    figure: age.value ?? 0,
    unit: 'years',
    basis: age.basis,
    kpiId: age.id,
    dataset: 'devices',
    rows: old?.evidence ?? [],
  };
}

function tcoKnown(input: SuggestInput): Suggestion | null {
  const tco = kpi(input, 'cost.tcoPerUserMonthly');
  if (!tco) return null;

  // Prices filled by assumption make the figure an estimate, not a known cost.
  const imputed = (tco.caveats ?? []).some((c) => c.code === 'price-imputed');
  return {
    hint: 'tco-known',
    value: imputed ? 'partly' : 'yes',
    figure: tco.value ?? 0,
    unit: 'currency-per-month',
    basis: tco.basis,
    kpiId: tco.id,
    dataset: 'devices',
    rows: tco.evidence,
  };
}

const SUGGESTERS: Record<DataHintId, (input: SuggestInput) => Suggestion | null> = {
  'inventory-complete': inventoryComplete,
  'ghost-devices-counted': (input) =>
    fromKpiStatus(input, 'ghost-devices-counted', 'devices.ghostRate'),
  'devices-managed': devicesManaged,
  'security-policies-applied': (input) =>
    fromKpiStatus(input, 'security-policies-applied', 'devices.complianceRate'),
  'non-compliant-detected': nonCompliantDetected,
  'security-updates-timely': updatesTimely,
  'idle-lines-identified': idleLines,
  'plans-fit-usage': plansFit,
  'fleet-age-known': fleetAge,
  'tco-known': tcoKnown,
};

/** The answer the data suggests for one hint, or null when the data cannot tell. */
export function suggestAnswer(hint: DataHintId, input: SuggestInput): Suggestion | null {
  return SUGGESTERS[hint](input);
}

/** Suggestions for every question of the catalogue whose hint the data can answer. */
export function suggestAnswers(
  catalogue: Catalogue,
  input: SuggestInput,
): Map<QuestionId, Suggestion> {
  const suggestions = new Map<QuestionId, Suggestion>();
  for (const { question } of indexQuestions(catalogue).values()) {
    if (!question.dataHint) continue;

    const suggestion = suggestAnswer(question.dataHint, input);
    if (suggestion) suggestions.set(question.id, suggestion);
  }
  return suggestions;
}
