// A small grid and English workbook words for the evaluator-workbook tests.

import { CRITERION_GROUPS } from '@core/grid/criterion';
import type { Grid } from '@core/grid/grid';
import type { GridId } from '@core/grid/ids';
import type { EvaluatorWorkbookText } from '@core/grid-xlsx/text';

import { criteria, eid, scores, vid } from '../grid/build';

export const text: EvaluatorWorkbookText = {
  instructionsSheet: 'How to fill',
  instructionsTitle: 'Scoring instructions',
  instructions: ['Give each vendor a score from 0 to 5.', '=Do not type formulas'],
  groupHeader: 'Theme',
  criterionHeader: 'Criterion',
  weightHeader: 'Weight %',
  scoreHeader: '{{vendor}} score',
  rationaleHeader: 'Rationale',
  validationTitle: 'Score',
  validationMessage: 'A score is a number from 0 to 5.',
  groups: Object.fromEntries(CRITERION_GROUPS.map((g) => [g, `group ${g}`])) as Record<
    (typeof CRITERION_GROUPS)[number],
    string
  >,
};

export function sampleGrid(): Grid {
  return {
    schemaVersion: 1,
    id: 'grid-1' as GridId,
    name: 'Client MDM',
    weightMode: 'points',
    libraryVersion: null,
    criteria: criteria([
      ['security', 3],
      ['cost', 1],
    ]),
    vendors: [
      { id: vid('intune'), name: 'Intune', publisher: 'Microsoft', libraryId: null, notes: '' },
      { id: vid('jamf'), name: '+Jamf', publisher: 'Jamf', libraryId: null, notes: '' },
    ],
    evaluators: [
      { id: eid('alice'), name: 'Alice', role: 'IT lead' },
      { id: eid('bruno'), name: 'Bruno: RSSI', role: '' },
    ],
    scores: scores({ alice: { intune: { security: 4 } } }),
    fleet: { devices: 0, users: 0 },
    costs: [],
  };
}
