// Mapping profiles: the columns a consultant chose for a layout the app did not know, saved so
// the next file with the same header maps itself, in any engagement, and shared as JSON.
import { z } from 'zod';

import { DATASETS } from '@core/model/import-record';

import { FIELDS_BY_DATASET } from './recognise/fields';
import type { ColumnMapping, FieldId } from './recognise/fields';
import { normaliseHeader } from './recognise/normalise';

/** The library kind under which profiles are stored. */
export const MAPPING_PROFILE_KIND = 'mapping-profile';

const ALL_FIELDS = new Set<string>(Object.values(FIELDS_BY_DATASET).flat());

const mappingSchema = z
  .record(z.string(), z.string().min(1))
  .transform((raw) =>
    Object.fromEntries(Object.entries(raw).filter(([field]) => ALL_FIELDS.has(field))),
  );

export const mappingProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  signature: z.string().min(1),
  header: z.array(z.string()).min(1),
  dataset: z.enum(DATASETS),
  mapping: mappingSchema,
  savedAt: z.string().catch(() => new Date(0).toISOString()),
});

export type MappingProfile = Omit<z.infer<typeof mappingProfileSchema>, 'mapping'> & {
  mapping: ColumnMapping;
};

/** Normalises a stored or received profile; throws when it cannot be one. */
export function restoreMappingProfile(raw: unknown): MappingProfile {
  return mappingProfileSchema.parse(raw);
}

/** What identifies a layout: its column names, normalised, in order. */
export function headerSignature(header: readonly string[]): string {
  return header.map(normaliseHeader).join('|');
}

/** A short, stable id for a signature (FNV-1a, 32 bits, hex), used as the library key. */
export function profileIdFor(signature: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < signature.length; index++) {
    hash ^= signature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `sig-${hash.toString(16).padStart(8, '0')}`;
}

/** Builds the profile for a header and the columns chosen on the mapping screen. */
export function createMappingProfile(input: {
  name: string;
  header: readonly string[];
  dataset: MappingProfile['dataset'];
  mapping: ColumnMapping;
  savedAt: string;
}): MappingProfile {
  const signature = headerSignature(input.header);
  const mapping = keepKnownColumns(input.mapping, input.header);

  return restoreMappingProfile({ ...input, id: profileIdFor(signature), signature, mapping });
}

/** Drops fields pointing at a column the header does not have, or at no column. */
export function keepKnownColumns(mapping: ColumnMapping, header: readonly string[]): ColumnMapping {
  const columns = new Set(header);
  const kept: ColumnMapping = {};

  for (const [field, column] of Object.entries(mapping) as [FieldId, string | undefined][]) {
    if (column && columns.has(column)) kept[field] = column;
  }
  return kept;
}

const PROFILE_FILE_TAG = 'fleetaudit-mapping-profiles';

const profileFileSchema = z.object({
  format: z.literal(PROFILE_FILE_TAG),
  version: z.literal(1),
  profiles: z.array(mappingProfileSchema).max(500),
});

/** Serialises profiles as the small JSON file consultants pass to each other. */
export function profilesToJson(profiles: readonly MappingProfile[]): string {
  return JSON.stringify({ format: PROFILE_FILE_TAG, version: 1, profiles }, null, 2);
}

/**
 * Reads a profiles file; a file that is not one, or any profile that does not validate, fails
 * the whole file, so a half-read list is never stored. Ids are recomputed from the header.
 */
export function parseProfilesJson(text: string): MappingProfile[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }

  const parsed = profileFileSchema.safeParse(raw);
  if (!parsed.success) return null;

  return parsed.data.profiles.map((profile) =>
    createMappingProfile({ ...profile, mapping: profile.mapping }),
  );
}
