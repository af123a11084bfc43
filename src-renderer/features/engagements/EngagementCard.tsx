import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, formatNumber } from '../../i18n/format';
import { routeHref } from '../../state/route';
import { useDatasetCounts } from '../../store/hooks';
import { ExportButton } from '../protect/ExportButton';
import { duplicate, remove, rename } from './actions';

export function EngagementCard({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const counts = useDatasetCounts(engagement.id);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(engagement.name);
  const [confirming, setConfirming] = useState(false);
  const locale = engagement.locale;

  const submitRename = async (event: FormEvent) => {
    event.preventDefault();
    await rename(engagement.id, draft.trim(), t);
    setRenaming(false);
  };

  const href = routeHref({ name: 'engagement', engagementId: engagement.id, area: 'data' });

  return (
    <li className="engagement-card" data-testid="engagement-card">
      <div className="card-main">
        {renaming ? (
          <form onSubmit={(e) => void submitRename(e)} className="rename-form">
            <input
              autoFocus
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              data-testid="rename-input"
            />
            <button type="submit">{t('form.save')}</button>
          </form>
        ) : (
          <a href={href} className="card-title" data-testid="engagement-open">
            {engagement.name}
          </a>
        )}
        {engagement.isDemo && <span className="badge">{t('home.demoBadge')}</span>}
        <p className="muted">
          {engagement.clientName && <span>{engagement.clientName} · </span>}
          {t('home.updated', { date: formatDate(engagement.updatedAt, locale) })}
        </p>
        {counts && (
          <p className="card-counts" data-testid="engagement-counts">
            {t('home.counts', {
              devices: formatNumber(counts.devices, locale),
              lines: formatNumber(counts.lines, locale),
            })}
          </p>
        )}
      </div>
      <div className="card-actions">
        <a href={href} className="button primary">
          {t('home.open')}
        </a>
        <button type="button" onClick={() => setRenaming(true)} data-testid="rename">
          {t('home.rename')}
        </button>
        <button
          type="button"
          onClick={() => void duplicate(engagement.id, engagement.name, t)}
          data-testid="duplicate"
        >
          {t('home.duplicate')}
        </button>
        <ExportButton engagement={engagement} />
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          data-testid="delete"
        >
          {t('home.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('confirmDelete.title', { name: engagement.name })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('form.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void remove(engagement.id, t);
          }}
        />
      )}
    </li>
  );
}
