// French is the first language of our users: every key starts here, English must match it.
// Each feature keeps its strings in a file of its own under fr/ and en/.
import { importFr } from './fr/import';
import { dashboardFr } from './fr/dashboard';
import { overviewFr } from './fr/overview';
import { methodFr } from './fr/method';
import { vendorsFr } from './fr/vendors';
import { checklistFr } from './fr/checklist';
import { deliverablesFr } from './fr/deliverables';
import { protectFr } from './fr/protect';
import { tableFr } from './fr/table';

export const fr = {
  import: importFr,
  dashboard: dashboardFr,
  overview: overviewFr,
  method: methodFr,
  vendors: vendorsFr,
  checklist: checklistFr,
  deliverables: deliverablesFr,
  protect: protectFr,
  table: tableFr,
  app: {
    name: 'FleetAudit',
    tagline: 'Audit de flotte mobile, hors ligne',
    language: 'Langue',
    offlineReady: 'Disponible hors ligne',
  },
  nav: {
    home: 'Missions',
    data: 'Données',
    dashboard: 'Tableau de bord',
    method: 'Méthode',
    vendors: 'Éditeurs',
    checklist: 'Checklist',
    deliverables: 'Livrables',
    settings: 'Paramètres',
  },
  home: {
    title: 'Missions',
    intro: 'Une mission regroupe les données, mesures et livrables d’un client.',
    empty: 'Aucune mission pour l’instant. Créez-en une ou chargez la démonstration.',
    create: 'Nouvelle mission',
    loadDemo: 'Charger la mission de démonstration',
    loadingDemo: 'Chargement de la démonstration…',
    open: 'Ouvrir',
    rename: 'Renommer',
    duplicate: 'Dupliquer',
    delete: 'Supprimer',
    demoBadge: 'Démo',
    updated: 'Modifiée le {{date}}',
    counts: '{{devices}} appareils · {{lines}} lignes',
    copyOf: '{{name}} (copie)',
  },
  form: {
    name: 'Nom de la mission',
    client: 'Client',
    consultant: 'Consultant',
    locale: 'Langue des livrables',
    currency: 'Devise',
    startDate: 'Début',
    endDate: 'Fin',
    referenceDate: 'Date de référence',
    save: 'Enregistrer',
    cancel: 'Annuler',
    create: 'Créer',
  },
  confirmDelete: {
    title: 'Supprimer « {{name}} » ?',
    body: 'Toutes les données de cette mission seront effacées de cet appareil. Action définitive.',
    confirm: 'Supprimer définitivement',
    done: 'Mission supprimée : {{rows}} enregistrements effacés.',
  },
  data: {
    title: 'Données',
    intro: 'Inventaires d’appareils, lignes et factures opérateurs importés dans cette mission.',
    devices: 'Appareils',
    lines: 'Lignes',
    invoices: 'Lignes de facture',
    plans: 'Forfaits du contrat',
    unlimited: 'Illimité',
    imports: 'Fichiers importés',
    importSoon: 'L’import de fichiers (Intune, Jamf, SOTI, factures opérateurs…) arrive ici.',
    noImports: 'Aucun fichier importé.',
    file: 'Fichier',
    format: 'Format',
    rows: 'Lignes',
    importedAt: 'Importé le',
    deriving: 'Préparation des vues…',
    search: 'Filtrer…',
    focus: {
      export: 'Exporter les factures au format FOCUS (CSV)',
      hint: 'Une ligne par frais, datée du mois couvert et du mois facturé (format FOCUS).',
      saved: 'Factures FOCUS enregistrées : {{location}}',
    },
  },
  columns: {
    key: 'Identifiant',
    model: 'Modèle',
    platform: 'Plateforme',
    osVersion: 'Version OS',
    userName: 'Utilisateur',
    department: 'Service',
    compliance: 'Conformité',
    lastCheckIn: 'Dernière synchro',
    number: 'Numéro',
    operator: 'Opérateur',
    plan: 'Forfait',
    planPrice: 'Prix HT',
    status: 'Statut',
    planCode: 'Code offre',
    dataAllowance: 'Data incluse',
    voiceAllowance: 'Voix incluse',
    smsAllowance: 'SMS inclus',
    commitmentMonths: 'Engagement (mois)',
    mb: 'Mo',
    minutes: 'min',
  },
  enums: {
    platform: {
      ios: 'iOS',
      ipados: 'iPadOS',
      android: 'Android',
      windows: 'Windows',
      macos: 'macOS',
      other: 'Autre',
    },
    compliance: {
      compliant: 'Conforme',
      noncompliant: 'Non conforme',
      grace: 'En période de grâce',
      unknown: 'Inconnu',
    },
    lineStatus: {
      active: 'Active',
      suspended: 'Suspendue',
      terminated: 'Résiliée',
      unknown: 'Inconnu',
    },
  },
  settings: {
    title: 'Paramètres de la mission',
    intro: 'Client, dates et charte graphique utilisés par les mesures et les livrables.',
    mission: 'Mission',
    dates: 'Dates',
    brand: 'Charte graphique',
    brandPrimary: 'Couleur principale',
    brandSecondary: 'Couleur secondaire',
    logo: 'Logo du client',
    consultantLogo: 'Logo du cabinet',
    noLogo: 'Aucun logo',
    chooseLogo: 'Choisir un logo…',
    removeLogo: 'Retirer',
    referenceHelp:
      'Les âges, délais de synchronisation et retards de mise à jour sont mesurés à la date de référence.',
    saved: 'Paramètres enregistrés.',
    issues: {
      required: 'Obligatoire.',
      'date-order': 'La fin précède le début.',
      colour: 'Couleur invalide.',
      currency: 'Code devise à trois lettres.',
      date: 'Date invalide.',
      'logo-type': 'PNG, JPEG ou SVG uniquement.',
      'logo-size': 'Logo trop lourd (512 Ko au plus).',
    },
  },
  areas: {
    dashboard: {
      title: 'Tableau de bord',
      body: 'Les indicateurs (coût total, lignes inutilisées, conformité, OS obsolètes, âge du parc, empreinte carbone) et les économies chiffrées apparaîtront ici.',
    },
    method: {
      title: 'Méthode en sept phases',
      body: 'Audit, stratégie et politiques, choix de la solution, préparation, pilote, déploiement par vagues, optimisation continue : le plan de mission vivra ici.',
    },
    vendors: {
      title: 'Comparaison des éditeurs',
      body: 'La grille pondérée de comparaison des solutions MDM/EMM sera construite ici.',
    },
    checklist: {
      title: 'Checklist d’audit',
      body: 'La checklist en sept sections, ses preuves et le plan d’action priorisé seront ici.',
    },
    deliverables: {
      title: 'Livrables',
      body: 'Les rapports PDF et classeurs Excel à la charte du client seront produits ici.',
    },
  },
  progress: { cancel: 'Annuler' },
  errors: {
    title: 'Une erreur est survenue',
    details: 'Détails techniques',
    retry: 'Réessayer',
    dismiss: 'Fermer',
    unknown: 'Erreur inattendue.',
    'storage-failed': 'Le stockage local a refusé l’opération.',
    'engagement-not-found': 'Cette mission n’existe plus sur cet appareil.',
    'engagement-name-required': 'Donnez un nom à la mission.',
    'file-unreadable': 'Le fichier {{file}} ne peut pas être lu.',
    'file-too-large': 'Le fichier {{file}} est trop volumineux.',
    'ipc-rejected': 'La demande a été refusée par l’application.',
    'task-cancelled': 'Opération annulée.',
    'task-failed': 'Le traitement en arrière-plan a échoué.',
    'demo-failed': 'La mission de démonstration n’a pas pu être chargée.',
    'file-write-failed': 'Le fichier {{file}} n’a pas pu être enregistré.',
    'checklist-catalogue-invalid': 'Le catalogue de la checklist est invalide.',
    'checklist-export-invalid':
      'Ce fichier n’est pas un export de checklist FleetAudit : rien n’a été importé.',
    'method-reading-no-devices':
      'Le fichier {{file}} ne contient aucune liste d’appareils : l’avancement n’a pas été lu.',
    'import-unrecognised':
      'Le format du fichier {{file}} n’a pas été reconnu : associez ses colonnes.',
    'import-encoding': 'L’encodage du fichier {{file}} n’a pas pu être déterminé.',
    'import-empty': 'Le fichier {{file}} ne contient aucune donnée.',
    'import-too-many-columns':
      'Le fichier {{file}} compte {{count}} colonnes ; un export en a au plus {{max}} : est-il transposé ?',
    'import-binary':
      'Le fichier {{file}} contient des données binaires, pas un tableau : exportez-le en CSV, XLSX ou JSON.',
    'import-no-header': 'Aucune ligne d’en-tête trouvée dans {{file}}.',
    'import-json-invalid': 'Le fichier JSON {{file}} est illisible.',
    'import-xlsx-unreadable': 'Le classeur Excel {{file}} est illisible.',
    'import-zip-unreadable': 'L’archive ZIP {{file}} est illisible.',
    'import-zip-unsafe-path': 'L’archive {{file}} contient un chemin dangereux ; elle est refusée.',
    'import-zip-too-large': 'L’archive {{file}} est trop volumineuse une fois décompressée.',
    'import-zip-empty': 'L’archive {{file}} ne contient aucun fichier exploitable.',
    'import-cancelled': 'Import annulé : rien n’a été enregistré.',
    'import-row-invalid': 'Ligne invalide.',
    'import-row-no-key': 'Ligne sans identifiant (numéro de série, IMEI ou numéro de ligne).',
    'import-date-invalid': 'Date illisible.',
    'import-date-ambiguous': 'Date ambiguë (jour et mois interchangeables).',
    'import-amount-invalid': 'Montant illisible.',
    'import-amount-ambiguous': 'Montant ambigu (séparateur décimal incertain).',
    'import-number-invalid': 'Nombre illisible.',
    'import-phone-invalid': 'Numéro de téléphone invalide.',
    'import-imei-invalid': 'IMEI invalide (15 chiffres attendus).',
    'import-imei-checksum': 'IMEI invalide (clé de contrôle fausse).',
    'import-imei-scientific': 'IMEI abîmé par Excel (notation scientifique).',
    'import-period-invalid': 'Période de facturation illisible.',
    'import-plan-no-name': 'Forfait sans nom : la ligne du catalogue est ignorée.',
    'import-plan-no-operator':
      'Forfait sans opérateur : ajoutez une colonne Opérateur ou précisez l’opérateur du fichier.',
    'import-plan-no-price': 'Forfait sans prix mensuel HT : il ne peut pas être proposé.',
    'import-plan-no-data':
      'Forfait sans enveloppe data (une quantité ou « illimité ») : il ne peut pas être proposé.',
    'import-not-per-line':
      'Rapport de niveau compte, pas par ligne : il ne donne ni lignes ni factures.',
    'import-preview-expired': 'L’aperçu de cet import n’est plus disponible : rouvrez le fichier.',
    'engagement-file-not-recognised':
      'Le fichier {{file}} n’est pas un fichier de mission FleetAudit (.fleetaudit).',
    'engagement-file-damaged': 'Le fichier {{file}} est abîmé ou incomplet ; il est refusé.',
    'engagement-file-invalid':
      'Le fichier {{file}} ne respecte pas le format d’une mission FleetAudit ; il est refusé.',
    'engagement-file-unsafe-path':
      'Le fichier {{file}} contient un chemin dangereux ({{entry}}) ; il est refusé.',
    'engagement-file-tampered':
      'Le contenu du fichier {{file}} a été modifié depuis son export ; il est refusé.',
    'engagement-file-too-large': 'Le fichier {{file}} dépasse la taille admise ; il est refusé.',
    'engagement-file-too-new':
      'Le fichier {{file}} vient d’une version plus récente de FleetAudit (format {{found}}, version {{appVersion}}). Installez FleetAudit {{appVersion}} ou plus récent pour l’ouvrir (cette version lit jusqu’au format {{supported}}).',
    'engagement-file-passphrase-required':
      'Le fichier {{file}} est chiffré : saisissez sa phrase de passe.',
    'engagement-file-passphrase-wrong':
      'Phrase de passe incorrecte pour {{file}}. Rien n’a été importé.',
  },
};

export type Messages = typeof fr;
