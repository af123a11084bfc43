import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Grid } from '@core/grid/grid';
import type { WorkbookMergeReport } from '@core/grid-xlsx/merge';
import type { Engagement } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { uiActions } from '../../state/ui-store';
import { reportError } from '../engagements/actions';
import { XLSX_MIME, evaluatorWorkbookBytes, mergeWorkbookBytes } from './evaluator-workbook';
import { ImportReport } from './ImportReport';
import { TemplateForm } from './TemplateForm';

interface Props {
  grid: Grid;
  engagement: Engagement;
  save: (grid: Grid) => void;
}

type Split = 'one-file' | 'per-evaluator';

/** Evaluator workbooks out and back in, and the grid saved as a shared template. */
export function ExchangePanel({ grid, engagement, save }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [split, setSplit] = useState<Split>('one-file');
  const [reports, setReports] = useState<{ file: string; report: WorkbookMergeReport }[]>([]);
  const [busy, setBusy] = useState(false);
  const base = t('vendors.exchange.fileName');

  const exportFiles = async () => {
    const batches =
      split === 'one-file'
        ? [{ evaluators: grid.evaluators, name: `${base}.xlsx` }]
        : grid.evaluators.map((e) => ({ evaluators: [e], name: `${base}-${slug(e.name)}.xlsx` }));

    for (const batch of batches) {
      const bytes = await evaluatorWorkbookBytes(grid, batch.evaluators, engagement.locale, t);
      const result = await platform.saveFile(bytes, {
        title: t('vendors.exchange.export'),
        suggestedName: batch.name,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        mimeType: XLSX_MIME,
      });
      if (result.saved) {
        const file = result.location ?? batch.name;
        uiActions.pushNotice({ kind: 'info', text: t('vendors.exchange.exported', { file }) });
      }
    }
  };

  const importFiles = async () => {
    const files = await platform.openFiles({
      title: t('vendors.exchange.import'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      multiple: true,
    });

    // Each file lands whole or not at all; the next file builds on what the last one merged.
    let current = grid;
    const done: typeof reports = [];
    for (const file of files) {
      const merged = await mergeWorkbookBytes(current, new Uint8Array(file.bytes), file.name);
      done.push({ file: file.name, report: merged.report });
      current = merged.grid;
    }
    if (current !== grid) save(current);
    if (done.length > 0) setReports(done);
  };

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch((error: unknown) => reportError(error, t))
      .finally(() => setBusy(false));
  };

  return (
    <div className="exchange">
      <section className="panel">
        <h2>{t('vendors.exchange.exportTitle')}</h2>
        <p className="muted">{t('vendors.exchange.exportBody')}</p>
        <div className="grid-toolbar">
          {(['one-file', 'per-evaluator'] as Split[]).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="xlsx-split"
                checked={split === value}
                onChange={() => setSplit(value)}
              />{' '}
              {t(
                value === 'one-file' ? 'vendors.exchange.oneFile' : 'vendors.exchange.perEvaluator',
              )}
            </label>
          ))}
        </div>
        {grid.evaluators.length === 0 ? (
          <p className="muted">{t('vendors.participants.noEvaluator')}</p>
        ) : null}
        <div className="grid-toolbar">
          <button
            type="button"
            className="button primary"
            disabled={busy || grid.evaluators.length === 0}
            onClick={() => run(exportFiles)}
            data-testid="xlsx-export"
          >
            {t('vendors.exchange.export')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => run(importFiles)}
            data-testid="xlsx-import"
          >
            {t('vendors.exchange.import')}
          </button>
        </div>
        {reports.map((r) => (
          <ImportReport key={r.file} file={r.file} report={r.report} grid={grid} />
        ))}
      </section>
      <TemplateForm grid={grid} />
    </div>
  );
}

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'evaluator'
  );
}
