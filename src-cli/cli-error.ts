// Failures the command line reports in one sentence, each with its exit code.

export const EXIT = { ok: 0, input: 1, usage: 2, output: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error meant for the user: its message is printed as is, its code ends the process. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
