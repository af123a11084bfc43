// The manifest: the one entry read before any other, saying what the file holds and how to
// check it. Every part is listed with its table, row count, size and SHA-256.
import { z } from 'zod';

import { FILE_KIND, FILE_TABLES } from './format';
import { refuse } from './refuse';

const partSchema = z.strictObject({
  path: z.string().min(1).max(200),
  table: z.enum(FILE_TABLES),
  count: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Only the fields that tell the version are read before the version is known to be ours. */
const headSchema = z.object({
  kind: z.literal(FILE_KIND),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
});

const manifestSchema = headSchema.extend({
  createdAt: z.string().max(40),
  engagementName: z.string().max(500),
  parts: z.array(partSchema).max(200_000),
});

export type ManifestPart = z.infer<typeof partSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestHead = z.infer<typeof headSchema>;

/** Parses the manifest's JSON far enough to know its kind and version. */
export function readManifestHead(json: unknown, file: string): ManifestHead {
  const head = headSchema.safeParse(json);
  if (!head.success) throw refuse('engagement-file-not-recognised', file);
  return head.data;
}

/** Validates a whole manifest whose version is known to be readable. */
export function readManifest(json: unknown, file: string): Manifest {
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    throw refuse('engagement-file-invalid', file, { reason: manifest.error.issues[0].message });
  }

  const paths = new Set(manifest.data.parts.map((part) => part.path));
  if (paths.size !== manifest.data.parts.length) {
    throw refuse('engagement-file-invalid', file, { reason: 'a part is listed twice' });
  }
  return manifest.data;
}
