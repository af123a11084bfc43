// The charge model in the vocabulary of FOCUS, the FinOps Foundation's open billing format
// (version 1.x column names), restricted to what an operator's bill of mobile lines can fill.

/** The MIME type of the file `focusCsv` writes. */
export const FOCUS_CSV_MIME = 'text/csv;charset=utf-8';

/** The columns written, in order. */
export const FOCUS_COLUMNS = [
  'BilledCost',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
  'ChargeClass',
  'ChargeFrequency',
  'ChargeDescription',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'ResourceId',
  'ResourceType',
  'ServiceCategory',
  'ServiceName',
] as const;

export type FocusColumn = (typeof FOCUS_COLUMNS)[number];

export type ChargeCategory = 'Usage' | 'Purchase' | 'Tax' | 'Credit' | 'Adjustment';
export type ChargeFrequency = 'One-Time' | 'Recurring' | 'Usage-Based';

/** One charge of a bill as FOCUS names it; dates are ISO 8601 UTC, ends exclusive. */
export interface FocusRow {
  BilledCost: number;
  BillingCurrency: string;
  BillingPeriodStart: string;
  BillingPeriodEnd: string;
  ChargePeriodStart: string;
  ChargePeriodEnd: string;
  ChargeCategory: ChargeCategory;
  /** Null: a bill row is never flagged as correcting an earlier invoice. */
  ChargeClass: null;
  ChargeFrequency: ChargeFrequency;
  ChargeDescription: string;
  ConsumedQuantity: number | null;
  ConsumedUnit: string | null;
  ProviderName: string | null;
  PublisherName: string | null;
  InvoiceIssuerName: string | null;
  /** The line number, E.164. */
  ResourceId: string;
  ResourceType: string;
  ServiceCategory: string;
  ServiceName: string;
}
