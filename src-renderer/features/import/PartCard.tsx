import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TEXT_ENCODINGS } from '@core/import/text/decode';
import type { TextEncoding } from '@core/import/text/decode';
import type { Delimiter } from '@core/import/table/sniff-delimiter';
import type { Locale } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';

import { formatDate, formatNumber } from '../../i18n/format';
import type { PartOptions, PartPreview } from '../../tasks/import-types';
import { DELIMITERS, delimiterLabel } from './labels';
import { MappedSample } from './MappedSample';
import { BilledMonth, SheetChoice } from './PartChoices';
import { MappingEditor } from './MappingEditor';
import { ProblemTable } from './ProblemTable';

interface Props {
  part: PartPreview;
  locale: Locale;
  busy: boolean;
  included: boolean;
  onToggle: (on: boolean) => void;
  onReparse: (options: PartOptions) => void;
  importedBefore?: ImportRecord;
}

/** One table of a dropped file: what was detected, the rows as understood, what was rejected. */
export function PartCard(props: Props) {
  const { part, locale, busy, included, onToggle, onReparse, importedBefore } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const needsMapping = part.mapping === null;

  // The options in force, kept when one of them changes so a re-read loses no earlier choice.
  const current: PartOptions = {
    encoding: part.encoding ?? undefined,
    delimiter: (part.delimiter ?? undefined) as Delimiter | undefined,
    sheet: part.sheetName ?? undefined,
    period: part.period ?? undefined,
    ...(part.mapping && part.dataset ? { dataset: part.dataset, mapping: part.mapping } : {}),
    ...(part.profile ? { profileId: part.profile.id, profileName: part.profile.name } : {}),
  };

  return (
    <article className="import-part" data-testid="import-part">
      <header className="import-part-head">
        <h3 className="mono">{part.name}</h3>
        <label className="import-include">
          <input
            type="checkbox"
            checked={included}
            disabled={part.accepted === 0}
            onChange={(e) => onToggle(e.target.checked)}
            data-testid="import-include"
          />
          {t('import.include')}
        </label>
      </header>

      {importedBefore && (
        <p className="import-notice" role="status" data-testid="import-already">
          {t('import.alreadyImported', {
            date: formatDate(importedBefore.importedAt.slice(0, 10), locale),
            file: importedBefore.fileName,
          })}
        </p>
      )}
      <div className="import-meta">
        <span data-testid="import-source">
          <span className="muted">{t('import.source')}</span>{' '}
          <strong>
            {part.source === 'unrecognised' && part.profile
              ? t('import.sourceProfile', { name: part.profile.name })
              : t(`import.sources.${part.source}`)}
          </strong>
          {part.source !== 'unrecognised' &&
            ` (${t('import.confidence', { percent: Math.round(part.confidence * 100) })})`}
        </span>
        {part.dataset && (
          <span data-testid="import-dataset">
            <span className="muted">{t('import.dataset')}</span>{' '}
            <strong>{t(`import.datasets.${part.dataset}`)}</strong>
          </span>
        )}
        {part.profile && (
          <span className="badge" data-testid="import-profile-used">
            {t('import.profileUsed', { name: part.profile.name })}
          </span>
        )}
        {part.format !== 'xlsx' && (
          <label className="import-field">
            {t('import.encoding')}
            <select
              value={part.encoding ?? ''}
              disabled={busy}
              onChange={(e) => onReparse({ ...current, encoding: e.target.value as TextEncoding })}
              data-testid="import-encoding"
            >
              {TEXT_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encodingLabel(encoding)}
                </option>
              ))}
            </select>
          </label>
        )}
        {part.format === 'csv' && (
          <label className="import-field">
            {t('import.delimiter')}
            <select
              value={part.delimiter ?? ''}
              disabled={busy}
              onChange={(e) => onReparse({ ...current, delimiter: e.target.value as Delimiter })}
              data-testid="import-delimiter"
            >
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {delimiterLabel(delimiter, t)}
                </option>
              ))}
            </select>
          </label>
        )}
        <SheetChoice part={part} current={current} busy={busy} onReparse={onReparse} />
        <BilledMonth part={part} current={current} busy={busy} onReparse={onReparse} />
      </div>

      <Counts part={part} locale={locale} />

      {part.notice && !editing ? (
        <div className="import-notice" data-testid="import-notice">
          <p>{t(`errors.${part.notice}`)}</p>
          <button type="button" onClick={() => setEditing(true)} data-testid="import-edit-mapping">
            {t('import.editMapping')}
          </button>
        </div>
      ) : needsMapping || editing ? (
        <MappingEditor
          part={part}
          busy={busy}
          onApply={(options) => {
            setEditing(false);
            const { encoding, delimiter, sheet, period } = current;
            onReparse({ ...options, encoding, delimiter, sheet, period });
          }}
          onCancel={needsMapping ? undefined : () => setEditing(false)}
        />
      ) : (
        <>
          <button type="button" onClick={() => setEditing(true)} data-testid="import-edit-mapping">
            {t('import.editMapping')}
          </button>
          {part.dataset && (
            <>
              <h4>{t('import.firstRows')}</h4>
              <MappedSample
                dataset={part.dataset}
                rows={part.mappedSample}
                testId="import-sample"
              />
            </>
          )}
          <Problems part={part} locale={locale} />
        </>
      )}
    </article>
  );
}

function Counts({ part, locale }: { part: PartPreview; locale: Locale }) {
  const { t } = useTranslation();
  const items = [
    ['rowsRead', part.rowCount],
    ['accepted', part.accepted],
    ...(part.billLines > 0 ? [['billLines', part.billLines] as const] : []),
    ['rejected', part.rejected],
    ['warnings', part.warningCount],
    ['skipped', part.skippedRows + part.totalRows],
  ] as const;

  return (
    <dl className="import-counts">
      {items.map(([key, value]) => (
        <div key={key} data-testid={`import-count-${key}`}>
          <dt>{t(`import.${key}`)}</dt>
          <dd>{formatNumber(value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Problems({ part, locale }: { part: PartPreview; locale: Locale }) {
  const { t } = useTranslation();
  if (part.errorCount === 0) return <p className="muted small">{t('import.noProblems')}</p>;

  return (
    <div className="import-problems">
      <h4>
        {t('import.problems')}
        {part.errors.length < part.errorCount &&
          ` — ${t('import.problemsCapped', {
            shown: formatNumber(part.errors.length, locale),
            total: formatNumber(part.errorCount, locale),
          })}`}
      </h4>
      <ProblemTable errors={part.errors} testId="import-problems" />
    </div>
  );
}

function encodingLabel(encoding: TextEncoding): string {
  return (
    { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' }[encoding as string] ??
    'Windows-1252'
  );
}
