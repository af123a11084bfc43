// A small hand-made engagement: a few devices, lines and bills, enough for every section.
import { assembleReportData } from '@core/documents/report-data';
import type { ReportData } from '@core/documents/report-data';
import type { Device } from '@core/model/device';
import { restoreDevice } from '@core/model/device';
import { restoreEngagement } from '@core/model/engagement';
import type { Engagement } from '@core/model/engagement';
import { restoreImportRecord } from '@core/model/import-record';
import { restoreInvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';

export const SHA = 'ab'.repeat(32);

export function engagement(fields: Partial<Engagement> = {}): Engagement {
  return restoreEngagement({
    id: 'e1',
    name: 'Audit 2026',
    clientName: 'Client Été',
    consultant: 'Camille Roussel',
    referenceDate: '2026-11-30',
    ...fields,
  });
}

export const devices: Device[] = [
  restoreDevice({
    key: 'SER1',
    serial: 'SER1',
    imei: '352099001761481',
    name: 'IPH-1',
    manufacturer: 'Apple',
    model: 'iPhone 13',
    kind: 'smartphone',
    platform: 'ios',
    osVersion: '17.3.1',
    ownership: 'COBO',
    userName: 'Marie Dupont',
    userEmail: 'm.dupont@client.fr',
    department: 'Finance',
    site: 'Paris',
    purchaseDate: '2023-02-01',
    purchasePrice: 799.5,
    enrolledAt: '2023-02-03',
    lastCheckIn: '2026-11-20',
    compliance: 'compliant',
    managed: true,
  }),
  restoreDevice({
    key: 'SER2',
    serial: 'SER2',
    name: '=HYPERLINK("http://evil","x")',
    manufacturer: 'Samsung',
    model: 'Galaxy A54',
    kind: 'smartphone',
    platform: 'android',
    ownership: 'BYOD',
    userName: '@admin',
    department: '+cmd|/C calc',
    purchasePrice: 349,
    lastCheckIn: '2026-06-01',
    compliance: 'noncompliant',
    managed: false,
  }),
];

export const lines = [
  restoreLine({
    number: '+33612345678',
    operator: 'Orange',
    plan: 'Pro 20 Go',
    planPrice: 19.9,
    dataAllowanceMb: 20480,
    status: 'active',
    userName: 'Marie Dupont',
  }),
  restoreLine({ number: '+33698765432', operator: 'SFR', planPrice: 9.9, status: 'terminated' }),
];

export const invoices = ['2026-09', '2026-10'].flatMap((period) => [
  restoreInvoiceRow({
    lineNumber: '+33612345678',
    period,
    operator: 'Orange',
    plan: 'Pro 20 Go',
    planCharge: 19.9,
    dataMb: 1500.5,
    voiceMin: 120,
    outOfPlan: 4.2,
    totalExVat: 24.1,
  }),
  restoreInvoiceRow({
    lineNumber: '+33698765432',
    period,
    operator: 'SFR',
    planCharge: 9.9,
    totalExVat: 9.9,
  }),
]);

/** The small engagement as report data, with one provenance record. */
export function smallReport(fields: Partial<Engagement> = {}): ReportData {
  return assembleReportData({
    engagement: engagement(fields),
    devices,
    lines,
    invoices,
    imports: [
      restoreImportRecord({
        id: 'i1',
        engagementId: 'e1',
        dataset: 'devices',
        fileName: 'inventaire.csv',
        sha256: SHA,
        size: 1234,
        format: 'intune',
        rowsAccepted: 2,
        rowsRejected: 1,
        importedAt: '2026-11-02T10:00:00.000Z',
      }),
    ],
    generatedAt: '2026-12-01T09:00:00.000Z',
  });
}
