import { z } from 'zod';

export const LINE_STATUSES = ['active', 'suspended', 'terminated', 'unknown'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

const text = z.string().trim().nullable().catch(null);
const quantity = z.number().finite().nonnegative().nullable().catch(null);

/** One mobile line (subscription) as the app understands it. */
export const lineSchema = z.object({
  /** E.164 number, the join key to invoices and devices. */
  number: z.string().min(1),
  operator: text,
  accountNumber: text,
  userName: text,
  userEmail: text,
  department: text,
  costCenter: text,
  plan: text,
  /** Monthly plan price excluding VAT, in the engagement currency. */
  planPrice: quantity,
  dataAllowanceMb: quantity,
  voiceAllowanceMin: quantity,
  status: z.enum(LINE_STATUSES).catch('unknown'),
  activationDate: z.string().nullable().catch(null),
  /** IMEI of the handset seen on the line, when the operator reports it. */
  imei: text,
});

export type Line = z.infer<typeof lineSchema>;

/** Normalises one stored or imported line; throws only when it has no number. */
export function restoreLine(raw: unknown): Line {
  return lineSchema.parse(raw);
}
