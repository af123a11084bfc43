// Pure edits of a report definition, one per control of the screen.
import { FIXED_FIRST_SECTION, SECTION_IDS } from './pdf/registry';
import { resolveSections } from './report-definition';
import type { ReportDefinition, ReportOptions, SectionChoice } from './report-definition';

/** The sections as the screen lists them: stored order, new sections appended. */
export function listedSections(definition: ReportDefinition): SectionChoice[] {
  return resolveSections(definition, SECTION_IDS);
}

/** Switches a section on or off. */
export function toggleSection(definition: ReportDefinition, id: string): ReportDefinition {
  const sections = listedSections(definition).map((choice) =>
    choice.id === id ? { ...choice, enabled: !choice.enabled } : choice,
  );
  return { ...definition, sections };
}

/** Moves a section one place up (-1) or down (+1); the cover never moves. */
export function moveSection(
  definition: ReportDefinition,
  id: string,
  step: -1 | 1,
): ReportDefinition {
  const sections = listedSections(definition);
  const from = sections.findIndex((choice) => choice.id === id);
  const to = from + step;
  const blocked = (index: number) => sections[index]?.id === FIXED_FIRST_SECTION;
  if (from < 0 || to < 0 || to >= sections.length || blocked(from) || blocked(to)) {
    return definition;
  }

  const next = [...sections];
  [next[from], next[to]] = [next[to], next[from]];
  return { ...definition, sections: next };
}

/** Sets the consultant's text of a section. */
export function setSectionText(
  definition: ReportDefinition,
  id: string,
  text: string,
): ReportDefinition {
  return { ...definition, texts: { ...definition.texts, [id]: text } };
}

/** Changes some of the document options. */
export function setOptions(
  definition: ReportDefinition,
  patch: Partial<ReportOptions>,
): ReportDefinition {
  return { ...definition, options: { ...definition.options, ...patch } };
}
