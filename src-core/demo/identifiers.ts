// Identifiers that look like the real thing: maker-shaped serials, IMEIs with a valid check
// digit, French mobile numbers, Intune-style device ids. Each is unique within the dataset.

import type { Random } from './random';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const ALPHANUMERIC = DIGITS + LETTERS;
const HEX = '0123456789abcdef';

/** A version-4 UUID: `%` a hex digit, `v` the variant nibble. */
const UUID_PATTERN = '%%%%%%%%-%%%%-4%%%-v%%%-%%%%%%%%%%%%';

/** Serial shapes by maker: `#` a digit, `@` a letter, `*` either, anything else as written. */
const SERIAL_PATTERNS: Record<string, string> = {
  Apple: '**********',
  Samsung: 'R5#@*******',
  Google: '##########@@**',
  Crosscall: 'CX##########',
  Zebra: '##############',
  Fairphone: 'FP5##########',
  Xiaomi: '#####/@@**#####',
  OnePlus: '##########',
  Dell: '*******',
  HP: '5CG#######',
  Lenovo: 'PF******',
  Microsoft: '############',
};

/** The Luhn check digit that completes `digits` (used by IMEIs). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // The check digit will sit to the right, so the body's last digit is the first doubled.
    const value = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += value > 9 ? value - 9 : value;
  }

  return (10 - (sum % 10)) % 10;
}

export interface IdentifierFactory {
  serial(manufacturer: string): string;
  /** A 15-digit IMEI whose type allocation code depends on the model. */
  imei(model: string): string;
  /** A French mobile number in E.164 form, +336 or +337. */
  mobileNumber(): string;
  /** A lower-case UUID as Intune shows device ids. */
  mdmId(): string;
}

/** Creates identifiers that never repeat within one dataset. */
export function createIdentifiers(random: Random): IdentifierFactory {
  const used = new Set<string>();

  const unique = (make: () => string): string => {
    let value = make();
    while (used.has(value)) value = make();

    used.add(value);
    return value;
  };

  const fill = (pattern: string): string => [...pattern].map((c) => draw(random, c)).join('');

  return {
    serial: (manufacturer) => unique(() => fill(SERIAL_PATTERNS[manufacturer] ?? '@@########')),
    imei: (model) =>
      unique(() => {
        const body = typeAllocationCode(model) + fill('######');
        return body + String(luhnCheckDigit(body));
      }),
    mobileNumber: () => unique(() => `+33${random.chance(0.7) ? '6' : '7'}${fill('########')}`),
    mdmId: () => unique(() => fill(UUID_PATTERN).replace('v', random.pick([...'89ab']))),
  };
}

const ALPHABETS: Record<string, string> = {
  '#': DIGITS,
  '@': LETTERS,
  '*': ALPHANUMERIC,
  '%': HEX,
};

function draw(random: Random, placeholder: string): string {
  const alphabet = ALPHABETS[placeholder];

  return alphabet ? alphabet[random.int(0, alphabet.length - 1)] : placeholder;
}

/** Eight digits fixed per model, as every unit of a model shares its allocation code. */
function typeAllocationCode(model: string): string {
  let hash = 7;
  for (let i = 0; i < model.length; i += 1)
    hash = (Math.imul(hash, 31) + model.charCodeAt(i)) >>> 0;

  return `35${String(hash % 1_000_000).padStart(6, '0')}`;
}
