// The commands that import files or build deliverables. Each returns the text to print;
// failures throw a CliError.
import { getKpiDefinition } from '@core/kpi/registry';
import { createFormat } from '@core/documents/format';
import { SECTION_IDS } from '@core/documents/pdf/registry';
import { assembleReportData, referenceDateOf } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import {
  defaultReportDefinition,
  restoreReportDefinition,
} from '@core/documents/report-definition';
import { restoreEngagement } from '@core/model/engagement';
import type { Engagement } from '@core/model/engagement';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import { recommendSavings } from '@core/savings/recommend';

import type { CliOptions } from './args';
import { readBrand } from './brand';
import type { Brand } from './brand';
import { CliError, EXIT } from './cli-error';
import { checkCurrencyOption, currencyOf } from './currency';
import { kpisAsJson } from './kpi-json';
import type { ExitCode } from './cli-error';
import { demoReportData } from './demo-data';
import { describeProblem, readInputs } from './read-inputs';
import type { Inputs } from './read-inputs';
import { writePdf, writeXlsx } from './write-outputs';

export interface Outcome {
  /** What goes to standard output. */
  out: string[];
  /** Warnings for standard error. */
  err: string[];
  /** Set when the command did its work but some input failed (inspect goes on past a bad file). */
  exitCode?: ExitCode;
}

function localeOf(options: CliOptions): 'fr' | 'en' {
  const locale = options.locale ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') {
    throw new CliError(`--locale must be fr or en, not "${locale}".`, EXIT.usage);
  }
  return locale;
}

function engagementOf(options: CliOptions, brand: Brand, currency: string): Engagement {
  const date = options['reference-date'];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new CliError(`--reference-date must be YYYY-MM-DD, not "${date}".`, EXIT.usage);
  }
  const now = new Date().toISOString();
  return restoreEngagement({
    id: 'cli',
    ...brand,
    name: options.name ?? options.client ?? brand.clientName ?? 'FleetAudit',
    clientName: options.client ?? brand.clientName ?? '',
    consultant: options.consultant ?? brand.consultant ?? '',
    locale: localeOf(options),
    currency,
    referenceDate: date ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

/** Imports the files named by the options and gathers what the KPIs and deliverables need. */
export async function importedData(options: CliOptions, outcome: Outcome): Promise<ReportData> {
  const files = {
    devices: options.devices,
    lines: options.lines,
    invoices: options.invoices,
    plans: options.plans,
  };
  if (!files.devices && !files.lines && !files.invoices) {
    throw new CliError('Give at least one of --inventory, --lines, --invoice.', EXIT.usage);
  }

  // The options and the brand file are checked before the imports, which may take a while.
  checkCurrencyOption(options);
  const brand = options.brand ? await readBrand(options.brand) : {};
  const inputs: Inputs = await readInputs(files);
  outcome.err.push(...inputs.problems.map(describeProblem));
  const rejected = inputs.imports.reduce((n, record) => n + record.rowsRejected, 0);
  if (options.strict && rejected > 0) {
    throw new CliError(`${rejected} row(s) rejected (see above); --strict stops here.`, EXIT.input);
  }

  const engagement = engagementOf(options, brand, currencyOf(options, inputs.currencies));
  const generatedAt = new Date().toISOString();
  // The report would work savings out without the catalogue: they are worked out here with it.
  const savings = recommendSavings({
    ...inputs,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: referenceDateOf(engagement, inputs.invoices, generatedAt),
  });
  return assembleReportData({ ...inputs, engagement, generatedAt, savings });
}

/** `kpis`: the KPI table, or JSON with every result. */
export async function kpisCommand(options: CliOptions): Promise<Outcome> {
  const outcome: Outcome = { out: [], err: [] };
  const data = await importedData(options, outcome);

  if (options.json) {
    const { locale, currency } = data.engagement;
    outcome.out.push(JSON.stringify(kpisAsJson(data.kpis, locale, currency), null, 2));
    return outcome;
  }

  const fmt = createFormat(data.engagement.locale, data.engagement.currency);
  outcome.out.push(
    `${'id'.padEnd(34)} ${'KPI'.padEnd(46)} ${'value'.padStart(14)} ${'target'.padStart(10)}` +
      `  status records`,
  );
  for (const result of data.kpis) {
    const definition = getKpiDefinition(result.id);
    const label = definition?.label[fmt.locale] ?? result.id;
    const value = definition ? fmt.kpi(result.value, definition.unit) : '—';
    const target = result.target ?? definition?.target;
    const goal =
      target && definition
        ? `${target.direction === 'at-least' ? '≥' : '≤'} ${fmt.kpi(target.value, definition.unit)}`
        : '';
    outcome.out.push(
      `${result.id.padEnd(34)} ${label.padEnd(46)} ${value.padStart(14)} ${goal.padStart(10)}` +
        `  ${result.status.padEnd(5)} ${result.basis}`,
    );
  }
  return outcome;
}

function definitionOf(options: CliOptions) {
  const base = defaultReportDefinition(SECTION_IDS);
  const status = options.status ?? 'draft';
  if (status !== 'draft' && status !== 'final') {
    throw new CliError(`--status must be draft or final, not "${status}".`, EXIT.usage);
  }
  return restoreReportDefinition({
    ...base,
    options: { ...base.options, status, version: options['doc-version'] ?? base.options.version },
  });
}

async function writeDeliverables(
  data: ReportData,
  options: CliOptions,
  xlsxPath: string | undefined,
  outcome: Outcome,
): Promise<void> {
  if (!options.pdf && !xlsxPath) {
    throw new CliError('Say where to write: --pdf <file> and/or --xlsx <file>.', EXIT.usage);
  }
  if (options.pdf) {
    const ms = await writePdf(options.pdf, data, definitionOf(options));
    outcome.out.push(`PDF written: ${options.pdf} (${Math.round(ms)} ms)`);
  }
  if (xlsxPath) {
    const ms = await writeXlsx(xlsxPath, data);
    outcome.out.push(`Workbook written: ${xlsxPath} (${Math.round(ms)} ms)`);
  }
}

/** `report`: import, then write the PDF and/or the workbook. */
export async function reportCommand(options: CliOptions): Promise<Outcome> {
  const outcome: Outcome = { out: [], err: [] };
  const data = await importedData(options, outcome);
  await writeDeliverables(data, options, options.xlsx, outcome);
  return outcome;
}

/** `demo`: the demo engagement's workbook (and PDF when asked). */
export async function demoCommand(options: CliOptions): Promise<Outcome> {
  const outcome: Outcome = { out: [], err: [] };
  const data = demoReportData(localeOf(options), new Date().toISOString());
  await writeDeliverables(data, options, options.out ?? options.xlsx, outcome);
  return outcome;
}
