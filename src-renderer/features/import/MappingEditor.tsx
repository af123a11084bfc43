import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { mapSample } from '@core/import/map/sample';
import { createMappingProfile } from '@core/import/profile';
import { FIELDS_BY_DATASET } from '@core/import/recognise/fields';
import type { ColumnMapping, FieldId } from '@core/import/recognise/fields';
import { guessDataset, prefillMapping } from '@core/import/recognise/prefill';
import { DATASETS } from '@core/model/import-record';
import type { Dataset } from '@core/model/import-record';

import type { PartOptions, PartPreview } from '../../tasks/import-types';
import { KEY_FIELDS } from './labels';
import { MappedSample } from './MappedSample';
import { saveProfile } from './profile-actions';

interface Props {
  part: PartPreview;
  busy: boolean;
  onApply: (options: PartOptions) => void;
  onCancel?: () => void;
}

/** One select per field of the dataset, pre-filled from header names and values. */
export function MappingEditor({ part, busy, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const [dataset, setDataset] = useState<Dataset>(
    () => part.dataset ?? guessDataset(part.header, part.suggestions),
  );
  const [mapping, setMapping] = useState<ColumnMapping>(() =>
    part.mapping && part.dataset === dataset
      ? part.mapping
      : prefillMapping(part.header, part.suggestions, dataset),
  );
  const [name, setName] = useState(part.profile?.name || stem(part.name));

  const suggested = useMemo(() => suggestedColumns(part), [part]);
  // Twenty rows mapped on the UI thread as the selects change; the whole file is mapped in the
  // worker once the consultant applies.
  const sample = useMemo(
    () =>
      mapSample(
        {
          file: part.name,
          header: part.header,
          rows: part.sample,
          rowNumbers: part.sampleRowNumbers,
        },
        { dataset, mapping },
      ),
    [part, dataset, mapping],
  );
  const hasKey = KEY_FIELDS[dataset].some((field) => mapping[field as FieldId]);

  const changeDataset = (next: Dataset): void => {
    setDataset(next);
    setMapping(prefillMapping(part.header, part.suggestions, next));
  };

  const apply = async (): Promise<void> => {
    const profile = createMappingProfile({
      name: name.trim() || stem(part.name),
      header: part.header,
      dataset,
      mapping,
      savedAt: new Date().toISOString(),
    });
    if (!(await saveProfile(profile, t))) return;
    onApply({
      dataset,
      mapping: profile.mapping,
      profileId: profile.id,
      profileName: profile.name,
    });
  };

  return (
    <div className="mapping-editor" data-testid="mapping-editor">
      <h3>{t('import.mapping.title', { file: part.name })}</h3>
      <p className="muted small">{t('import.mapping.intro')}</p>
      <label className="import-field">
        {t('import.dataset')}
        <select
          value={dataset}
          onChange={(e) => changeDataset(e.target.value as Dataset)}
          data-testid="mapping-dataset"
        >
          {DATASETS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`import.datasets.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="mapping-grid">
        {FIELDS_BY_DATASET[dataset].map((field) => (
          <label key={field} className="mapping-row">
            <span>
              {t(`import.fields.${field}`)}
              {KEY_FIELDS[dataset].includes(field) && <strong> *</strong>}
            </span>
            <select
              value={mapping[field] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })}
              data-testid={`mapping-field-${field}`}
            >
              <option value="">{t('import.mapping.none')}</option>
              {part.header.map((column) => (
                <option key={column} value={column}>
                  {column}
                  {suggested.get(column)?.includes(field)
                    ? ` (${t('import.mapping.suggested')})`
                    : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h4>{t('import.mapping.preview')}</h4>
      <p className="muted small" data-testid="mapping-preview-counts">
        {t('import.mapping.previewCounts', {
          accepted: sample.rows.length,
          rejected: sample.rejectedRows,
          rows: part.sample.length,
        })}
      </p>
      <MappedSample dataset={dataset} rows={sample.rows} testId="mapping-preview" />
      <label className="import-field wide">
        {t('import.mapping.profileName')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="mapping-name" />
      </label>
      {!hasKey && (
        <p className="field-error">
          {t('import.mapping.needKey', {
            fields: KEY_FIELDS[dataset].map((f) => t(`import.fields.${f}`)).join(', '),
          })}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('import.mapping.cancel')}
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={busy || !hasKey}
          onClick={() => void apply()}
          data-testid="mapping-apply"
        >
          {t('import.mapping.apply')}
        </button>
      </div>
    </div>
  );
}

function suggestedColumns(part: PartPreview): Map<string, readonly FieldId[]> {
  return new Map(part.suggestions.map((s) => [s.column, s.fields]));
}

function stem(name: string): string {
  const base = name.split('/').pop() ?? name;
  return base.replace(/\.[^.]+$/, '');
}
