import { uniqueNames } from '../table/build-table';
import { decodeText } from '../text/decode';
import type { ZipEntry } from './zip';

/** The column naming which data file a combined row came from (`Voice`, `SMS`, `GPRS`). */
export const USAGE_TYPE_COLUMN = 'Usage Type';

const DATA_FILE = /^(.*?)ALL_CALLS-([^/]+)\.txt$/i;
const HEADER_FILE = /^(.*?)Header-([^/]+)\.txt$/i;
const FIELD_LINE = /^(.+),(\d+),([A-Za-z]+)$/;

interface Pair {
  type: string;
  names: string[];
  data: ZipEntry;
}

/**
 * Rogers ships headerless pipe-delimited data (`ALL_CALLS-Voice.txt`) with its header in a
 * separate file (`Header-Voice.txt`: a title, a blank line, then `name,length,type` lines).
 * Pairs each data file with the header file of the same folder and joins the pairs into one
 * pipe-delimited table whose header is the union of theirs plus a `Usage Type` column: a bill
 * is one line's month, so voice, SMS and data must reach the same table to be summed.
 */
export function joinHeaderSidecars(entries: ZipEntry[]): ZipEntry[] {
  const pairs: Pair[] = [];
  const used = new Set<ZipEntry>();

  for (const data of entries) {
    const match = DATA_FILE.exec(data.path);
    const header = match ? headerFor(entries, match[1], match[2]) : undefined;
    const names = header ? headerNames(decodeText(header.bytes).text) : [];
    if (!match || !header || names.length === 0) continue;

    pairs.push({ type: match[2], names, data });
    used.add(header).add(data);
  }

  if (pairs.length === 0) return entries;
  const first = pairs[0].data.path;
  const folder = first.slice(0, first.lastIndexOf('/') + 1);
  const types = pairs.map((pair) => pair.type).join('+');
  const joined: ZipEntry = {
    path: `${folder}ALL_CALLS-${types}.txt`,
    bytes: new TextEncoder().encode(joinPairs(pairs)),
  };
  return [joined, ...entries.filter((entry) => !used.has(entry))];
}

// `ALL_CALLS-GPRS-Rm.txt` comes with `Header-GPRS.txt`, whose fields differ from the plain GPRS
// header's, and `ALL_CALLS-VoiceRM.txt` with `Header-Voice.txt`: the header of the same folder
// whose type begins the data's type is the right one, the longest matching type first.
function headerFor(entries: ZipEntry[], folder: string, type: string): ZipEntry | undefined {
  let best: { entry: ZipEntry; length: number } | undefined;

  for (const entry of entries) {
    const match = HEADER_FILE.exec(entry.path);
    if (!match || match[1].toLowerCase() !== folder.toLowerCase()) continue;
    const headerType = match[2].toLowerCase();
    const fits = type.toLowerCase().startsWith(headerType);
    if (fits && (!best || headerType.length > best.length)) {
      best = { entry, length: headerType.length };
    }
  }
  return best?.entry;
}

/** The field names of a header-definition file; duplicates (two `Province`) get ` (2)`. */
export function headerNames(text: string): string[] {
  const names = text
    .split(/\r?\n/)
    .map((line) => FIELD_LINE.exec(line.trim())?.[1].trim())
    .filter((name): name is string => name !== undefined && name !== '');
  return uniqueNames(names, names.length);
}

function joinPairs(pairs: Pair[]): string {
  const columns = [...new Set(pairs.flatMap((pair) => pair.names)), USAGE_TYPE_COLUMN];
  const lines = [columns.join('|')];

  for (const pair of pairs) {
    const at = pair.names.map((name) => columns.indexOf(name));
    for (const line of decodeText(pair.data.bytes).text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const out = new Array<string>(columns.length).fill('');
      line.split('|').forEach((value, i) => {
        if (i < at.length) out[at[i]] = value;
      });
      out[columns.length - 1] = pair.type;
      lines.push(out.join('|'));
    }
  }

  return lines.join('\n') + '\n';
}
