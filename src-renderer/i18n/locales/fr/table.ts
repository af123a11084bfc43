// Strings of the data tables' toolbar (filter, columns, export), in French first.
export const tableFr = {
  rows_one: '{{total}} enregistrement',
  rows_other: '{{total}} enregistrements',
  shown: '{{shown}} sur {{total}} enregistrements',
  empty: 'Aucun enregistrement à afficher.',
  filter: { label: 'Filtrer le tableau', placeholder: 'Filtrer…' },
  columns: 'Colonnes',
  columnsLegend: 'Colonnes affichées',
  sortBy: 'Trier par « {{column}} »',
  export: 'Exporter',
  format: { csv: 'CSV', xlsx: 'Excel' },
  fileType: { csv: 'Fichier CSV', xlsx: 'Classeur Excel' },
  exporting: 'Export du tableau…',
  saveTitle: 'Enregistrer l’export du tableau',
  saved: 'Tableau exporté : {{location}}',
  names: { problems: 'Lignes rejetées et avertissements' },
};
