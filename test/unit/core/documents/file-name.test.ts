import { describe, expect, it } from 'vitest';

import { deliverableFileName, sanitiseFileName } from '@core/documents/file-name';

describe('sanitiseFileName', () => {
  it('removes path separators and characters Windows refuses, keeping accents', () => {
    expect(sanitiseFileName('../Bréval: "Rapport" <v1>|?*.pdf')).toBe('Bréval Rapport v1.pdf');
  });

  it('guards reserved device names and empty results', () => {
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitiseFileName(' ... ')).toBe('document');
    expect(sanitiseFileName('a\u0000b\nc')).toBe('a b c');
  });

  it('bounds the length and keeps the extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(300)}.xlsx`);
    expect(name.length).toBe(120);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('deliverableFileName', () => {
  it('names the client, the deliverable and the day', () => {
    expect(deliverableFileName('Groupe / Bréval', 'Rapport', '2026-12-01T09:00:00Z', 'pdf')).toBe(
      'FleetAudit - Groupe Bréval - Rapport 2026-12-01.pdf',
    );
  });
});
