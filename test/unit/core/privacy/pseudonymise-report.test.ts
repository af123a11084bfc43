import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { assembleReportData } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import { acceptedSavingsOf } from '@core/documents/records/accepted-savings';
import { buildWorkbookBytes } from '@core/documents/xlsx/build-workbook';
import { createPseudonymiser } from '@core/privacy/pseudonym';
import { pseudonymiseReportData } from '@core/privacy/pseudonymise-report';
import { recommendation } from '@core/savings/assemble';

import { engagement } from '../documents/fixtures';

const KEY = 'a1'.repeat(32);

function demoData(): ReportData {
  const demo = generateDemo();
  const data = assembleReportData({
    engagement: engagement(),
    devices: demo.devices,
    lines: demo.lines,
    invoices: demo.invoices,
    imports: [],
    generatedAt: '2026-12-01T09:00:00.000Z',
  });

  // What the consultant decided and planned, by the rows' own keys.
  const wave = { id: 'w1', name: 'Pilote', population: { deviceKeys: [demo.devices[0].key] } };
  const decisions = data.savings
    .slice(0, 3)
    .map((saving) => ({ id: saving.id, decision: 'accepted', decidedAt: '2026-11-30' }));
  return { ...data, records: { 'method-wave': [wave], 'saving-decision': decisions } };
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Every way a French number may be written, reduced to digits: +33 6…, 06…, 6…. */
function phoneForms(number: string): string[] {
  const national = digits(number).replace(/^33/, '').replace(/^0/, '');
  return [`33${national}`, `0${national}`, national];
}

async function cellTexts(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text.trim()))),
  );
  return texts;
}

describe('a pseudonymised deliverable of the demo', () => {
  let original: ReportData;
  let safe: ReportData;
  let cells: string[];

  beforeAll(async () => {
    original = demoData();
    safe = await pseudonymiseReportData(original, KEY);
    cells = await cellTexts(await buildWorkbookBytes(safe));
  }, 120_000);

  it('holds no phone number, e-mail, name, IMEI or serial of the demo in its workbook', () => {
    const people = [...original.devices, ...original.lines];
    const names = new Set(people.map((row) => row.userName?.toLowerCase()).filter(Boolean));
    const emails = new Set(people.map((row) => row.userEmail?.toLowerCase()).filter(Boolean));
    const numbers = [
      ...original.lines.map((line) => line.number),
      ...original.devices.map((device) => device.phoneNumber ?? ''),
    ].filter(Boolean);
    const phones = new Set(numbers.flatMap(phoneForms));
    const serials = new Set(original.devices.flatMap((d) => [d.serial, d.imei]).filter(Boolean));
    expect(names.size).toBeGreaterThan(1000);
    expect(phones.size).toBeGreaterThan(3000);

    const leaks = cells.filter((text) => {
      const lower = text.toLowerCase();
      return (
        names.has(lower) ||
        emails.has(lower) ||
        serials.has(text) ||
        (digits(text).length >= 9 && phones.has(digits(text)))
      );
    });
    expect(leaks).toEqual([]);
  });

  it('keeps every row, numbers replaced by the engagement file’s pseudonyms', async () => {
    expect(safe.devices).toHaveLength(original.devices.length);
    expect(safe.invoices).toHaveLength(original.invoices.length);

    const pseudo = await createPseudonymiser(KEY);
    const first = original.lines[0];
    const expected = await pseudo.pseudonym('phone', first.number);
    expect(safe.lines[0].number).toBe(expected);
    expect(cells).toContain(expected);
    expect(safe.invoices.filter((row) => row.lineNumber === expected).length).toBe(
      original.invoices.filter((row) => row.lineNumber === first.number).length,
    );
  });

  it('keeps the accepted savings accepted, on pseudonymised lines', () => {
    const before = acceptedSavingsOf(original.savings, original.records).accepted;
    const after = acceptedSavingsOf(safe.savings, safe.records).accepted;
    const lines = new Set(safe.lines.map((line) => line.number));

    expect(before).toHaveLength(3);
    expect(after.map((saving) => saving.yearly)).toEqual(before.map((saving) => saving.yearly));
    expect(after.every((saving) => lines.has(saving.lineNumber))).toBe(true);
    expect(after.flatMap((s) => s.evidence).every((key) => lines.has(key.split('|')[0]))).toBe(
      true,
    );
  });

  it('points rollout waves and KPI evidence at the pseudonymised devices', () => {
    const wave = safe.records['method-wave'][0] as { population: { deviceKeys: string[] } };
    expect(wave.population.deviceKeys).toEqual([safe.devices[0].key]);

    const known = new Set([...safe.devices.map((d) => d.key), ...safe.lines.map((l) => l.number)]);
    const evidence = safe.kpis.flatMap((kpi) => kpi.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((key) => known.has(key))).toBe(true);
  });
});

describe('a pseudonymised saving beyond one line', () => {
  it('names no line or device of the client, in its id, evidence or figures', async () => {
    const data = demoData();
    const [kept, ended] = data.lines;
    const device = data.devices[0];
    const consolidate = recommendation({
      id: `consolidate:${kept.number}:${ended.number}`,
      kind: 'consolidate',
      lineNumber: kept.number,
      operator: null,
      monthly: 12,
      months: 3,
      evidence: [`${kept.number}|2026-10`, `${ended.number}|2026-10`],
      detail: { keptLine: kept.number, keptBecause: 'device', terminatedLines: [ended.number] },
    });
    const retire = recommendation({
      id: 'retire:tablet',
      kind: 'retire',
      lineNumber: 'tablet',
      operator: null,
      monthly: 5,
      months: 3,
      evidence: [device.key],
      evidenceKind: 'devices',
      detail: { deviceKind: 'tablet', devices: 1, lineEvidence: [`${ended.number}|2026-11`] },
    });
    const decisions = [{ id: consolidate.id, decision: 'accepted', decidedAt: '2026-11-30' }];

    const safe = await pseudonymiseReportData(
      { ...data, savings: [consolidate, retire], records: { 'saving-decision': decisions } },
      KEY,
    );
    const text = JSON.stringify(safe.savings);

    for (const value of [kept.number, ended.number, device.key]) expect(text).not.toContain(value);
    const safeLines = new Set(safe.lines.map((line) => line.number));
    expect(safe.savings[0].detail?.terminatedLines?.every((n) => safeLines.has(n))).toBe(true);
    expect(safe.savings[1].lineNumber).toBe('tablet');
    // The decision follows the saving to its new id.
    expect(acceptedSavingsOf(safe.savings, safe.records).accepted).toHaveLength(1);
  });
});
