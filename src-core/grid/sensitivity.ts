// How far each criterion's weight can move before the winner changes, solved exactly.
//
// Move the share of criterion k from s to t and rescale every other share by (1 - t)/(1 - s),
// so the shares still add up to 1. Vendor v's score becomes
//   S_v(t) = t·m_vk + (1 - t)·R_v,   with R_v = (S_v - s·m_vk) / (1 - s),
// where m_vk is v's mean on k and R_v its score on the other criteria alone. S_v is linear
// in t with slope d_v = m_vk - R_v, hence S_v(t) = S_v + (t - s)·d_v. The winner w is
// overtaken by u where the two lines cross:
//   t* = s + (S_w - S_u) / (d_u - d_w),
// above s when d_u > d_w (raising k helps u more) and below s when d_u < d_w. The nearest
// crossing within [0, 1] on each side is where the winner first changes; past it, u leads.

import type { AggregateTable } from './aggregate';
import type { GridEvaluation } from './evaluate';
import type { CriterionId, VendorId } from './ids';
import { SCORE_EPSILON } from './ranking';
import { meanOrZero } from './weighted-score';

/** Shares closer than this to 0 or 1 are at the end of the 0-100% range. */
const SHARE_EPSILON = 1e-12;

export interface WeightCrossing {
  /** The criterion's share, in percent, at which the new winner draws level. */
  sharePercent: number;
  /** sharePercent minus the current share, in percentage points; negative means lower it. */
  deltaPoints: number;
  /** The vendor that leads once the share goes past `sharePercent`. */
  newWinner: VendorId;
}

/**
 * - `flip`: some change within 0-100% changes the winner; `nearest` is the smallest one.
 * - `none`: no share of this criterion between 0 and 100% changes the winner.
 * - `no-clear-winner`: vendors are tied first (or nobody leads), so there is nothing to flip.
 * - `no-rival`: a single vendor is still in the race.
 * - `sole-criterion`: it carries all the weight, so the others have no proportions to rescale.
 */
export type SensitivityStatus = 'flip' | 'none' | 'no-clear-winner' | 'no-rival' | 'sole-criterion';

export interface CriterionSensitivity {
  criterionId: CriterionId;
  currentSharePercent: number;
  status: SensitivityStatus;
  up: WeightCrossing | null;
  down: WeightCrossing | null;
  nearest: WeightCrossing | null;
}

export interface SensitivityInput {
  shares: Record<CriterionId, number>;
  aggregates: AggregateTable;
  /** Vendors not eliminated; elimination does not depend on weights, so it stays fixed. */
  contenders: readonly VendorId[];
}

/** The sensitivity inputs of an evaluated grid: its shares, its means, the vendors still in. */
export function sensitivityInputOf(evaluation: GridEvaluation): SensitivityInput {
  const contenders = evaluation.ranking.vendors.filter((r) => !r.eliminated).map((r) => r.vendorId);
  return { shares: evaluation.weights.shares, aggregates: evaluation.aggregates, contenders };
}

interface Line {
  vendorId: VendorId;
  score: number;
  slope: number;
}

/** The smallest move of one criterion's share that changes the winner, in both directions. */
export function criterionSensitivity(
  input: SensitivityInput,
  criterionId: CriterionId,
): CriterionSensitivity {
  const s = input.shares[criterionId] ?? 0;
  const base = { criterionId, currentSharePercent: s * 100, up: null, down: null, nearest: null };

  if (input.contenders.length < 2) return { ...base, status: 'no-rival' };

  const lines = linesFor(input, criterionId, s);
  const best = Math.max(...lines.map((l) => l.score));
  const leaders = lines.filter((l) => best - l.score <= SCORE_EPSILON);
  if (leaders.length !== 1) return { ...base, status: 'no-clear-winner' };
  if (s >= 1 - SHARE_EPSILON) return { ...base, status: 'sole-criterion' };

  const winner = leaders[0];
  const rivals = lines.filter((l) => l !== winner);
  const up = firstCrossing(winner, rivals, s, 1);
  const down = firstCrossing(winner, rivals, s, -1);

  const nearest = pickNearest(up, down);
  return { ...base, status: nearest ? 'flip' : 'none', up, down, nearest };
}

/** Sensitivity of every criterion of the grid, the most fragile first. */
export function sensitivityReport(input: SensitivityInput): CriterionSensitivity[] {
  const all = (Object.keys(input.shares) as CriterionId[]).map((id) =>
    criterionSensitivity(input, id),
  );
  const distance = (r: CriterionSensitivity) =>
    r.nearest ? Math.abs(r.nearest.deltaPoints) : Number.POSITIVE_INFINITY;
  return all.sort((a, b) => distance(a) - distance(b));
}

function linesFor(input: SensitivityInput, criterionId: CriterionId, s: number): Line[] {
  return input.contenders.map((vendorId) => {
    let score = 0;
    for (const [id, share] of Object.entries(input.shares) as [CriterionId, number][]) {
      score += share * meanOrZero(input.aggregates, vendorId, id);
    }
    const m = meanOrZero(input.aggregates, vendorId, criterionId);
    const rest = s < 1 ? (score - s * m) / (1 - s) : 0;
    return { vendorId, score, slope: m - rest };
  });
}

/**
 * Nearest t strictly inside the range in `direction` (+1 up, -1 down) where a rival draws
 * level with the winner. A crossing exactly at 0% or 100% only ties, so it does not count.
 * When several rivals cross at the same t, the new winner is the one that climbs fastest.
 */
function firstCrossing(
  winner: Line,
  rivals: readonly Line[],
  s: number,
  direction: 1 | -1,
): WeightCrossing | null {
  let found: { t: number; line: Line } | null = null;

  for (const rival of rivals) {
    const gain = direction * (rival.slope - winner.slope);
    if (gain <= SCORE_EPSILON) continue;

    const t = s + (direction * (winner.score - rival.score)) / gain;
    const inside = direction === 1 ? t < 1 - SHARE_EPSILON : t > SHARE_EPSILON;
    if (!inside) continue;

    const sooner = found === null || direction * (t - found.t) < -SHARE_EPSILON;
    const sameTime = found !== null && Math.abs(t - found.t) <= SHARE_EPSILON;
    const steeper = found !== null && direction * (rival.slope - found.line.slope) > 0;
    if (sooner || (sameTime && steeper)) found = { t, line: rival };
  }

  if (!found) return null;
  return {
    sharePercent: found.t * 100,
    deltaPoints: (found.t - s) * 100,
    newWinner: found.line.vendorId,
  };
}

function pickNearest(
  up: WeightCrossing | null,
  down: WeightCrossing | null,
): WeightCrossing | null {
  if (!up || !down) return up ?? down;
  return Math.abs(up.deltaPoints) <= Math.abs(down.deltaPoints) ? up : down;
}
