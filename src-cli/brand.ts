// The report's branding for scheduled runs: a small JSON file beside the logo it names.
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';

import { z } from 'zod';

import { CliError, EXIT } from './cli-error';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #RRGGBB');

const brandSchema = z
  .object({
    client: z.string().optional(),
    consultant: z.string().optional(),
    primaryColour: colour.optional(),
    secondaryColour: colour.optional(),
    /** Relative to the brand file, as is the consulting firm's logo. */
    logo: z.string().optional(),
    consultantLogo: z.string().optional(),
  })
  .strict();

/** What a brand file sets on the engagement. */
export interface Brand {
  clientName?: string;
  consultant?: string;
  brandPrimary?: string;
  brandSecondary?: string;
  logoDataUrl?: string;
  consultantLogoDataUrl?: string;
}

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** Reads and checks a brand file; every problem names the file and what is wrong. */
export async function readBrand(path: string): Promise<Brand> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliError(`${path}: the brand file cannot be read.`, EXIT.input);
  });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`${path}: the brand file is not JSON.`, EXIT.input);
  }
  const parsed = brandSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
    throw new CliError(`${path}: ${where}${issue.message}.`, EXIT.input);
  }

  const brand = parsed.data;
  return {
    clientName: brand.client,
    consultant: brand.consultant,
    brandPrimary: brand.primaryColour,
    brandSecondary: brand.secondaryColour,
    logoDataUrl: brand.logo ? await logoDataUrl(resolve(dirname(path), brand.logo)) : undefined,
    consultantLogoDataUrl: brand.consultantLogo
      ? await logoDataUrl(resolve(dirname(path), brand.consultantLogo))
      : undefined,
  };
}

async function logoDataUrl(path: string): Promise<string> {
  const type = LOGO_TYPES[extname(path).toLowerCase()];
  if (!type) throw new CliError(`${path}: a logo must be a PNG, JPEG or SVG file.`, EXIT.input);

  const bytes = await readFile(path).catch(() => {
    throw new CliError(`${path}: the logo cannot be read.`, EXIT.input);
  });
  return `data:${type};base64,${bytes.toString('base64')}`;
}
