// The layer boundaries are lint rules: this proves they fire, with the project's real config,
// on a probe file written into each layer for the duration of the test.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const probes: string[] = [];

async function lintProbe(relativePath: string, source: string): Promise<string[]> {
  const path = join(root, relativePath);
  probes.push(path);
  writeFileSync(path, source);

  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([path]);
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

afterAll(() => {
  for (const path of probes) rmSync(path, { force: true });
});

// Type-aware ESLint builds a TypeScript program per probe: seconds each on a busy machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['electron', "import { app } from 'electron';\nexport const a = app;\n"],
    ['a node: module', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['a bare Node module', "import { join } from 'path';\nexport const j = join;\n"],
    ['React', "import { useState } from 'react';\nexport const u = useState;\n"],
    ['Dexie', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['zustand', "import { create } from 'zustand';\nexport const c = create;\n"],
  ])('refuses %s in src-core', async (_name, source) => {
    const messages = await lintProbe('src-core/lint-probe-core.ts', source);

    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('refuses console in src-core', async () => {
    const messages = await lintProbe('src-core/lint-probe-console.ts', "console.log('x');\n");

    expect(messages.some((m) => m.startsWith('no-console'))).toBe(true);
  });

  it('refuses src-main from the renderer', async () => {
    const source = "import * as main from '../src-main/main/index';\nexport const m = main;\n";
    const messages = await lintProbe('src-renderer/lint-probe-renderer.ts', source);

    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('accepts a src-core file that imports only the domain and zod', async () => {
    const source = "import { z } from 'zod';\nexport const s = z.string();\n";
    const messages = await lintProbe('src-core/lint-probe-clean.ts', source);

    expect(messages).toEqual([]);
  });
});
