// The data of a pseudonymised deliverable: the same pseudonyms as a pseudonymised engagement
// file (same key, same rules), so a workbook and a file of one engagement can be joined.
// What the consultant wrote stays, except where it repeats a personal value exactly (the device
// keys of a rollout wave, a number pasted in a note): free text around a name is not parsed.
import type { ReportData } from '../documents/report-data';
import type { KpiResult } from '../kpi/types';
import type { Dataset } from '../model/import-record';
import type { SavingDetail, SavingRecommendation } from '../savings/types';
import { createPseudonymiser } from './pseudonym';
import type { Pseudonymiser } from './pseudonym';
import { pseudonymiseRow } from './pseudonymise-content';
import { recordingPseudonymiser } from './reverse-table';

/** Remembers every value it replaced, so the same value elsewhere gets the same pseudonym. */
function remembering(pseudo: Pseudonymiser, seen: Map<string, string>): Pseudonymiser {
  return {
    async pseudonym(category, value) {
      const result = await pseudo.pseudonym(category, value);
      seen.set(value, result);
      return result;
    },
  };
}

async function rowsOf<T extends object>(
  dataset: Dataset,
  rows: readonly T[],
  pseudo: Pseudonymiser,
): Promise<T[]> {
  const out: T[] = [];
  // Only string fields change, each to a string, so every row keeps its type.
  for (const row of rows) out.push((await pseudonymiseRow(dataset, row, pseudo)) as T);
  return out;
}

/** Swaps every string that is exactly a replaced personal value, at any depth. */
function swapKnown(value: unknown, seen: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return seen.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapKnown(item, seen));
  if (typeof value !== 'object' || value === null) return value;

  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = swapKnown(item, seen);
  return out;
}

async function kpisOf(
  kpis: readonly KpiResult[],
  seen: ReadonlyMap<string, string>,
  pseudo: Pseudonymiser,
): Promise<KpiResult[]> {
  const out: KpiResult[] = [];
  for (const kpi of kpis) {
    const evidence: string[] = [];
    // Evidence names rows of the report; a key missing from them still must not leak.
    for (const key of kpi.evidence) {
      evidence.push(seen.get(key) ?? (await pseudo.pseudonym('device-key', key)));
    }
    out.push({ ...kpi, evidence });
  }
  return out;
}

/** A `line|period` evidence key with its line pseudonymised; the period stays. */
async function lineMonth(key: string, pseudo: Pseudonymiser): Promise<string> {
  const [line, ...rest] = key.split('|');
  return [await pseudo.pseudonym('phone', line), ...rest].join('|');
}

async function savingsOf(
  savings: readonly SavingRecommendation[],
  seen: Map<string, string>,
  pseudo: Pseudonymiser,
): Promise<SavingRecommendation[]> {
  const out: SavingRecommendation[] = [];
  for (const saving of savings) {
    // A saving is about a line (its number leads), or about a device kind or an operator,
    // which name no one and stay as they are.
    const aboutLine = saving.evidenceKind !== 'devices' && /^\+?\d/.test(saving.lineNumber);
    const lineNumber = aboutLine
      ? await pseudo.pseudonym('phone', saving.lineNumber)
      : saving.lineNumber;

    const evidence: string[] = [];
    for (const key of saving.evidence) {
      evidence.push(
        saving.evidenceKind === 'devices'
          ? (seen.get(key) ?? (await pseudo.pseudonym('device-key', key)))
          : await lineMonth(key, pseudo),
      );
    }
    const detail = saving.detail && (await detailOf(saving.detail, pseudo));

    // The id embeds the line numbers and the consultant's decisions are kept by id: both must
    // change together, so an accepted saving is still accepted in the deliverable.
    const named = [
      ...(aboutLine ? [saving.lineNumber] : []),
      ...(saving.detail?.keptLine ? [saving.detail.keptLine] : []),
      ...(saving.detail?.terminatedLines ?? []),
    ];
    let id = saving.id;
    for (const line of named) id = id.split(line).join(seen.get(line) ?? line);
    seen.set(saving.id, id);
    out.push({ ...saving, id, lineNumber, evidence, ...(detail ? { detail } : {}) });
  }
  return out;
}

/** The lines a saving's figures name, pseudonymised. */
async function detailOf(detail: SavingDetail, pseudo: Pseudonymiser): Promise<SavingDetail> {
  const phone = (value: string) => pseudo.pseudonym('phone', value);
  const out: SavingDetail = { ...detail };
  if (detail.keptLine) out.keptLine = await phone(detail.keptLine);
  if (detail.terminatedLines) {
    out.terminatedLines = [];
    for (const line of detail.terminatedLines) out.terminatedLines.push(await phone(line));
  }
  if (detail.lineEvidence) {
    out.lineEvidence = [];
    for (const key of detail.lineEvidence) out.lineEvidence.push(await lineMonth(key, pseudo));
  }
  return out;
}

/** The report data with its personal values replaced by the engagement's stable pseudonyms. */
export async function pseudonymiseReportData(
  data: ReportData,
  keyHex: string,
  /** Filled with pseudonym → original, for the engagement's reverse table. */
  pairs: Map<string, string> = new Map(),
): Promise<ReportData> {
  const seen = new Map<string, string>();
  const recording = recordingPseudonymiser(await createPseudonymiser(keyHex), pairs);
  const pseudo = remembering(recording, seen);

  const devices = await rowsOf('devices', data.devices, pseudo);
  const lines = await rowsOf('lines', data.lines, pseudo);
  const invoices = await rowsOf('invoices', data.invoices, pseudo);
  const kpis = await kpisOf(data.kpis, seen, pseudo);
  const savings = await savingsOf(data.savings, seen, pseudo);

  const records: Record<string, readonly unknown[]> = {};
  for (const [kind, list] of Object.entries(data.records)) {
    records[kind] = list.map((record) => swapKnown(record, seen));
  }
  return { ...data, devices, lines, invoices, kpis, savings, records };
}
