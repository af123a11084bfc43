// The command line's grammar: one command, then options. Unknown options are refused.
import { parseArgs } from 'node:util';

import { CliError, EXIT } from './cli-error';

export const COMMANDS = ['demo', 'kpis', 'savings', 'report', 'focus', 'inspect'] as const;
export type Command = (typeof COMMANDS)[number];

export const USAGE = `Usage: fleet-audit <command> [options]

Commands:
  demo     Build the demo engagement's deliverables
             --out <file.xlsx>   Excel workbook (required unless --pdf is given)
             --pdf <file.pdf>    PDF report
  kpis     Import files and print the KPIs
             --inventory <file>  device inventory: MDM export or asset register (CSV,
                                 XLSX, JSON or ZIP; repeatable; also --devices)
             --lines <file>      operator line list (repeatable)
             --invoice <file>    operator bill (repeatable; also --invoices)
             --plans <file>      the contract's plan catalogue (repeatable): savings move
                                 lines to its plans, else to plans seen on the lines
             --json              print JSON instead of a table
  savings  Import files and print the savings recommendations
             --inventory, --lines, --invoice, --plans, --json as for kpis
  report   Import files and write the deliverables
             --inventory, --lines, --invoice, --plans as for kpis
             --pdf <file.pdf>  --xlsx <file.xlsx>  (at least one)
             --brand <file.json>  client, consultant, colours and logo of the report:
                                 {"client", "consultant", "primaryColour",
                                  "secondaryColour", "logo", "consultantLogo"}
                                 (logos: PNG, JPEG or SVG paths beside the file)
             --client <name>  --consultant <name>  --name <engagement name>
             --status draft|final  --doc-version <text>
  focus    Import bills and write their charges in FOCUS columns (CSV), one row per
           charge, dated by the month it covers and the month it was billed
             --invoice <file>    operator bill (repeatable; also --invoices)
             --out <file.csv>    where to write (default: standard output)
             --currency, --strict as below
  inspect <files...>  Show how each file (and each ZIP entry) would be imported: its
             kind (inventory, invoice, plans or unknown), source, encoding, separator,
             header row, mapping, rows accepted, and each rejected row with its row,
             column, value and reason
             --json              print one JSON array, one object per file
             --records           print the normalised records too

Common options:
  --lang fr|en             language of the deliverables and the KPI labels (default fr;
                           also --locale)
  --currency <ISO code>    currency of the amounts (default: the one the bills state,
                           as North American bills do, else EUR)
  --reference-date <YYYY-MM-DD>  day the measures are taken against (default: the last
                           day of the latest month the bills cover, else today)
  --strict                 fail (exit 1) when any row of an input file is rejected
  -h, --help               show this help

Exit codes: 0 done, 1 input file or data problem, 2 wrong usage, 3 output not written.`;

const OPTIONS = {
  out: { type: 'string' },
  pdf: { type: 'string' },
  xlsx: { type: 'string' },
  devices: { type: 'string', multiple: true },
  inventory: { type: 'string', multiple: true },
  lines: { type: 'string', multiple: true },
  invoices: { type: 'string', multiple: true },
  invoice: { type: 'string', multiple: true },
  plans: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  records: { type: 'boolean' },
  strict: { type: 'boolean' },
  locale: { type: 'string' },
  lang: { type: 'string' },
  brand: { type: 'string' },
  currency: { type: 'string' },
  'reference-date': { type: 'string' },
  client: { type: 'string' },
  consultant: { type: 'string' },
  name: { type: 'string' },
  status: { type: 'string' },
  'doc-version': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliOptions {
  out?: string;
  pdf?: string;
  xlsx?: string;
  devices?: string[];
  lines?: string[];
  invoices?: string[];
  plans?: string[];
  json?: boolean;
  /** inspect: print the normalised records too. */
  records?: boolean;
  strict?: boolean;
  locale?: string;
  currency?: string;
  'reference-date'?: string;
  client?: string;
  consultant?: string;
  name?: string;
  status?: string;
  'doc-version'?: string;
  /** A JSON file with the report's client, consultant, colours and logo. */
  brand?: string;
  help?: boolean;
}

export interface Invocation {
  command: Command | 'help';
  options: CliOptions;
  /** The files named after `inspect`; empty for the other commands. */
  files: string[];
}

/** Reads argv (without node and the script); throws a usage error when it makes no sense. */
export function parseInvocation(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT.usage);
  }

  const options = withAliases(parsed.values);
  const [command, ...extra] = parsed.positionals;
  if (options.help || command === undefined || command === 'help') {
    return { command: 'help', options, files: [] };
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new CliError(`Unknown command "${command}". Try fleet-audit --help.`, EXIT.usage);
  }
  if (command === 'inspect') return { command, options, files: extra };
  if (extra.length > 0) {
    throw new CliError(`Unexpected argument "${extra[0]}".`, EXIT.usage);
  }
  return { command: command as Command, options, files: [] };
}

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

// The names the documentation uses (--inventory, --invoice, --lang) and the older ones
// (--devices, --invoices, --locale) mean the same: both are accepted, and combine.
function withAliases(values: Parsed): CliOptions {
  const { inventory, invoice, lang, ...rest } = values;
  const both = (a?: string[], b?: string[]) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);

  return {
    ...rest,
    devices: both(rest.devices, inventory),
    invoices: both(rest.invoices, invoice),
    locale: rest.locale ?? lang,
  };
}
