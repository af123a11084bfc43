import { useTranslation } from 'react-i18next';

import { CONFIDENTIALITY_LEVELS, REPORT_STATUSES } from '@core/documents/report-definition';
import type {
  Confidentiality,
  ReportDefinition,
  ReportStatus,
} from '@core/documents/report-definition';

import { setOptions } from '@core/documents/definition-edits';

interface Props {
  definition: ReportDefinition;
  update: (next: ReportDefinition, persist?: boolean) => void;
  save: () => void;
}

export function ReportOptionsForm({ definition, update, save }: Props) {
  const { t } = useTranslation();
  const { options } = definition;

  return (
    <div className="report-options" data-testid="report-options">
      <label>
        {t('deliverables.status')}
        <select
          value={options.status}
          onChange={(e) =>
            update(setOptions(definition, { status: e.target.value as ReportStatus }))
          }
          data-testid="report-status"
        >
          {REPORT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`deliverables.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('deliverables.version')}
        <input
          value={options.version}
          maxLength={20}
          onChange={(e) => update(setOptions(definition, { version: e.target.value }), false)}
          onBlur={save}
          data-testid="report-version"
        />
      </label>
      <label>
        {t('deliverables.confidentiality')}
        <select
          value={options.confidentiality}
          onChange={(e) =>
            update(setOptions(definition, { confidentiality: e.target.value as Confidentiality }))
          }
          data-testid="report-confidentiality"
        >
          {CONFIDENTIALITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`deliverables.confidentialityLevels.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label title={t('protect.deliverable.hint')}>
        <input
          type="checkbox"
          checked={options.pseudonymise === true}
          onChange={(e) => update(setOptions(definition, { pseudonymise: e.target.checked }))}
          data-testid="report-pseudonymise"
        />
        {t('protect.deliverable.pseudonymise')}
      </label>
    </div>
  );
}
