import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { EmptyState } from '../../components/EmptyState';

export function MethodArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();

  return (
    <div data-engagement={engagement.id}>
      <EmptyState title={t('areas.method.title')} body={t('areas.method.body')} />
    </div>
  );
}
