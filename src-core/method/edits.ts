// Checks and changes applied when the consultant edits what was created earlier: a wave's
// settings, and the checklists of a gate or of the pilot's exit. Problems come back as codes
// the screen turns into sentences, so nothing invalid is ever stored.
import type { Wave, WavePopulation } from './waves';
import { isEmptyPopulation } from './waves';

export type WaveProblem = 'name-required' | 'no-population' | 'end-before-start' | 'bad-target';

/** What a wave form holds before it becomes a wave: texts as typed. */
export interface WaveDraft {
  name: string;
  population: WavePopulation;
  start: string;
  end: string;
  /** Empty means every device the wave covers. */
  target: string;
}

/** Why a wave draft cannot be saved; empty when it can. */
export function waveProblems(draft: WaveDraft): WaveProblem[] {
  const problems: WaveProblem[] = [];
  if (!draft.name.trim()) problems.push('name-required');
  if (isEmptyPopulation(draft.population)) problems.push('no-population');
  if (draft.start && draft.end && draft.end < draft.start) problems.push('end-before-start');

  const target = Number(draft.target);
  if (draft.target.trim() !== '' && !(Number.isInteger(target) && target >= 0)) {
    problems.push('bad-target');
  }
  return problems;
}

/** The wave with the draft's settings; its id, order and recorded progress are kept. */
export function applyWaveDraft(wave: Wave, draft: WaveDraft, covered: number): Wave {
  return {
    ...wave,
    name: draft.name.trim(),
    population: draft.population,
    plannedStart: draft.start || null,
    plannedEnd: draft.end || null,
    targetCount: draft.target.trim() === '' ? covered : Number(draft.target),
  };
}

/** The draft that shows a stored wave in the form. */
export function waveDraft(wave: Wave): WaveDraft {
  return {
    name: wave.name,
    population: wave.population,
    start: wave.plannedStart ?? '',
    end: wave.plannedEnd ?? '',
    target: wave.targetCount === null ? '' : String(wave.targetCount),
  };
}

/** A criterion of a gate or of the pilot's exit: catalogue items carry an id to translate. */
export interface CheckItem {
  id: string;
  catalogueId: string | null;
  title: string;
  met: boolean;
}

export type TitleProblem = 'title-required' | 'title-duplicate';

/**
 * Why a title cannot name an item of the list; `shown` gives each item's title as displayed
 * (catalogue items show their translation) and `selfId` is the item being renamed, if any.
 */
export function titleProblem(
  title: string,
  items: readonly CheckItem[],
  shown: (item: CheckItem) => string,
  selfId: string | null = null,
): TitleProblem | null {
  const wanted = title.trim().toLocaleLowerCase();
  if (!wanted) return 'title-required';

  const taken = items.some(
    (item) => item.id !== selfId && shown(item).trim().toLocaleLowerCase() === wanted,
  );
  return taken ? 'title-duplicate' : null;
}

/** The list with one item renamed; a catalogue item keeps its id but shows the new title. */
export function renameItem(items: readonly CheckItem[], id: string, title: string): CheckItem[] {
  return items.map((item) => (item.id === id ? { ...item, title: title.trim() } : item));
}

/** The list with a new criterion of the consultant's own, not met yet, at the end. */
export function addItem(items: readonly CheckItem[], id: string, title: string): CheckItem[] {
  return [...items, { id, catalogueId: null, title: title.trim(), met: false }];
}
