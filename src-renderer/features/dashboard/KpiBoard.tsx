import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { KPI_CATEGORIES, KPI_DEFINITIONS } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';

import type { KpiReport } from '../../kpi';
import { KpiCard } from './KpiCard';
import { KpiDetail } from './KpiDetail';
import { SummaryTiles } from './SummaryTiles';

interface Props {
  engagement: Engagement;
  report: KpiReport;
}

/** The KPI cards by category, a summary above them, and the selected KPI's detail beside. */
export function KpiBoard({ engagement, report }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const results = new Map(report.kpis.map((result) => [result.id, result]));
  const selectedResult = selected ? results.get(selected) : undefined;
  const selectedDefinition = KPI_DEFINITIONS.find((d) => d.id === selected);

  return (
    <div className="kpi-board">
      <SummaryTiles engagement={engagement} report={report} />

      {KPI_CATEGORIES.map((category) => (
        <section key={category} className="kpi-category" data-testid={`kpi-category-${category}`}>
          <h2>{t(`dashboard.categories.${category}`)}</h2>
          <div className="kpi-cards">
            {KPI_DEFINITIONS.filter((d) => d.category === category).map((definition) => {
              const result = results.get(definition.id);
              if (!result) return null;
              return (
                <KpiCard
                  key={definition.id}
                  definition={definition}
                  result={result}
                  engagement={engagement}
                  selected={selected === definition.id}
                  onOpen={() => setSelected(definition.id)}
                />
              );
            })}
          </div>
        </section>
      ))}

      {selectedResult && selectedDefinition && (
        <KpiDetail
          definition={selectedDefinition}
          result={selectedResult}
          engagement={engagement}
          settings={report.settings}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
