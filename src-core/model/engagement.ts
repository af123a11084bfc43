import { z } from 'zod';

import type { EngagementId, IsoDate, IsoDateTime } from './ids';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Stored shape of an engagement; defaults let records written by older versions load. */
export const engagementSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).catch('—'),
  clientName: z.string().catch(''),
  consultant: z.string().catch(''),
  locale: z.enum(LOCALES).catch('fr'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .catch('EUR'),
  startDate: isoDate.nullable().catch(null),
  endDate: isoDate.nullable().catch(null),
  referenceDate: isoDate.nullable().catch(null),
  brandPrimary: hexColour.catch('#1f4e79'),
  brandSecondary: hexColour.catch('#f0a202'),
  logoDataUrl: z.string().startsWith('data:image/').nullable().catch(null),
  consultantLogoDataUrl: z.string().startsWith('data:image/').nullable().catch(null),
  isDemo: z.boolean().catch(false),
  createdAt: z.string().catch(() => new Date(0).toISOString()),
  updatedAt: z.string().catch(() => new Date(0).toISOString()),
});

export interface Engagement {
  id: EngagementId;
  name: string;
  clientName: string;
  consultant: string;
  locale: Locale;
  currency: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The day the measures are taken against ("today" for ages, check-in delays...). */
  referenceDate: IsoDate | null;
  brandPrimary: string;
  brandSecondary: string;
  /** The client's logo, for the report's cover. */
  logoDataUrl: string | null;
  /** The consulting firm's logo, beside the client's on the cover. */
  consultantLogoDataUrl: string | null;
  isDemo: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Normalises an engagement read from storage or a file; throws only when it has no id. */
export function restoreEngagement(raw: unknown): Engagement {
  return engagementSchema.parse(raw) as Engagement;
}
