// Branded ids for the vendor-comparison grid, so a vendor id is never passed as a criterion id.

import type { Brand } from '../model/ids';

export type GridId = Brand<string, 'GridId'>;
export type CriterionId = Brand<string, 'CriterionId'>;
export type VendorId = Brand<string, 'VendorId'>;
export type EvaluatorId = Brand<string, 'EvaluatorId'>;
export type TemplateId = Brand<string, 'TemplateId'>;
