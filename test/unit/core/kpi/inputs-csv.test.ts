import { describe, expect, it } from 'vitest';

import { parseInputsCsv } from '@core/kpi/inputs';
import type { InputsCsvProblem } from '@core/kpi/inputs';

// Each test is a small file named after its quirk; ids are fresh UUIDs, so rows are compared
// without them.
function rowsOf(result: ReturnType<typeof parseInputsCsv>) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rows.map(({ id, ...fields }) => {
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return fields;
  });
}

// A problem as the consultant reads it: where in the file, what it held and why it is refused.
function at(file: string, row: number | null, column: string, field: string | null) {
  return (value: string, reason: string): InputsCsvProblem => {
    return { file, row, column, field, value, reason };
  };
}

function problemsOf(result: ReturnType<typeof parseInputsCsv>): InputsCsvProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('reading a Saisies CSV', () => {
  it('reads semicolons, decimal commas, thousands spaces and French headers', () => {
    const text = 'Mois;Budget prévu (HT)\n01/2026;12 500,50\n2026-02;9800\n';

    expect(rowsOf(parseInputsCsv('budget', text, 'budget.csv'))).toEqual([
      { month: '2026-01', planned: 12500.5 },
      { month: '2026-02', planned: 9800 },
    ]);
  });

  it('reads commas, English headers and field ids in any case and spacing', () => {
    const text =
      'Date,RESPONDENTS,Score,Out of\r\n2026-03-31,"1,200",4.2,5\r\n15/04/2026,80,8,10\r\n';

    expect(rowsOf(parseInputsCsv('surveys', text, 'surveys.csv'))).toEqual([
      { date: '2026-03-31', respondents: 1200, score: 4.2, scale: 5 },
      { date: '2026-04-15', respondents: 80, score: 8, scale: 10 },
    ]);
  });

  it('ignores a UTF-8 byte order mark before the header', () => {
    const text = '\uFEFFmonth;planned\n2026-01;100\n';

    expect(rowsOf(parseInputsCsv('budget', text, 'bom.csv'))).toEqual([
      { month: '2026-01', planned: 100 },
    ]);
  });

  it('reads tabs, instants with a time, yes/no flags and empty optional cells', () => {
    const text =
      'Ouverture\tRésolution\tSécurité\n05/01/2026 09:00\t\toui\n2026-01-06\t2026-01-07\t\n';

    expect(rowsOf(parseInputsCsv('incidents', text, 'incidents.tsv'))).toEqual([
      { openedAt: '2026-01-05T09:00', resolvedAt: null, security: true },
      { openedAt: '2026-01-06', resolvedAt: '2026-01-07', security: false },
    ]);
  });

  it('takes an outcome by its French label, accents and case aside', () => {
    const text =
      'Nombre;Devenir;Sortie;Age (ans)\n25;reconditionne;20/01/2026;4,5\n3;Détruit;20/01/2026;7\n';

    expect(rowsOf(parseInputsCsv('end-of-life', text, 'eol.csv'))).toEqual([
      { deviceKey: '', count: 25, outcome: 'refurbished', retiredOn: '2026-01-20', ageYears: 4.5 },
      { deviceKey: '', count: 3, outcome: 'destroyed', retiredOn: '2026-01-20', ageYears: 7 },
    ]);
  });

  it('names the row, column, value and reason of a date it cannot read', () => {
    const text = 'Date;Appareils hors service\n12/01/2026;3\n31/02/2026;4\n';

    expect(problemsOf(parseInputsCsv('outages', text, 'outages.csv'))).toEqual([
      at('outages.csv', 3, 'Date', 'date')('31/02/2026', 'date'),
    ]);
  });

  it('reports every bad row, including what the family schema refuses', () => {
    const text = 'app;eligible;active\nCRM;douze;4\nERP;10;40\n';

    expect(problemsOf(parseInputsCsv('adoption', text, 'apps.csv'))).toEqual([
      at('apps.csv', 2, 'eligible', 'eligible')('douze', 'number'),
      at('apps.csv', 3, 'active', 'active')('40', 'above-eligible'),
    ]);
  });

  it('refuses a file that lacks a required column, in one problem', () => {
    const text = 'Mois;Commentaire\n2026-01;rien\n';

    expect(problemsOf(parseInputsCsv('budget', text, 'budget.csv'))).toEqual([
      at('budget.csv', 1, '', 'planned')('', 'missing-column'),
    ]);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['blank lines only', '\n \n', 'empty'],
    ['a header and no row', 'Mois;Budget prévu (HT)\n', 'empty'],
    ['no recognisable header', 'foo;bar\n1;2\n', 'no-header'],
  ])('refuses %s in one problem', (_name, text, reason) => {
    expect(problemsOf(parseInputsCsv('budget', text, 'f.csv'))).toEqual([
      { file: 'f.csv', row: null, column: '', field: null, value: '', reason },
    ]);
  });
});
