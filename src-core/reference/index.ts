// Public surface of the reference catalogues: loaders, the choice of catalogue, and lookups.
export { chooseCatalogue } from './choose-catalogue';
export type { CatalogueChoice, CatalogueChoiceReason } from './choose-catalogue';
export { addDays, addYears, daysBetween, dayNumber, isIsoDate } from './dates';
export { footprintFor, normaliseName } from './footprint-lookup';
export type { DeviceFootprint, FootprintBasis } from './footprint-lookup';
export { restoreFootprints } from './footprints';
export type { Footprints, MedianFootprint, ModelFootprint } from './footprints';
export { CATALOGUE_PLATFORMS, OS_TRACKS, restoreOsCatalogue } from './os-catalogue';
export type { CataloguePlatform, OsCatalogue, OsCycle, OsTrack } from './os-catalogue';
export { cataloguePlatform, findCycle, latestRelease } from './os-lookup';
export type { LatestRelease, OsLookupOptions } from './os-lookup';
export { assessDeviceOs, assessOs, DEFAULT_STALE_FIX_DAYS, lastFixDate } from './os-support';
export type { OsStatus, OsStatusReason, OsSupport, OsSupportOptions } from './os-support';
export { patchAgeDays, patchDate } from './patch-age';
export type { PatchDate, PatchDateSource, PatchUnknownReason } from './patch-age';
export { isPastSupport, restoreDeviceSupport } from './device-support';
export type { DeviceSupport, ModelSupport } from './device-support';
export { modelKey, modelSupportFor } from './device-support-lookup';
