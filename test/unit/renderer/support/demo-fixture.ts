// A small stand-in for the demo generator's output, shaped as its contract says.
import type { DemoData } from '@renderer/tasks/store-demo';

import { devices, invoice, line } from './rows';

export function demoFixture(deviceCount = 1200): DemoData {
  const numbers = Array.from({ length: 30 }, (_, i) => `+336000000${String(i).padStart(2, '0')}`);

  return {
    engagement: {
      name: 'Démo — Transports Lumière',
      clientName: 'Transports Lumière',
      consultant: 'Claire Martin',
      locale: 'fr',
      currency: 'EUR',
      startDate: '2026-01-05',
      endDate: '2026-03-27',
      referenceDate: '2026-03-01',
      brandPrimary: '#0b3d91',
      brandSecondary: '#e4572e',
    },
    devices: devices(deviceCount, 'DEMO'),
    lines: numbers.map((n) => line(n)),
    invoices: numbers.flatMap((n) => [invoice(n, '2026-01'), invoice(n, '2026-02')]),
  };
}
