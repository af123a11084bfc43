import { useTranslation } from 'react-i18next';

import type { EngagementId } from '@core/model/ids';

import { usePlatform } from '../../platform';
import { addAttachment } from '../../store/attachments';
import { useAttachments } from '../../store/hooks';
import { reportError } from '../engagements/actions';

interface Props {
  engagementId: EngagementId;
  /** Attachment ids of the score's evidence. */
  refs: string[];
  onChange: (refs: string[]) => void;
}

/** The files backing one score: POC notes, demo recordings, vendor answers. */
export function EvidenceCell({ engagementId, refs, onChange }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const attachments = useAttachments(engagementId) ?? [];

  const attach = async () => {
    try {
      const files = await platform.openFiles({
        title: t('vendors.scores.attach'),
        filters: [],
        multiple: true,
      });
      const ids: string[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(file.bytes);
        ids.push(await addAttachment(engagementId, { name: file.name, mimeType: '', bytes }));
      }
      if (ids.length > 0) onChange([...refs, ...ids]);
    } catch (error) {
      reportError(error, t);
    }
  };

  return (
    <div className="evidence-cell">
      {refs.map((ref) => {
        const name = attachments.find((a) => a.id === ref)?.name ?? ref;
        return (
          <span key={ref} className="badge evidence-chip">
            {name}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('vendors.scores.removeEvidence', { name })}
              onClick={() => onChange(refs.filter((r) => r !== ref))}
            >
              ×
            </button>
          </span>
        );
      })}
      <button type="button" className="button small" onClick={() => void attach()}>
        {t('vendors.scores.attach')}
      </button>
    </div>
  );
}
