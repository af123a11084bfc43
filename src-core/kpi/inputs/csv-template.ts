import type { Locale } from '@core/model/engagement';

import { EOL_OUTCOME_LABELS, INPUT_COLUMNS } from './columns';
import type { InputColumn } from './columns';
import type { InputFamily } from './families';
import type { EolOutcome } from './schemas';

// The file the consultant fills: the family's columns in their language and one example row,
// written the way their spreadsheet writes (French: `;`, decimal comma, dd/mm/yyyy).

const DELIMITER: Record<Locale, string> = { fr: ';', en: ',' };

function exampleCell(column: InputColumn, locale: Locale): string {
  const { example } = column;
  if (typeof example === 'boolean') {
    const [yes, no] = locale === 'fr' ? ['oui', 'non'] : ['yes', 'no'];
    return example ? yes : no;
  }
  if (typeof example === 'number') {
    return locale === 'fr' ? String(example).replace('.', ',') : String(example);
  }
  if (column.type === 'outcome') return EOL_OUTCOME_LABELS[example as EolOutcome][locale];
  if (column.type === 'text') return example;
  if (locale === 'en') return example.replace('T', ' ');

  const [date = '', time] = example.split('T');
  const [year, month, day] = date.split('-');
  if (column.type === 'month') return `${month}/${year}`;
  return `${day}/${month}/${year}${time ? ` ${time}` : ''}`;
}

// Quotes a cell only when it holds the delimiter, a quote or a line break.
function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The CSV a consultant fills for a family: header in their language plus one example row. */
export function inputsCsvTemplate(family: InputFamily, locale: Locale): string {
  const delimiter = DELIMITER[locale];
  const line = (cells: string[]) => cells.map((cell) => quote(cell, delimiter)).join(delimiter);
  const columns = INPUT_COLUMNS[family];
  const header = line(columns.map((column) => column.label[locale]));
  const example = line(columns.map((column) => exampleCell(column, locale)));
  // The BOM tells Excel the file is UTF-8, else it shows the accents of the French headers
  // as mojibake.
  return `\uFEFF${header}\r\n${example}\r\n`;
}
