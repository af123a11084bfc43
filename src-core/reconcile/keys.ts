// Join keys: the same phone, IMEI, serial or person written the way each source writes it.

/** Digits of a phone number, international prefix `00` read as `+`; null when too short. */
export function phoneKey(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, '').replace(/^00/, '');
  return digits.length >= 6 ? digits : null;
}

/**
 * The 14 digits that name a handset: an IMEI's check digit and an IMEISV's two version digits
 * differ between an MDM and an operator's report for the same phone.
 */
export function imeiKey(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 14 ? digits.slice(0, 14) : null;
}

/** A serial number without case or spaces; placeholders such as `0` or `N/A` are no serial. */
export function serialKey(value: string | null): string | null {
  if (!value) return null;
  const key = value.replace(/\s+/g, '').toUpperCase();
  return key.length >= 4 && !/^(N\/?A|UNKNOWN|NONE|0+)$/.test(key) ? key : null;
}

/** An e-mail address without case or surrounding spaces. */
export function emailKey(value: string | null): string | null {
  const key = value?.trim().toLowerCase() ?? '';
  return key.includes('@') ? key : null;
}

/** A person's name without case, accents, punctuation or word order (`DUPONT Marie`). */
export function nameKey(value: string | null): string | null {
  if (!value) return null;
  // Most names are plain ASCII: only the others need their accents taken apart and dropped.
  const plain = /^[\x20-\x7e]*$/.test(value)
    ? value
    : value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = plain
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort();
  return words.length > 0 ? words.join(' ') : null;
}
