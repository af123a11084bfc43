import type { FieldId } from './fields';

// Column names clients and tools use for each field, French and English. A source's own names
// come first (sources.ts); these fill whatever it leaves unmapped, and name the columns of a
// plain asset register or of an operator file laid out by hand.

export const DEVICE_ALIASES: Partial<Record<FieldId, string[]>> = {
  mdmId: ['Device ID', 'ID', 'Identifiant', 'Asset Tag', "Numéro d'inventaire", 'Inventaire'],
  name: ['Device name', "Nom de l'appareil", 'Nom appareil', 'Nom du poste', 'Hostname', 'Name'],
  serial: ['Serial number', 'Serial', 'Numéro de série', 'Série', 'S/N', 'SN', 'serialNumber'],
  imei: ['IMEI', 'IMEI 1', 'IMEI1', 'Numéro IMEI', 'IMEI principal'],
  phoneNumber: [
    'Phone number',
    'Numéro de téléphone',
    'Téléphone',
    'Numéro de ligne',
    'Ligne',
    'MSISDN',
  ],
  manufacturer: ['Manufacturer', 'Make', 'Brand', 'Fabricant', 'Marque', 'Constructeur'],
  model: ['Model', 'Modèle', 'Model name', 'Désignation', 'Product name'],
  os: ['OS', 'Operating system', "Système d'exploitation", 'Platform', 'Plateforme', 'OS name'],
  osVersion: ['OS version', 'Version OS', 'Version du système', "Version de l'OS"],
  securityPatch: ['Security patch level', 'Correctif de sécurité', 'Niveau de correctif'],
  ownership: ['Ownership', 'Propriété', 'Type de propriété', 'Owner type'],
  userName: ['User', 'Utilisateur', 'User name', 'Nom utilisateur', 'Collaborateur', 'Porteur'],
  userEmail: ['Email', 'E-mail', 'Email address', 'Adresse e-mail', 'Adresse mail', 'Mél', 'UPN'],
  department: ['Department', 'Service', 'Département', 'Direction', 'Entité', 'Business unit'],
  site: ['Site', 'Location', 'Localisation', 'Building', 'Bâtiment', 'Lieu', 'Agence'],
  purchaseDate: ['Purchase date', "Date d'achat", 'Date achat', 'Purchased', 'Date de commande'],
  purchasePrice: [
    'Purchase price',
    "Prix d'achat",
    'Prix',
    'Price',
    'Coût',
    'Cost',
    'Purchase cost',
  ],
  enrolledAt: ['Enrollment date', "Date d'enrôlement", "Date d'inscription", 'Enrolled'],
  lastCheckIn: [
    'Last check-in',
    'Dernière connexion',
    'Dernier contact',
    'Last seen',
    'Last contact',
  ],
  compliance: ['Compliance', 'Conformité', 'Compliance status', 'Compliant', 'Conforme'],
  managed: ['Managed', 'Géré', 'Is managed'],
  deviceType: [
    'Device type',
    "Type d'appareil",
    'Type',
    'Category',
    'Catégorie',
    'Type de matériel',
  ],
};

export const LINE_ALIASES: Partial<Record<FieldId, string[]>> = {
  number: ['Numéro de ligne', 'Ligne', 'Numéro', 'Line number', 'Line', 'MSISDN', 'Numéro mobile'],
  operator: ['Opérateur', 'Operator', 'Carrier'],
  accountNumber: ['Compte', 'Numéro de compte', 'Compte de facturation', 'Account number'],
  userName: ['Utilisateur', 'User', 'Titulaire', 'User name', 'Collaborateur', 'Nom'],
  userEmail: ['Email', 'E-mail', 'Adresse e-mail', 'Adresse mail', 'Mail'],
  department: ['Service', 'Department', 'Département', 'Direction'],
  costCenter: [
    'Centre de coût',
    'Centre de coûts',
    'Centre de frais',
    'Cost centre',
    'Cost center',
  ],
  plan: ['Forfait', 'Offre', 'Plan', 'Rate plan', 'Abonnement'],
  planPrice: ['Prix forfait HT', 'Prix forfait', 'Prix du forfait', 'Plan price', 'Abonnement HT'],
  dataAllowanceMb: ['Data incluse (Mo)', 'Data incluse', 'Enveloppe data', 'Data allowance (MB)'],
  voiceAllowanceMin: ['Voix incluse (min)', 'Voix incluse', 'Minutes incluses', 'Voice allowance'],
  status: ['Statut', 'Status', 'État', 'Etat'],
  activationDate: ["Date d'activation", 'Date de mise en service', 'Activation date'],
  imei: ['IMEI'],
};

export const INVOICE_ALIASES: Partial<Record<FieldId, string[]>> = {
  lineNumber: LINE_ALIASES.number,
  // The service month's own names come first: with one of them, the invoice's month columns
  // below fall to `billingPeriod`; without, they are the only month and serve as both.
  period: [
    'Période de service',
    'Mois de consommation',
    'Période couverte',
    'Service period',
    'Service month',
    'Période',
    'Period',
    'Mois',
    'Mois de facturation',
    'Billing month',
    'Date de facture',
    'Période de facturation',
  ],
  billingPeriod: [
    'Période de facturation',
    'Mois de facturation',
    'Date de facture',
    'Billing period',
    'Billing month',
    'Invoice date',
  ],
  operator: LINE_ALIASES.operator,
  plan: LINE_ALIASES.plan,
  planCharge: LINE_ALIASES.planPrice,
  dataMb: ['Conso data (Mo)', 'Data consommée (Mo)', 'Conso data', 'Data usage (MB)', 'Data (Mo)'],
  voiceMin: ['Conso voix (min)', 'Voix consommée (min)', 'Conso voix', 'Voice usage (min)'],
  sms: ['Conso SMS', 'SMS', 'Nb SMS', 'Nombre de SMS', 'SMS usage'],
  outOfPlan: ['Hors forfait HT', 'Hors forfait', 'Hors-forfait', 'Out of plan'],
  options: ['Options HT', 'Options', 'Services en option'],
  oneOff: ['Frais ponctuels HT', 'Frais ponctuels', 'Ponctuel', 'One-off charges', 'One-off'],
  totalExVat: ['Total HT', 'Montant HT', 'Total excl. VAT', 'Total (excl. VAT)', 'Total ex VAT'],
};
