import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { INPUT_FAMILIES } from '@core/kpi';
import type { InputFamily } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import { CsvImport } from './CsvImport';
import { InputTable } from './InputTable';
import './inputs.css';

/** The Saisies tab: the figures no import carries, one family at a time. */
export function InputsTab({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [family, setFamily] = useState<InputFamily>('budget');

  return (
    <section className="inputs-tab" data-testid="inputs-tab">
      <p className="muted">{t('dashboard.inputs.intro')}</p>
      <label className="setting inputs-family">
        <span>{t('dashboard.inputs.family')}</span>
        <select
          value={family}
          onChange={(e) => setFamily(e.target.value as InputFamily)}
          data-testid="inputs-family"
        >
          {INPUT_FAMILIES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`dashboard.inputs.titles.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      {/* The keys reset the drafts and the last import when the family changes. */}
      <CsvImport key={`csv-${family}`} engagement={engagement} family={family} />
      <InputTable key={family} engagement={engagement} family={family} />
    </section>
  );
}
