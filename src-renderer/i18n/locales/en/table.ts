import type { tableFr } from '../fr/table';

export const tableEn: typeof tableFr = {
  rows_one: '{{total}} row',
  rows_other: '{{total}} rows',
  shown: '{{shown}} of {{total}} rows',
  empty: 'No rows to show.',
  filter: { label: 'Filter the table', placeholder: 'Filter…' },
  columns: 'Columns',
  columnsLegend: 'Columns shown',
  sortBy: 'Sort by “{{column}}”',
  export: 'Export',
  format: { csv: 'CSV', xlsx: 'Excel' },
  fileType: { csv: 'CSV file', xlsx: 'Excel workbook' },
  exporting: 'Exporting the table…',
  saveTitle: 'Save the table export',
  saved: 'Table exported: {{location}}',
  names: { problems: 'Rejected rows and warnings' },
};
