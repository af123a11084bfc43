import { describe, expect, it } from 'vitest';

import { asLanguage, itemTitle, todayOf } from '@renderer/features/method/labels';

describe('item titles', () => {
  it('shows a catalogue item in the UI language and a written title as written', () => {
    const fromCatalogue = { catalogueId: 'audit.costs', title: '' };

    expect(itemTitle(fromCatalogue, 'fr')).toBe('Analyser douze mois de factures opérateurs');
    expect(itemTitle(fromCatalogue, 'en')).toBe('Analyse twelve months of operator bills');
    expect(itemTitle({ catalogueId: 'audit.costs', title: 'Factures 2026' }, 'en')).toBe(
      'Factures 2026',
    );
    expect(itemTitle({ catalogueId: null, title: '  ' }, 'fr')).toBe('—');
  });

  it('reads regional English as English and anything else as French', () => {
    expect(asLanguage('en-GB')).toBe('en');
    expect(asLanguage('de')).toBe('fr');
  });

  it('measures against the reference date when the engagement has one', () => {
    expect(todayOf('2026-11-30')).toBe('2026-11-30');
    expect(todayOf(null)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
