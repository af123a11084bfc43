// Every section a report can hold, in their default order. A new section is one builder file
// and one line here; stored report definitions pick it up switched on (resolveSections).
import type { ReportSection } from './section';
import { actionPlanSection } from './sections/action-plan';
import { checklistSection } from './sections/checklist';
import { conclusionsSection } from './sections/conclusions';
import { coverSection } from './sections/cover';
import { documentControlSection } from './sections/document-control';
import { governanceSection } from './sections/governance';
import { inventorySection } from './sections/inventory';
import { kpiDashboardSection } from './sections/kpi-dashboard';
import { kpiDefinitionsSection } from './sections/kpi-definitions';
import { provenanceSection } from './sections/provenance';
import { roadmapSection } from './sections/roadmap';
import { savingsSection } from './sections/savings';
import { summarySection } from './sections/summary';
import { telecomSection } from './sections/telecom';
import { tocSection } from './sections/toc';
import { vendorsSection } from './sections/vendors';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  coverSection,
  documentControlSection,
  tocSection,
  summarySection,
  inventorySection,
  telecomSection,
  kpiDashboardSection,
  savingsSection,
  checklistSection,
  actionPlanSection,
  vendorsSection,
  roadmapSection,
  governanceSection,
  conclusionsSection,
  kpiDefinitionsSection,
  provenanceSection,
];

export const SECTION_IDS: readonly string[] = REPORT_SECTIONS.map((s) => s.id);

/** The cover opens the report whatever order the definition gives. */
export const FIXED_FIRST_SECTION = 'cover';

/** The section with this id, if the app knows it. */
export function getSection(id: string): ReportSection | undefined {
  return REPORT_SECTIONS.find((section) => section.id === id);
}
