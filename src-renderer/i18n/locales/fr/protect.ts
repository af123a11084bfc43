// Strings of one feature, in French first; the English file must have the same keys.
export const protectFr = {
  title: 'Protéger',
  cancel: 'Annuler',
  fileType: 'Mission FleetAudit',
  export: {
    button: 'Exporter',
    title: 'Exporter « {{name}} »',
    intro:
      'Le fichier .fleetaudit contient toute la mission : données importées, notes, réponses et ' +
      'pièces jointes.',
    encrypt: 'Chiffrer avec une phrase de passe (recommandé)',
    passphrase: 'Phrase de passe',
    confirm: 'Confirmer la phrase de passe',
    hint:
      'Au moins {{min}} caractères. Transmettez-la par un autre canal que le fichier : sans ' +
      'elle, personne ne peut l’ouvrir.',
    tooShort: 'La phrase de passe doit compter au moins {{min}} caractères.',
    mismatch: 'Les deux saisies ne correspondent pas.',
    plainWarning:
      'Sans chiffrement, quiconque obtient le fichier peut lire les données personnelles qu’il ' +
      'contient.',
    content: 'Contenu',
    full: 'Complet : données, notes, réponses et pièces jointes',
    pseudonymised:
      'Pseudonymisé : noms, e-mails, numéros, IMEI et numéros de série remplacés ; sans notes, ' +
      'réponses ni pièces jointes',
    pseudonymisedName: '{{name}} (pseudonymisée)',
    submit: 'Exporter',
    running: 'Export de la mission…',
    saveTitle: 'Enregistrer la mission',
    done: 'Mission exportée : {{file}} ({{size}}).',
    doneEncrypted: 'Mission exportée et chiffrée : {{file}} ({{size}}).',
  },
  import: {
    button: 'Importer un fichier .fleetaudit',
    openTitle: 'Choisir un fichier de mission',
    title: 'Importer « {{file}} »',
    encrypted: 'Ce fichier est chiffré : saisissez la phrase de passe choisie à l’export.',
    passphrase: 'Phrase de passe',
    mode: 'Importer',
    modeCopy: 'comme une nouvelle mission',
    modeReplace: 'en remplacement de la mission d’origine, si elle est sur cet appareil',
    submit: 'Importer',
    running: 'Import de la mission…',
    done: 'Mission importée : {{devices}} appareils, {{lines}} lignes.',
  },
  backups: {
    title: 'Sauvegardes locales',
    intro:
      'Une sauvegarde par jour d’utilisation ; les {{count}} dernières restent sur cet appareil.',
    empty: 'Aucune sauvegarde pour l’instant.',
    restore: 'Restaurer',
    running: 'Restauration de la sauvegarde…',
    done: 'Sauvegarde du {{date}} restaurée ; l’état précédent a été sauvegardé.',
    kept: 'Sauvegardes conservées',
    keptHint: 'De {{min}} à {{max}} ; les plus anciennes partent à la prochaine sauvegarde.',
  },
  reveal: {
    label: 'Retrouver une valeur',
    submit: 'Retrouver',
    unknown: 'inconnu',
    refused: 'inconnu (entrée illisible avec la clé de cette mission)',
    hint:
      'Collez un pseudonyme lu dans un livrable ou un export pseudonymisé de cette mission. ' +
      'Seuls les pseudonymes déjà exportés dans un fichier pseudonymisé sont connus.',
  },
  deliverable: {
    pseudonymise: 'Pseudonymiser les données personnelles',
    hint:
      'Noms, e-mails, numéros, IMEI et numéros de série remplacés par les mêmes pseudonymes que ' +
      'dans un export pseudonymisé de la mission. Les textes libres sont repris tels quels : ' +
      'relisez-les.',
  },
  security: {
    button: 'Sécurité',
    title: 'Sécurité de l’application',
    on: 'Une phrase de passe est demandée au démarrage.',
    off: 'Aucune phrase de passe n’est demandée au démarrage.',
    scope:
      'Ce verrou protège l’écran, pas les données : la base locale (IndexedDB) n’est pas ' +
      'chiffrée par lui. Pour protéger les données au repos, chiffrez le disque de l’ordinateur ' +
      'et exportez les missions chiffrées.',
    passphrase: 'Nouvelle phrase de passe',
    confirm: 'Confirmer la phrase de passe',
    hint:
      'Au moins {{min}} caractères. Seule une empreinte PBKDF2 est conservée ; une phrase ' +
      'oubliée ne se retrouve pas.',
    set: 'Verrouiller au démarrage',
    change: 'Changer la phrase de passe',
    remove: 'Retirer le verrouillage',
    setDone: 'Phrase de passe enregistrée : elle sera demandée au prochain démarrage.',
    removed: 'Verrouillage retiré : l’application s’ouvrira sans phrase de passe.',
  },
  lock: {
    title: 'FleetAudit est verrouillé',
    intro: 'Saisissez la phrase de passe choisie dans « Sécurité » pour ouvrir l’application.',
    passphrase: 'Phrase de passe',
    submit: 'Déverrouiller',
    checking: 'Vérification…',
    wrong: 'Phrase de passe incorrecte.',
  },
  register: {
    title: 'Données personnelles de cette mission',
    loading: 'Inventaire en cours…',
    empty: 'Aucune donnée personnelle importée.',
    rows: '{{rows}} lignes',
    categories: {
      person: 'noms',
      email: 'e-mails',
      phone: 'numéros de téléphone',
      imei: 'IMEI',
      serial: 'numéros de série',
      'device-name': 'noms d’appareils',
      'device-key': 'identifiants d’appareils',
    },
  },
};
