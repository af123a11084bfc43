// The CSV import of the Saisies tab, in English; same keys in both files.
import type { inputsCsvFr } from '../fr/dashboard-inputs-csv';

export const inputsCsvEn: typeof inputsCsvFr = {
  import: 'Import a CSV…',
  template: 'Download the template',
  pick: 'Choose a CSV file of entries',
  saveTemplate: 'Save the CSV template',
  templateName: 'inputs-template-{{family}}.csv',
  hint:
    'One header line naming the columns (in French or English), separated by ";", "," or tabs. ' +
    'Imported rows are added to the existing ones.',
  added: '{{n}} row(s) added from {{file}}.',
  refused: '{{file}} was not imported: no row was saved. Correct the file and import it again.',
  more: '… and {{n}} more problem(s).',
  headers: {
    file: 'File',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    reason: 'Problem',
  },
  reasons: {
    empty: 'The file holds no row to import.',
    'no-header': 'No column recognised: the first line must name the columns (see the template).',
    'missing-column': 'Required column missing.',
    date: 'A date is expected (YYYY-MM-DD or dd/mm/yyyy).',
    month: 'A month is expected (YYYY-MM or mm/yyyy).',
    flag: 'Yes or no is expected.',
    scale: '5 or 10 is expected.',
    choice: 'Outcome expected: recycled, refurbished, resold, reused internally or destroyed.',
  },
};
