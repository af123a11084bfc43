import { z } from 'zod';

// The OS catalogue says, per platform and release cycle, when it came out, when its support
// ends and which point releases it had. It is bundled (resources/reference/os-catalogue.json)
// and may be replaced by a newer file the user imports, so everything goes through restore.

export const CATALOGUE_SCHEMA_VERSION = 1;

export const CATALOGUE_PLATFORMS = ['ios', 'ipados', 'android', 'windows', 'macos'] as const;
export type CataloguePlatform = (typeof CATALOGUE_PLATFORMS)[number];

/** Windows servicing tracks: (W) Home/Pro, (E) Enterprise/Education, LTSC, IoT; else `all`. */
export const OS_TRACKS = ['all', 'consumer', 'enterprise', 'lts', 'iot'] as const;
export type OsTrack = (typeof OS_TRACKS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A support end: a date, `true` when it ended on an unknown date, null when not announced. */
const supportEnd = z.union([isoDate, z.literal(true)]).nullable();

export const osCycleSchema = z.object({
  platform: z.enum(CATALOGUE_PLATFORMS),
  cycle: z.string().min(1),
  label: z.string(),
  track: z.enum(OS_TRACKS),
  releaseDate: isoDate,
  /** End of active support: feature upgrades for the cycle stop. */
  eoas: supportEnd,
  /** End of security support. */
  eol: supportEnd,
  /** End of paid extended security updates (Windows 10 ESU), when there are any. */
  extendedUntil: supportEnd,
  /** Newest version of the cycle; for Windows the base build `major.minor.build`. */
  latest: z.string().nullable(),
  latestDate: isoDate.nullable(),
  /** Every point release of the cycle with its date, newest first (Apple platforms only). */
  versions: z.array(z.tuple([z.string(), isoDate])),
});

export type OsCycle = z.infer<typeof osCycleSchema>;

export const osCatalogueSchema = z.object({
  schemaVersion: z.literal(CATALOGUE_SCHEMA_VERSION),
  snapshotDate: isoDate,
  source: z.string(),
  licence: z.string(),
  entries: z.array(osCycleSchema).min(1),
});

export type OsCatalogue = z.infer<typeof osCatalogueSchema>;

/** Validates a catalogue read from the bundle or a user file; throws a ZodError when invalid. */
export function restoreOsCatalogue(raw: unknown): OsCatalogue {
  return osCatalogueSchema.parse(raw);
}
