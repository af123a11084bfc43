// The proof behind an answer: files kept in the engagement, or links to a KPI.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Evidence } from '@core/checklist/answer';
import { getKpiDefinition } from '@core/kpi';
import type { KpiResult } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { addAttachment } from '../../store/attachments';
import type { AttachmentInfo } from '../../store/attachments';
import { reportError } from '../engagements/actions';
import { inLanguage } from './catalogue';

interface Props {
  engagement: Engagement;
  evidence: readonly Evidence[];
  attachments: readonly AttachmentInfo[];
  kpis: readonly KpiResult[];
  onChange: (evidence: Evidence[]) => void;
}

export function EvidenceEditor({ engagement, evidence, attachments, kpis, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [kpiId, setKpiId] = useState('');

  const kpiLabel = (id: string) => {
    const definition = getKpiDefinition(id);
    return definition ? inLanguage(definition.label, i18n.language) : id;
  };

  const describe = (item: Evidence): string => {
    if (item.kind === 'kpi') return t('checklist.evidence.kpi', { name: kpiLabel(item.kpiId) });
    if (item.kind === 'dataset') {
      return t('checklist.evidence.dataset', {
        dataset: t(`checklist.datasets.${item.dataset ?? 'devices'}`),
        note: item.note,
      });
    }
    const file = attachments.find((a) => a.id === item.attachmentId);
    return t('checklist.evidence.file', { name: file?.name ?? '?' });
  };

  const attach = async () => {
    const files = await platform.openFiles({
      title: t('checklist.evidence.attach'),
      filters: [],
      multiple: true,
    });
    const added: Evidence[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(file.bytes);
      const attachmentId = await addAttachment(engagement.id, {
        name: file.name,
        mimeType: '',
        bytes,
      });
      added.push({ kind: 'attachment', attachmentId });
    }
    if (added.length > 0) onChange([...evidence, ...added]);
  };

  return (
    <div className="evidence field wide">
      <span>{t('checklist.evidence.title')}</span>
      {evidence.length === 0 ? (
        <span className="muted small">{t('checklist.evidence.none')}</span>
      ) : null}
      <ul className="evidence-list">
        {evidence.map((item, index) => (
          <li key={`${item.kind}-${index}`}>
            {describe(item)}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(evidence.filter((_, i) => i !== index))}
              aria-label={t('checklist.evidence.remove')}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="evidence-add">
        <button
          type="button"
          onClick={() => {
            attach().catch((error: unknown) => reportError(error, t));
          }}
        >
          {t('checklist.evidence.attach')}
        </button>
        <select value={kpiId} onChange={(e) => setKpiId(e.target.value)}>
          <option value="">{t('checklist.evidence.pickKpi')}</option>
          {kpis.map((k) => (
            <option key={k.id} value={k.id}>
              {kpiLabel(k.id)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!kpiId}
          onClick={() => {
            onChange([...evidence, { kind: 'kpi', kpiId }]);
            setKpiId('');
          }}
        >
          {t('checklist.evidence.linkKpi')}
        </button>
      </div>
    </div>
  );
}
