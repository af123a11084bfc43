// What a passphrase must be before an export is sealed with it.

/** Short enough to type on a client site, long enough to resist guessing at 600k PBKDF2 rounds. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseProblem = 'tooShort' | 'mismatch' | null;

/** The first thing wrong with a passphrase and its confirmation, or null. */
export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}
