// How big the demo fleet is and how often each situation the audit should find is built in.
// Counts are jittered by a couple of percent per seed; shares are probabilities per record, so
// the tests measure the outcome from the data rather than trusting these numbers.

export const FLEET = {
  /** Company smartphones (COBO and COPE); nearly all carry a company line. */
  companyPhones: 1680,
  /** Staff's own phones enrolled for mail; no purchase price, no company line. */
  personalPhones: 80,
  tablets: 130,
  laptops: 120,
  /** Lines whose handset is not enrolled in the MDM but is used normally. */
  unenrolledUserLines: 250,
  /** Data SIMs in 4G routers at the sites. */
  routerLines: 90,
  /** Lines of people who left or are away, still billed, no longer used. */
  abandonedLines: 80,
  /** Loan and spare lines kept by the IT team. */
  spareLines: 30,
  /** Cancelled lines still listed by the operators, with no invoice in the window. */
  terminatedLines: 45,
  /** Old phones never retired after a replacement: same user and number as the new one. */
  supersededPhones: 5,
  /** Devices exported without a serial (and a couple without an IMEI either). */
  missingSerial: 4,
  missingSerialAndImei: 2,
} as const;

export const SHARES = {
  /** Company phones kept in stock without a line. */
  phoneWithoutLine: 0.025,
  /** Tablets with a cellular modem and a data line. */
  cellularTablet: 0.62,
  /** Devices that stopped checking in with the MDM 90 days or more ago. */
  ghost: 0.045,
  /** Ghost phones whose line went silent too (the SIM was not moved to another phone). */
  ghostLineIdle: 0.6,
  /** Lines on a checking-in device that are nonetheless idle (long leave, second phone). */
  idleOnActiveDevice: 0.008,
  /** Lines using under a tenth of their data allowance month after month. */
  underUsed: 0.11,
  /** Lines paying out-of-plan charges most months. */
  overPlan: 0.04,
  suspended: 0.01,
  /** Lines that carry a monthly option (international, multi-SIM...). */
  withOption: 0.15,
  /** Lines whose operator-reported IMEI is not the enrolled handset's. */
  imeiMismatch: 0.02,
  /** Lines without a cost centre in the operator's records. */
  missingCostCenter: 0.005,
  unmanaged: 0.008,
} as const;

/** A count jittered by up to 2% either way, so seeds differ in size as real fleets do. */
export function jitter(count: number, draw: number): number {
  return Math.round(count * (0.98 + draw * 0.04));
}
