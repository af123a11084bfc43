import type { IsoDate } from '../model/ids';

/** What a device reports about its system: version string and security patch level. */
export interface OsState {
  osVersion: string;
  securityPatch: IsoDate;
}
