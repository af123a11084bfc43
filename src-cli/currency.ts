// The currency of the amounts a command adds up.
import type { CliOptions } from './args';
import { CliError, EXIT } from './cli-error';

const CURRENCY = /^[A-Z]{3}$/;

/** Refuses a --currency that is not an ISO 4217 code, before any file is read. */
export function checkCurrencyOption(options: CliOptions): void {
  const given = options.currency;
  if (given !== undefined && !CURRENCY.test(given)) {
    throw new CliError(`--currency must be an ISO code such as EUR, not "${given}".`, EXIT.usage);
  }
}

/**
 * The one given, else the one the files state (a Bell or Verizon bill says CAD or USD), else
 * euros. Files stating different currencies cannot be added up without the user saying so.
 */
export function currencyOf(options: CliOptions, stated: ReadonlyMap<string, string>): string {
  if (options.currency) return options.currency;

  const currencies = new Set(stated.values());
  if (currencies.size > 1) {
    const list = [...stated].map(([file, currency]) => `${file} (${currency})`).join(', ');
    throw new CliError(
      `The files state different currencies: ${list}. Give --currency to add them up anyway.`,
      EXIT.input,
    );
  }
  return [...currencies][0] ?? 'EUR';
}
