// `focus`: the bills in FOCUS columns, one row per charge, for FinOps tools that read the open
// billing format rather than each operator's own.
import { writeFile } from 'node:fs/promises';

import { focusCsv, toFocusRows } from '@core/focus';

import type { CliOptions } from './args';
import { CliError, EXIT } from './cli-error';
import type { Outcome } from './commands';
import { checkCurrencyOption, currencyOf } from './currency';
import { describeProblem, readInputs } from './read-inputs';

/** `focus`: imports the bills and writes them as FOCUS CSV to --out, or prints it. */
export async function focusCommand(options: CliOptions): Promise<Outcome> {
  const outcome: Outcome = { out: [], err: [] };
  if (!options.invoices) throw new CliError('Give at least one --invoice file.', EXIT.usage);
  checkCurrencyOption(options);

  const inputs = await readInputs({ invoices: options.invoices });
  outcome.err.push(...inputs.problems.map(describeProblem));
  const rejected = inputs.imports.reduce((n, record) => n + record.rowsRejected, 0);
  if (options.strict && rejected > 0) {
    throw new CliError(`${rejected} row(s) rejected (see above); --strict stops here.`, EXIT.input);
  }

  const rows = toFocusRows(inputs.invoices, { currency: currencyOf(options, inputs.currencies) });
  const text = focusCsv(rows);
  if (!options.out) {
    outcome.out.push(text);
    return outcome;
  }

  try {
    await writeFile(options.out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : String(error);
    throw new CliError(`${options.out}: cannot be written (${reason}).`, EXIT.output);
  }
  outcome.out.push(`FOCUS file written: ${options.out} (${rows.length} charges)`);
  return outcome;
}
