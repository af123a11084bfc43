// Branded ids for the audit checklist, so a section id is never passed as a question id.

import type { Brand } from '../model/ids';

export type SectionId = Brand<string, 'SectionId'>;
export type QuestionId = Brand<string, 'QuestionId'>;
export type ActionId = Brand<string, 'ActionId'>;

/** KPI ids are published by the KPI engine; plain strings until it exports its own brand. */
export type KpiId = string;
