import {
  COMPLIANCE_STATES,
  DEVICE_KINDS,
  OWNERSHIPS,
  PLATFORMS,
  deviceSchema,
  restoreDevice,
} from '@core/model/device';
import type { Device } from '@core/model/device';
import { invoiceRowSchema, restoreInvoiceRow } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';
import { LINE_STATUSES, lineSchema, restoreLine } from '@core/model/line';
import type { Line } from '@core/model/line';

import {
  absent,
  anyText,
  count,
  countOrNull,
  finite,
  finiteOrNull,
  flag,
  matching,
  oneOf,
  someText,
  trimmedText,
} from './field-checks';
import type { RowShape } from './validated';

// Each table mirrors one schema of src-core/model field by field; `fields` comes from the
// schema itself, so a field added there and not here sends every row through the schema.

const day = matching(/^\d{4}-\d{2}-\d{2}/, true);

/** When a built device already is what restoreDevice would return. */
export const DEVICE_SHAPE: RowShape<Device> = {
  fields: Object.keys(deviceSchema.shape),
  restore: restoreDevice,
  checks: {
    key: someText,
    mdmId: trimmedText,
    name: trimmedText,
    serial: trimmedText,
    imei: trimmedText,
    phoneNumber: trimmedText,
    manufacturer: trimmedText,
    model: trimmedText,
    kind: oneOf(DEVICE_KINDS),
    platform: oneOf(PLATFORMS),
    osVersion: trimmedText,
    securityPatch: day,
    ownership: oneOf(OWNERSHIPS),
    userName: trimmedText,
    userEmail: trimmedText,
    department: trimmedText,
    site: trimmedText,
    purchaseDate: day,
    purchasePrice: finiteOrNull,
    enrolledAt: day,
    lastCheckIn: day,
    compliance: oneOf(COMPLIANCE_STATES),
    managed: flag,
    // Only merged views set it; a row read from a file never has one.
    origin: absent,
  },
};

/** When a built line already is what restoreLine would return. */
export const LINE_SHAPE: RowShape<Line> = {
  fields: Object.keys(lineSchema.shape),
  restore: restoreLine,
  checks: {
    number: someText,
    operator: trimmedText,
    accountNumber: trimmedText,
    userName: trimmedText,
    userEmail: trimmedText,
    department: trimmedText,
    costCenter: trimmedText,
    plan: trimmedText,
    planPrice: countOrNull,
    dataAllowanceMb: countOrNull,
    voiceAllowanceMin: countOrNull,
    status: oneOf(LINE_STATUSES),
    activationDate: anyText,
    imei: trimmedText,
  },
};

/** When a built invoice row already is what restoreInvoiceRow would return. */
export const INVOICE_SHAPE: RowShape<InvoiceRow> = {
  fields: Object.keys(invoiceRowSchema.shape),
  restore: restoreInvoiceRow,
  checks: {
    lineNumber: someText,
    period: matching(/^\d{4}-\d{2}$/, false),
    billingPeriod: matching(/^\d{4}-\d{2}$/, true),
    operator: anyText,
    plan: anyText,
    planCharge: finite,
    dataMb: count,
    voiceMin: count,
    sms: count,
    outOfPlan: finite,
    options: finite,
    oneOff: finite,
    totalExVat: finite,
  },
};
