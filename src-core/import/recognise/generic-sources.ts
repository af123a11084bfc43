import { DEVICE_ALIASES, INVOICE_ALIASES, LINE_ALIASES } from './generic-aliases';
import type { SourceDefinition } from './source-definition';

// Layouts no tool owns: a client's own asset register, and the billing layout FleetAudit
// documents for French operators. Both are matched on the generic names, French or English.

export const assetRegister: SourceDefinition = {
  source: 'asset-register',
  dataset: 'devices',
  minHits: 3,
  signature: [
    DEVICE_ALIASES.model ?? [],
    DEVICE_ALIASES.serial ?? [],
    DEVICE_ALIASES.imei ?? [],
    DEVICE_ALIASES.userName ?? [],
    DEVICE_ALIASES.department ?? [],
    DEVICE_ALIASES.purchaseDate ?? [],
    DEVICE_ALIASES.purchasePrice ?? [],
    ['Checked Out To: Username', 'Asset Tag', "Numéro d'inventaire"],
  ],
  fields: { userName: ['Checked Out To: Username'], userEmail: ['Checked Out To: Email'] },
  fallback: DEVICE_ALIASES,
  managed: false,
};

/**
 * French operators publish no detailed-billing layout (FORMATS.md 2.9), so FleetAudit documents
 * one that a client or consultant can export to. One row per line and billing month, `;` or `,`,
 * amounts excluding VAT with a decimal comma or point, any header below in French or English:
 *
 * | Field | French header | English header |
 * | --- | --- | --- |
 * | line number | Numéro de ligne | Line number |
 * | user | Utilisateur | User |
 * | cost centre | Centre de coût | Cost centre |
 * | plan | Forfait | Plan |
 * | plan price | Prix forfait HT | Plan price |
 * | data allowance | Data incluse (Mo) | Data allowance (MB) |
 * | voice allowance | Voix incluse (min) | Voice allowance |
 * | data usage | Conso data (Mo) | Data usage (MB) |
 * | voice usage | Conso voix (min) | Voice usage (min) |
 * | SMS usage | Conso SMS | SMS usage |
 * | out of plan | Hors forfait HT | Out of plan |
 * | options | Options HT | Options |
 * | one-off charges | Frais ponctuels HT | One-off charges |
 * | total excl. VAT | Total HT | Total excl. VAT |
 * | period | Période (`2024-03`, `03/2024`, `mars 2024`) | Period |
 *
 * Line and user columns also give the lines dataset (plan, price, allowances, cost centre).
 */
export const operatorFr: SourceDefinition = {
  source: 'operator-fr',
  dataset: 'invoices',
  minHits: 4,
  signature: [
    INVOICE_ALIASES.lineNumber ?? [],
    INVOICE_ALIASES.period ?? [],
    INVOICE_ALIASES.plan ?? [],
    INVOICE_ALIASES.planCharge ?? [],
    INVOICE_ALIASES.dataMb ?? [],
    INVOICE_ALIASES.voiceMin ?? [],
    INVOICE_ALIASES.outOfPlan ?? [],
    INVOICE_ALIASES.totalExVat ?? [],
    LINE_ALIASES.costCenter ?? [],
  ],
  fields: { ...LINE_ALIASES, ...INVOICE_ALIASES },
  fallback: {},
};
