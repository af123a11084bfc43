// The command line as users run it: built into one file, started as a Node process.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface BuiltCli {
  /** Runs `fleet-audit args...` in `cwd` and reports its exit code and output. */
  run(cwd: string, ...args: string[]): Promise<Ran>;
  remove(): Promise<void>;
}

/** Builds the CLI into a folder of its own inside the repository (Node then finds node_modules). */
export async function buildCli(name: string): Promise<BuiltCli> {
  const bin = join(root, 'out', `${name}-${process.pid}`);
  const cli = join(bin, 'fleet-audit.mjs');

  process.env.CLI_OUT_DIR = bin;
  try {
    await build({ configFile: join(root, 'src-cli/vite.config.ts'), logLevel: 'silent' });
  } finally {
    delete process.env.CLI_OUT_DIR;
  }

  return {
    async run(cwd, ...args) {
      try {
        const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as Ran;
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    remove: () => rm(bin, { recursive: true, force: true }),
  };
}
