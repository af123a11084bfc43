// The demo engagement: a fictional French logistics group's fleet, lines and a year of invoices,
// built from a seed so that every run, machine and browser gets the very same records.

import { CLIENT } from './client';
import { addDays, isIsoDate, periodsBefore } from './dates';
import { createFleet } from './fleet';
import { createIdentifiers } from './identifiers';
import { createInvoices } from './invoices';
import { createLines } from './lines';
import { createPeople } from './people';
import { createRandom, deriveSeed } from './random';
import { AppError } from '../errors/app-error';
import type { DemoContext } from './context';
import type { Device } from '../model/device';
import type { IsoDate } from '../model/ids';
import type { InvoiceRow } from '../model/invoice';
import type { Line } from '../model/line';

export interface DemoEngagement {
  name: string;
  clientName: string;
  consultant: string;
  locale: 'fr';
  currency: 'EUR';
  startDate: IsoDate;
  endDate: IsoDate;
  referenceDate: IsoDate;
  brandPrimary: string;
  brandSecondary: string;
}

export interface DemoDataset {
  engagement: DemoEngagement;
  devices: Device[];
  lines: Line[];
  invoices: InvoiceRow[];
}

export interface DemoOptions {
  /** @default 20261 */
  seed?: number;
  /**
   * The day the audit measures against, `YYYY-MM-DD`. The model and OS catalogues cover 2019 to
   * late 2026: much later dates still work but every device then looks behind on updates.
   * @default '2026-11-30'
   */
  referenceDate?: string;
}

export const DEFAULT_DEMO_SEED = 20261;
export const DEFAULT_DEMO_REFERENCE_DATE = '2026-11-30';

/** Months of invoices, ending with the month before the reference date. */
export const DEMO_INVOICE_MONTHS = 12;

/** Builds the demo engagement; the same seed and reference date always give the same data. */
export function generateDemo(options: DemoOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const referenceDate = options.referenceDate ?? DEFAULT_DEMO_REFERENCE_DATE;
  if (!Number.isInteger(seed) || !isIsoDate(referenceDate)) {
    throw new AppError('demo-failed', `Invalid demo options: seed ${seed}, ${referenceDate}`);
  }

  const stream = (label: string) => createRandom(deriveSeed(seed, label));
  // Numbers, serials and names are shared so that they stay unique across devices and lines.
  const ids = createIdentifiers(stream('identifiers'));
  const people = createPeople(stream('people'));
  const context = (label: string): DemoContext => ({
    random: stream(label),
    ids,
    people,
    referenceDate,
  });

  const fleet = createFleet(context('fleet'));
  const planned = createLines(context('lines'), fleet);
  const periods = periodsBefore(referenceDate, DEMO_INVOICE_MONTHS);
  const invoices = createInvoices(stream('invoices'), planned, periods);

  return {
    engagement: describeEngagement(referenceDate),
    devices: fleet.map((item) => item.device),
    lines: planned.map((item) => item.line),
    invoices,
  };
}

function describeEngagement(referenceDate: IsoDate): DemoEngagement {
  return {
    name: `Audit de la flotte mobile — ${CLIENT.name}`,
    clientName: CLIENT.name,
    consultant: CLIENT.consultant,
    locale: 'fr',
    currency: 'EUR',
    // Exports are pulled two weeks into the audit; findings are presented two months later.
    startDate: addDays(referenceDate, -14),
    endDate: addDays(referenceDate, 60),
    referenceDate,
    brandPrimary: CLIENT.brandPrimary,
    brandSecondary: CLIENT.brandSecondary,
  };
}
