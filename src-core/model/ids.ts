// Branded ids keep an engagement id from being passed where an import id is expected.

declare const brand: unique symbol;

export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type EngagementId = Brand<string, 'EngagementId'>;
export type ImportId = Brand<string, 'ImportId'>;
export type BatchId = Brand<string, 'BatchId'>;

/** A new random id; UUIDs need no coordination between machines that later merge files. */
export function newId<T extends string>(): Brand<string, T> {
  return crypto.randomUUID() as Brand<string, T>;
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** ISO timestamp `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoDateTime = string;

/** Billing month `YYYY-MM`. */
export type YearMonth = string;
