import { describe, expect, it } from 'vitest';

import {
  addItem,
  applyWaveDraft,
  renameItem,
  titleProblem,
  waveDraft,
  waveProblems,
} from '@core/method/edits';
import type { CheckItem, WaveDraft } from '@core/method/edits';
import { restoreWave } from '@core/method/waves';

const finance = { departments: ['Finance'], sites: [], platforms: [], deviceKeys: [] };
const draft: WaveDraft = {
  name: 'Vague Finance',
  population: finance,
  start: '2027-01-04',
  end: '2027-01-29',
  target: '',
};

describe('editing a wave', () => {
  it('accepts a named, filtered wave with dates in order', () => {
    expect(waveProblems(draft)).toEqual([]);
  });

  it('names every problem of a bad draft', () => {
    const empty = { departments: [], sites: [], platforms: [], deviceKeys: [] };
    expect(
      waveProblems({
        name: '  ',
        population: empty,
        start: '2027-02-01',
        end: '2027-01-01',
        target: '-3',
      }),
    ).toEqual(['name-required', 'no-population', 'end-before-start', 'bad-target']);
    expect(waveProblems({ ...draft, target: '12.5' })).toEqual(['bad-target']);
  });

  it('keeps the recorded progress and order when the settings change', () => {
    const stored = restoreWave({
      id: 'w1',
      name: 'Vague 1',
      order: 2,
      population: finance,
      targetCount: 50,
      entries: [{ id: 'e', date: '2027-01-10', enrolled: 9, failed: 0, incidents: 0 }],
    });
    const edited = applyWaveDraft(
      stored,
      { ...waveDraft(stored), name: ' Vague Finance et RH ', target: '' },
      64,
    );

    expect(edited).toMatchObject({ id: 'w1', order: 2, name: 'Vague Finance et RH' });
    // An emptied target falls back to every covered device.
    expect(edited.targetCount).toBe(64);
    expect(edited.entries).toHaveLength(1);
  });
});

describe('renaming and adding criteria', () => {
  const items: CheckItem[] = [
    { id: 'c1', catalogueId: 'gate.audit.scope', title: '', met: true },
    { id: 'c2', catalogueId: null, title: 'Budget validé', met: false },
  ];
  const shown = (item: CheckItem) => item.title || 'Périmètre validé';

  it('refuses an empty title or one another criterion already shows', () => {
    expect(titleProblem('   ', items, shown)).toBe('title-required');
    expect(titleProblem('budget VALIDÉ ', items, shown)).toBe('title-duplicate');
    expect(titleProblem('Périmètre validé', items, shown)).toBe('title-duplicate');
    // Renaming an item to its own title is no clash.
    expect(titleProblem('Budget validé', items, shown, 'c2')).toBeNull();
  });

  it('renames a catalogue criterion without losing its tick', () => {
    expect(renameItem(items, 'c1', ' Périmètre signé ')[0]).toEqual({
      id: 'c1',
      catalogueId: 'gate.audit.scope',
      title: 'Périmètre signé',
      met: true,
    });
  });

  it('adds a criterion of the consultant, not yet met', () => {
    expect(addItem(items, 'c3', 'DPO consulté').at(-1)).toEqual({
      id: 'c3',
      catalogueId: null,
      title: 'DPO consulté',
      met: false,
    });
  });
});
