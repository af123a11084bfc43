import type { ComplianceState, DeviceKind, DevicePlatform, Ownership } from '@core/model/device';
import type { LineStatus } from '@core/model/line';

const squash = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

// An export writes a handful of labels on every row: each is read once, and a few hundred are
// kept at most, so that a column of free text costs no memory.
const LABELS_KEPT = 512;

function remembered<T extends string | boolean | null>(
  read: (label: string) => T,
): (label: string) => T {
  const known = new Map<string, T>();
  return (label) => {
    let value = known.get(label);
    if (value === undefined) {
      value = read(label);
      if (known.size < LABELS_KEPT) known.set(label, value);
    }
    return value;
  };
}

/** The platform an OS label names: `iOS`, `IOS_SYNC`, `AndroidElm`, `Mac OS X`, `Windows 11`… */
export function platformFromOs(os: string, model = ''): DevicePlatform {
  const key = squash(os);
  if (key.startsWith('ipados')) return 'ipados';
  if (key.startsWith('ios') || key.startsWith('iphone')) {
    return /ipad/i.test(model) ? 'ipados' : 'ios';
  }
  if (key.startsWith('android')) return 'android';
  if (key.startsWith('windows') || key.startsWith('win')) return 'windows';
  if (key.startsWith('macos') || key.startsWith('osx') || key.startsWith('mac')) return 'macos';
  return 'other';
}

/** What kind of device a type label or model name suggests, else what its platform implies. */
export function kindFrom(type: string, model: string, platform: DevicePlatform): DeviceKind {
  const text = `${type} ${model}`.toLowerCase();
  if (/ipad|tablet|tablette|\btab\b|galaxy tab/.test(text)) return 'tablet';
  if (
    /macbook|laptop|portable|notebook|thinkpad|latitude|elitebook|surface (pro|laptop)/.test(text)
  ) {
    return 'laptop';
  }
  if (/imac|mac mini|mac studio|desktop|optiplex|\bfixe\b|\btour\b/.test(text)) return 'desktop';
  if (/iphone|smartphone|phone|pda|galaxy|pixel|mobile/.test(text)) return 'smartphone';
  if (platform === 'ios' || platform === 'android') return 'smartphone';
  if (platform === 'ipados') return 'tablet';
  return 'other';
}

/**
 * Maps owner labels to the audit's categories: company-owned is COBO unless the caller says
 * its company devices are COPE; a label naming COPE or a work profile is COPE either way.
 */
export function ownershipFrom(label: string, corporateAs: 'COBO' | 'COPE' = 'COBO'): Ownership {
  const key = squash(label);
  if (key === '') return 'unknown';
  if (/cope|workprofile|personallyenabled/.test(key)) return 'COPE';
  if (/cobo|corporate|company|entreprise|societe|institutional|professionnel|^c$/.test(key)) {
    return corporateAs;
  }
  if (/byod|personal|personnel|employee|prive|^e$/.test(key)) return 'BYOD';
  return 'unknown';
}

/** Intune, Graph, SOTI and French labels of a compliance state. */
export const complianceFrom = remembered((label: string): ComplianceState => {
  const key = squash(label);
  if (/^(compliant|conforme|true|yes|oui)$/.test(key)) return 'compliant';
  if (/^(noncompliant|notcompliant|nonconforme|false|no|non)$/.test(key)) return 'noncompliant';
  if (/grace/.test(key)) return 'grace';
  return 'unknown';
});

/** Yes/no in the forms exports use; null when the label is neither. */
export const booleanFrom = remembered((label: string): boolean | null => {
  const key = squash(label);
  if (/^(true|yes|oui|vrai|1|y|managed|gere)$/.test(key)) return true;
  if (/^(false|no|non|faux|0|n|unmanaged|nongere)$/.test(key)) return false;
  return null;
});

/** Operator status labels of a line, French and English. */
export const lineStatusFrom = remembered((label: string): LineStatus => {
  const key = squash(label);
  if (/^(active|actif|active|activee|enservice|ouverte?)$/.test(key)) return 'active';
  if (/suspend/.test(key)) return 'suspended';
  if (/resili|terminat|cancel|closed|ferme/.test(key)) return 'terminated';
  return 'unknown';
});
