import { describe, expect, it } from 'vitest';

import { validateInputRow } from '@core/kpi';
import { fromDraft, toDraft } from '@renderer/features/dashboard/inputs/cell-values';

describe('the Saisies cells', () => {
  it('reads amounts the way the engagement’s locale writes them', () => {
    const french = fromDraft('budget', 'a', { month: '2026-01', planned: '1 250,5' }, 'fr');
    const english = fromDraft('budget', 'a', { month: '2026-01', planned: '1,250.5' }, 'en');

    expect(french.raw['planned']).toBe(1250.5);
    expect(english.raw['planned']).toBe(1250.5);
  });

  it('flags text typed where a number is expected, before the schema sees it', () => {
    const { issues } = fromDraft('budget', 'a', { month: '2026-01', planned: 'mille' }, 'fr');

    expect(issues).toEqual({ planned: 'number' });
  });

  it('calls an empty date required, but lets an open incident go without a resolution', () => {
    const empty = fromDraft('outages', 'a', { date: '', devicesOut: '2' }, 'fr');
    const open = fromDraft(
      'incidents',
      'b',
      { openedAt: '2026-05-01T08:00', resolvedAt: '', security: true },
      'fr',
    );

    expect(validateInputRow('outages', empty.raw)).toEqual({
      ok: false,
      issues: { date: 'required' },
    });
    expect(validateInputRow('incidents', open.raw)).toMatchObject({
      ok: true,
      row: { resolvedAt: null, security: true },
    });
  });

  it('shows a stored amount back in French', () => {
    const draft = toDraft('budget', { id: 'a', month: '2026-01', planned: 1250.5 }, 'fr');

    expect(draft['planned']?.toString().replace(/\s/g, ' ')).toBe('1 250,5');
  });
});
