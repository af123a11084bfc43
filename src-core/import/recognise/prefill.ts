import type { Dataset } from '@core/model/import-record';

import { FIELDS_BY_DATASET } from './fields';
import type { ColumnMapping, FieldId } from './fields';
import { genericMapping } from './recognise';
import type { ColumnSuggestion } from './suggest';

/**
 * The mapping screen's first guess for a dataset: header names the app knows first, then the
 * columns whose names or values suggest a field. A column feeds one field at most.
 */
export function prefillMapping(
  header: string[],
  suggestions: readonly ColumnSuggestion[],
  dataset: Dataset,
): ColumnMapping {
  const allowed = new Set<FieldId>(FIELDS_BY_DATASET[dataset]);
  const mapping: ColumnMapping = { ...genericMapping([header], dataset) };
  const used = new Set(Object.values(mapping));

  for (const suggestion of suggestions) {
    if (used.has(suggestion.column)) continue;
    const field = suggestion.fields.find(
      (candidate) => allowed.has(candidate) && !mapping[candidate],
    );
    if (!field) continue;

    mapping[field] = suggestion.column;
    used.add(suggestion.column);
  }

  return mapping;
}

/** The dataset whose fields the most columns seem to feed; devices on a tie. */
export function guessDataset(header: string[], suggestions: readonly ColumnSuggestion[]): Dataset {
  const datasets: Dataset[] = ['devices', 'lines', 'invoices'];
  const scores = datasets.map(
    (dataset) => Object.keys(prefillMapping(header, suggestions, dataset)).length,
  );
  return datasets[scores.indexOf(Math.max(...scores))];
}
