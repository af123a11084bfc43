import { SAVING_KIND_LABELS } from './rules';
import type { SavingRecommendation } from './types';

// What a recommendation changes, in a few words of the deliverables' language: the dashboard
// says the same with its own translations, the PDF and the command line with these.

type Lang = 'fr' | 'en';

const WORDS = {
  fr: {
    keep: 'garder {kept}, résilier {n} ligne(s)',
    devices: '{n} appareil(s) {kind}',
    lines: ', {n} ligne(s) résiliée(s)',
    freed: '{n} résiliation(s) sans pénalité sur {allowance}',
    end: 'échéance {date}, {n} ligne(s) avec pénalité',
    floor: 'minimum {minimum} : dépense {before} → {after}',
  },
  en: {
    keep: 'keep {kept}, end {n} line(s)',
    devices: '{n} {kind} device(s)',
    lines: ', {n} line(s) ended',
    freed: '{n} termination(s) free of penalty out of {allowance}',
    end: 'ends {date}, {n} line(s) with a penalty',
    floor: 'minimum {minimum}: spend {before} → {after}',
  },
} as const;

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => String(values[name] ?? ''));
}

/**
 * What a recommendation beyond one line's plan changes, money given by `money`; null for the
 * line kinds, which say it with their plans.
 */
export function describeChange(
  saving: SavingRecommendation,
  lang: Lang,
  money: (value: number) => string,
): string | null {
  const words = WORDS[lang];
  const d = saving.detail ?? {};
  switch (saving.kind) {
    case 'consolidate':
      // The kept line is the subject: a pseudonymised report masks it there, not in `detail`.
      return fill(words.keep, { kept: saving.lineNumber, n: d.terminatedLines?.length ?? 0 });
    case 'renew':
    case 'enrol':
    case 'retire': {
      const devices = fill(words.devices, { n: d.devices ?? 0, kind: d.deviceKind ?? '' });
      return d.lines ? devices + fill(words.lines, { n: d.lines }) : devices;
    }
    case 'respiration':
      return fill(words.freed, { n: d.terminatedLines?.length ?? 0, allowance: d.allowance ?? 0 });
    case 'contract-end':
      return fill(words.end, { date: d.contractEnd ?? '', n: d.excess ?? 0 });
    case 'minimum-revenue':
      return fill(words.floor, {
        minimum: money(d.minimumMonthly ?? 0),
        before: money(d.spendMonthly ?? 0),
        after: money(d.spendAfter ?? 0),
      });
    default:
      return null;
  }
}

/** The kind's name in the given language. */
export function kindLabel(saving: SavingRecommendation, lang: Lang): string {
  return SAVING_KIND_LABELS[saving.kind][lang];
}
