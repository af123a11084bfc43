import type { Dataset } from '@core/model/import-record';

import { DEVICE_ALIASES, INVOICE_ALIASES, LINE_ALIASES } from './generic-aliases';
import { normaliseHeader } from './normalise';
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
}

const MIN_CONFIDENCE = 0.3;

/**
 * Names the tool that wrote a table from its header names (every header row is tried, so
 * Bell's French row counts too) and maps its columns to model fields. Unknown layouts come back
 * as 'unrecognised' with suggestions drawn from header names and sample values.
 */
export function recognise(headerRows: string[][], sampleRows: string[][]): Recognition {
  const header = headerRows[0] ?? [];
  const index = indexHeaders(headerRows, header);
  let best: { definition: SourceDefinition; hits: number; confidence: number } | null = null;

  for (const definition of SOURCES) {
    const hits = definition.signature.filter((group) =>
      group.some((name) => index.has(normaliseHeader(name))),
    ).length;
    const confidence = hits / definition.signature.length;
    if (hits < definition.minHits || confidence < MIN_CONFIDENCE) continue;
    if (!best || confidence > best.confidence) best = { definition, hits, confidence };
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
  const aliases = { devices: DEVICE_ALIASES, lines: LINE_ALIASES, invoices: INVOICE_ALIASES }[
    dataset
  ];
  return mapColumns(index, [aliases]);
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
