import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { useRunningTask } from '../../state/ui-store';
import { ExportDialog } from './ExportDialog';
import './protect.css';

/** The engagement card's "Export" button and the dialog it opens. */
export function ExportButton({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const task = useRunningTask();
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={task !== null}
        data-testid="export-engagement"
      >
        {t('protect.export.button')}
      </button>
      {open && <ExportDialog engagement={engagement} onClose={() => setOpen(false)} />}
    </>
  );
}
