// The import core: bytes in, typed rows and located errors out. No DOM, no Node, no storage.

export { importFile } from './import-file';
export type { ImportInput, ImportOptions, ImportedPart, ImportResult } from './import-file';
export { decodeText, TEXT_ENCODINGS } from './text/decode';
export type { DecodedText, TextEncoding } from './text/decode';
export { readTable } from './table/read-csv';
export { readXlsx, listSheets } from './table/read-xlsx';
export { readJsonTable } from './table/read-json';
export { unzipEntries, isUnsafePath } from './container/zip';
export type { UnzipLimits, ZipEntry } from './container/zip';
export { parseDate, inferDayOrder, excelSerialToIso } from './fields/dates';
export type { DayOrder } from './fields/dates';
export { parseAmount, inferDecimalMark } from './fields/amounts';
export type { DecimalMark } from './fields/amounts';
export { parsePhone } from './fields/phone';
export { parseImei } from './fields/imei';
export { parsePeriod } from './fields/period';
export { parseDataMb, parseMinutes, parseQuantity } from './fields/quantities';
export { recognise, genericMapping } from './recognise/recognise';
export type { Recognition } from './recognise/recognise';
export type { ColumnSuggestion } from './recognise/suggest';
export { SOURCE_IDS } from './recognise/source-definition';
export type { SourceId } from './recognise/source-definition';
export { FIELDS_BY_DATASET } from './recognise/fields';
export type { ColumnMapping, FieldId } from './recognise/fields';
export { mapRows } from './map/map-rows';
export { mapSample } from './map/sample';
export type { SampleTable } from './map/sample';
export { guessDataset, prefillMapping } from './recognise/prefill';
export {
  MAPPING_PROFILE_KIND,
  createMappingProfile,
  headerSignature,
  keepKnownColumns,
  parseProfilesJson,
  profileIdFor,
  profilesToJson,
  restoreMappingProfile,
} from './profile';
export type { MappingProfile } from './profile';
export type { MapContext, MapResult, MappedRows } from './map/map-rows';
export type { RowError } from './map/row-error';
export type { Table, RawCell, ImportProgress, AbortSignalLike, Parsed } from './types';
