// What each dataset's rows are, how a stored row is restored, and what identifies a row when
// imports are merged. Pure: the view derivation and its tests share it.
import type { Dataset } from '@core/model/import-record';
import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { restoreInvoiceRow } from '@core/model/invoice';
import { combineInvoiceRows } from '@core/reconcile/combine-invoice-rows';
import { KeyedRows } from '@core/reconcile/keyed-rows';
import type { RowKey } from '@core/reconcile/keyed-rows';
import { invoiceKey, lineKey, planRowKey } from '@core/reconcile/merge-rows';
import type { InvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';
import type { Line } from '@core/model/line';
import { restorePlan } from '@core/model/plan';
import type { Plan } from '@core/model/plan';

export interface DatasetRows {
  devices: Device;
  lines: Line;
  invoices: InvoiceRow;
  plans: Plan;
}

export type DatasetRow<D extends Dataset> = DatasetRows[D];

export interface DatasetSpec<Row> {
  restore(this: void, raw: unknown): Row;
  /** Rows with the same key describe the same thing; the later import's row wins. */
  key(this: void, row: Row): RowKey;
  /** How a later row with the same key is merged over an earlier one, when not plain "wins". */
  combine?(this: void, earlier: Row, later: Row): Row;
}

const SPECS: { [D in Dataset]: DatasetSpec<DatasetRows[D]> } = {
  devices: { restore: restoreDevice, key: (device) => [device.key, ''] },
  lines: { restore: restoreLine, key: lineKey },
  invoices: { restore: restoreInvoiceRow, key: invoiceKey, combine: combineInvoiceRows },
  plans: { restore: restorePlan, key: planRowKey },
};

export function datasetSpec<D extends Dataset>(dataset: D): DatasetSpec<DatasetRows[D]> {
  return SPECS[dataset];
}

/** Merges rows by key in the order they are added; a later row replaces an earlier one. */
export class RowMerger<Row> {
  private readonly rows: KeyedRows<Row>;
  dropped = 0;

  constructor(private readonly spec: DatasetSpec<Row>) {
    this.rows = new KeyedRows(spec.key, spec.combine);
  }

  /** Restores and adds a stored row; returns it as restored, or undefined when left out. */
  add(raw: unknown): Row | undefined {
    let row: Row;
    try {
      row = this.spec.restore(raw);
    } catch {
      // A row without its key cannot be merged or shown; the import screen reports rejects.
      this.dropped += 1;
      return undefined;
    }
    this.addRestored(row);
    return row;
  }

  /** Adds a row already in the model's shape (just built by the importer), without restoring. */
  addRestored(row: Row): void {
    this.rows.add(row);
  }

  result(): Row[] {
    return this.rows.result();
  }
}
