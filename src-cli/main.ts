// fleet-audit: the command line. Parses, runs one command, prints, exits with a code that
// says what kind of failure happened.
import { AppError } from '@core/errors/app-error';
import { setLogLevel } from '@core/log/logger';

import { USAGE, parseInvocation } from './args';
import { CliError, EXIT } from './cli-error';
import { errorSentence } from './messages';
import type { ExitCode } from './cli-error';
import type { Outcome } from './commands';

async function run(argv: readonly string[]): Promise<Outcome> {
  const { command, options, files } = parseInvocation(argv);
  if (command === 'help') return { out: [USAGE], err: [] };
  if (command === 'inspect') {
    const { inspectCommand } = await import('./inspect');
    return inspectCommand(files, options);
  }

  // The commands pull in the importers, exceljs, pdfmake and ECharts: not for --help.
  const { demoCommand, kpisCommand, reportCommand } = await import('./commands');
  if (command === 'demo') return demoCommand(options);
  if (command === 'kpis') return kpisCommand(options);
  if (command === 'savings') return (await import('./savings')).savingsCommand(options);
  if (command === 'focus') return (await import('./focus')).focusCommand(options);
  return reportCommand(options);
}

function failure(error: unknown): { message: string; code: ExitCode } {
  if (error instanceof CliError) return { message: error.message, code: error.exitCode };
  if (error instanceof AppError)
    return { message: errorSentence(error.code, error.params), code: EXIT.input };
  // A user reads this line, not a developer: the stack stays out of it.
  return { message: error instanceof Error ? error.message : String(error), code: EXIT.input };
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  setLogLevel('warn');
  try {
    const outcome = await run(argv);
    for (const line of outcome.err) process.stderr.write(`${line}\n`);
    for (const line of outcome.out) process.stdout.write(`${line}\n`);
    return outcome.exitCode ?? EXIT.ok;
  } catch (error) {
    const { message, code } = failure(error);
    process.stderr.write(`fleet-audit: ${message}\n`);
    if (code === EXIT.usage) process.stderr.write('Try fleet-audit --help.\n');
    return code;
  }
}

// `fleet-audit inspect … | head` closes the pipe early: that is the reader's choice, no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
