// The CSV import of the Saisies tab, in French; same keys in both files.
export const inputsCsvFr = {
  import: 'Importer un CSV…',
  template: 'Télécharger le modèle',
  pick: 'Choisir un fichier CSV de saisies',
  saveTemplate: 'Enregistrer le modèle CSV',
  templateName: 'modele-saisies-{{family}}.csv',
  hint:
    'Une ligne d’en-tête avec les noms des colonnes (en français ou en anglais), séparateur ' +
    '« ; », « , » ou tabulation. Les lignes importées s’ajoutent aux lignes existantes.',
  added: '{{n}} ligne(s) ajoutée(s) depuis {{file}}.',
  refused:
    '{{file}} n’a pas été importé : aucune ligne n’a été enregistrée. Corrigez le fichier ' +
    'puis importez-le à nouveau.',
  more: '… et {{n}} autre(s) problème(s).',
  headers: {
    file: 'Fichier',
    row: 'Ligne',
    column: 'Colonne',
    value: 'Valeur',
    reason: 'Problème',
  },
  reasons: {
    empty: 'Le fichier ne contient aucune ligne à importer.',
    'no-header':
      'Aucune colonne reconnue : la première ligne doit porter les noms des colonnes (voir le ' +
      'modèle).',
    'missing-column': 'Colonne obligatoire absente.',
    date: 'Date attendue (AAAA-MM-JJ ou jj/mm/aaaa).',
    month: 'Mois attendu (AAAA-MM ou mm/aaaa).',
    flag: 'Oui ou non attendu.',
    scale: '5 ou 10 attendu.',
    choice: 'Devenir attendu : recyclé, reconditionné, revendu, réemployé en interne ou détruit.',
  },
};
