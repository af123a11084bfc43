import type { ErrorCode } from '@core/errors/codes';
import type { Dataset } from '@core/model/import-record';

import { DEVICE_ALIASES, INVOICE_ALIASES, LINE_ALIASES } from './generic-aliases';
import { normaliseHeader } from './normalise';
import { PLAN_ALIASES } from './plan-catalogue';
import { SOURCES } from './sources';
import type { SourceDefinition, SourceId } from './source-definition';
import { suggestColumns } from './suggest';
import type { ColumnSuggestion } from './suggest';
import type { ColumnMapping, FieldId } from './fields';

/** What a file is, as far as its header and first rows tell. */
export interface Recognition {
  source: SourceId | 'unrecognised';
  dataset: Dataset | null;
  /** Share of the source's signature headers found, 0 to 1. */
  confidence: number;
  mapping: ColumnMapping;
  /** For an unrecognised file: what each column may hold, for the mapping screen. */
  suggestions: ColumnSuggestion[];
  /** Why a known file builds nothing: it is an account-level report, not per line. */
  notice?: ErrorCode;
}

const MIN_CONFIDENCE = 0.3;

/**
 * Names the tool that wrote a table from its header names (every header row is tried, so
 * Bell's French row counts too), or from a report title among its first rows (Telus), and maps
 * its columns to model fields. Unknown layouts come back as 'unrecognised' with suggestions
 * drawn from header names and sample values.
 */
export function recognise(headerRows: string[][], sampleRows: string[][]): Recognition {
  const header = headerRows[0] ?? [];
  const index = indexHeaders(headerRows, header);
  const firstCells = [...headerRows, ...sampleRows].map((row) => row[0] ?? '');
  let best: { definition: SourceDefinition; confidence: number } | null = null;

  for (const definition of SOURCES) {
    const confidence = score(definition, index, firstCells);
    if (confidence !== null && (!best || confidence > best.confidence)) {
      best = { definition, confidence };
    }
  }

  if (!best) {
    return {
      source: 'unrecognised',
      dataset: null,
      confidence: 0,
      mapping: {},
      suggestions: suggestColumns(header, sampleRows),
    };
  }

  const { definition, confidence } = best;
  return {
    source: definition.source,
    dataset: definition.dataset,
    confidence: Math.round(confidence * 100) / 100,
    mapping: mapColumns(index, [definition.fields, definition.fallback]),
    suggestions: [],
    ...(definition.dataset === null ? { notice: 'import-not-per-line' as const } : {}),
  };
}

/** Maps columns with a source's own names, then its fallback (after its table was reshaped). */
export function sourceMapping(headerRows: string[][], definition: SourceDefinition): ColumnMapping {
  const index = indexHeaders(headerRows, headerRows[0] ?? []);
  return mapColumns(index, [definition.fields, definition.fallback]);
}

/** Maps columns for a dataset with the generic names only, when the user picks the dataset. */
export function genericMapping(headerRows: string[][], dataset: Dataset): ColumnMapping {
  const index = indexHeaders(headerRows, headerRows[0] ?? []);
  const aliases = {
    devices: DEVICE_ALIASES,
    lines: LINE_ALIASES,
    invoices: INVOICE_ALIASES,
    plans: PLAN_ALIASES,
  }[dataset];
  return mapColumns(index, [aliases]);
}

// The share of a source's signature the header shows, or null when too little of it is there.
// A report title names the file on its own, whatever header the reader took.
function score(
  definition: SourceDefinition,
  index: Map<string, string>,
  firstCells: string[],
): number | null {
  if (firstCells.some((cell) => definition.title?.test(cell) === true)) return 1;

  const hits = definition.signature.filter((group) =>
    group.some((name) => index.has(normaliseHeader(name))),
  ).length;
  const confidence = hits / Math.max(1, definition.signature.length);
  return hits < definition.minHits || confidence < MIN_CONFIDENCE ? null : confidence;
}

// Normalised name -> the unique header name of its column, for every header row.
function indexHeaders(headerRows: string[][], header: string[]): Map<string, string> {
  const index = new Map<string, string>();

  for (const row of headerRows) {
    row.forEach((name, column) => {
      const key = normaliseHeader(name);
      if (key && !index.has(key) && header[column]) index.set(key, header[column]);
    });
  }
  return index;
}

function mapColumns(
  index: Map<string, string>,
  dictionaries: Partial<Record<FieldId, string[]>>[],
): ColumnMapping {
  const mapping: ColumnMapping = {};

  for (const dictionary of dictionaries) {
    for (const [field, names] of Object.entries(dictionary) as [FieldId, string[]][]) {
      if (mapping[field]) continue;
      const found = names.map(normaliseHeader).find((key) => index.has(key));
      if (found) mapping[field] = index.get(found);
    }
  }

  return mapping;
}
