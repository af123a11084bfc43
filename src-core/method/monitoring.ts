// The monitoring statement: what the company sees on a population's devices and what it
// does not. For BYOD this is the privacy promise made to employees, so the app pre-fills it
// in plain words and the consultant adapts it; an edited text is kept as written.
import type { PolicyOwnership } from './governance';

export const MONITOR_ITEMS = [
  'compliance',
  'os-version',
  'device-model',
  'work-apps',
  'all-apps',
  'phone-number',
  'device-location',
  'personal-apps',
  'photos',
  'messages',
  'location-history',
  'browsing',
  'personal-email',
] as const;
export type MonitorItem = (typeof MONITOR_ITEMS)[number];

export type StatementLanguage = 'fr' | 'en';

const ITEM_TEXT: Record<MonitorItem, Record<StatementLanguage, string>> = {
  compliance: { fr: "l'état de conformité", en: 'the compliance state' },
  'os-version': { fr: 'la version du système', en: 'the operating system version' },
  'device-model': { fr: "le modèle de l'appareil", en: 'the device model' },
  'work-apps': {
    fr: 'la liste des applications professionnelles',
    en: 'the list of work apps',
  },
  'all-apps': { fr: 'la liste des applications installées', en: 'the list of installed apps' },
  'phone-number': { fr: 'le numéro de téléphone', en: 'the phone number' },
  'device-location': {
    fr: "la position de l'appareil en cas de perte",
    en: 'the device location when it is reported lost',
  },
  'personal-apps': { fr: 'vos applications personnelles', en: 'your personal apps' },
  photos: { fr: 'vos photos', en: 'your photos' },
  messages: { fr: 'vos messages et appels', en: 'your messages and calls' },
  'location-history': {
    fr: 'votre historique de localisation',
    en: 'your location history',
  },
  browsing: { fr: 'votre navigation', en: 'your browsing' },
  'personal-email': { fr: 'votre messagerie personnelle', en: 'your personal email' },
};

export interface Monitoring {
  monitored: MonitorItem[];
  notMonitored: MonitorItem[];
}

// A personal phone shows only what proves it is safe to reach work data; a company phone
// also shows its inventory and, when lost, where it is.
const OWNERSHIP_MONITORING: Record<PolicyOwnership, Monitoring> = {
  BYOD: {
    monitored: ['compliance', 'os-version', 'device-model', 'work-apps'],
    notMonitored: ['personal-apps', 'photos', 'messages', 'location-history', 'browsing'],
  },
  COPE: {
    monitored: ['compliance', 'os-version', 'device-model', 'all-apps', 'device-location'],
    notMonitored: ['photos', 'messages', 'location-history', 'browsing', 'personal-email'],
  },
  COBO: {
    monitored: [
      'compliance',
      'os-version',
      'device-model',
      'all-apps',
      'phone-number',
      'device-location',
    ],
    notMonitored: ['photos', 'messages', 'location-history', 'browsing'],
  },
};

/** What a population's devices report and keep private, by ownership, until edited. */
export function defaultMonitoring(ownership: PolicyOwnership): Monitoring {
  const monitoring = OWNERSHIP_MONITORING[ownership];
  return { monitored: [...monitoring.monitored], notMonitored: [...monitoring.notMonitored] };
}

/** Whether a stored string is one of the known monitoring items. */
export function isMonitorItem(value: string): value is MonitorItem {
  return (MONITOR_ITEMS as readonly string[]).includes(value);
}

function list(items: readonly MonitorItem[], language: StatementLanguage): string {
  const words = items.map((item) => ITEM_TEXT[item][language]);
  if (words.length <= 1) return words.join('');
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
}

export interface StatementSource {
  monitoring: Monitoring;
  ownership: PolicyOwnership;
  containerisation: boolean;
}

/** The statement as a paragraph in the given language, from the two lists. */
export function monitoringStatement(source: StatementSource, language: StatementLanguage): string {
  const { monitoring, containerisation } = source;
  const personal = source.ownership === 'BYOD';
  const sees = list(monitoring.monitored, language);
  const never = list(monitoring.notMonitored, language);
  if (language === 'fr') {
    const device = personal ? 'votre appareil personnel' : 'cet appareil professionnel';
    const first = sees
      ? `Sur ${device}, l'entreprise voit uniquement ${sees}.`
      : `Sur ${device}, l'entreprise ne voit aucune donnée.`;
    const second = never ? ` Elle ne voit pas ${never}.` : '';
    const third = containerisation
      ? ' Seules les données professionnelles peuvent être effacées à distance.'
      : '';
    return first + second + third;
  }
  const device = personal ? 'your personal device' : 'this company device';
  const first = sees
    ? `On ${device}, the company sees only ${sees}.`
    : `On ${device}, the company sees no data.`;
  const second = never ? ` It does not see ${never}.` : '';
  const third = containerisation ? ' Only work data can be wiped remotely.' : '';
  return first + second + third;
}
