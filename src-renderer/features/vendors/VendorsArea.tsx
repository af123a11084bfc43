import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { EmptyState } from '../../components/EmptyState';

export function VendorsArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();

  return (
    <div data-engagement={engagement.id}>
      <EmptyState title={t('areas.vendors.title')} body={t('areas.vendors.body')} />
    </div>
  );
}
