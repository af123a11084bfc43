// File names the user's system accepts whatever the client is called: no path separators, no
// characters Windows refuses, no reserved device names, a bounded length.

const FORBIDDEN = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_LENGTH = 120;

/** A safe file name (extension included) built from any text; never empty. */
export function sanitiseFileName(name: string, fallback = 'document'): string {
  const cleaned = Array.from(name.normalize('NFC'), (c) => (isControl(c) ? ' ' : c))
    .join('')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (\.[^.\s]+)$/, '$1')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');

  const bounded = boundLength(cleaned);
  if (bounded === '') return fallback;
  return RESERVED.test(bounded) ? `_${bounded}` : bounded;
}

function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

// Cut the stem, keep the extension: `…very long client name.pdf`.
function boundLength(name: string): string {
  if (name.length <= MAX_LENGTH) return name;

  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
  return name.slice(0, MAX_LENGTH - extension.length).trimEnd() + extension;
}

/** `FleetAudit - <client> - <label> <date>.<ext>`, sanitised. */
export function deliverableFileName(
  clientName: string,
  label: string,
  isoDate: string,
  extension: 'pdf' | 'xlsx',
): string {
  const client = clientName.trim() || 'FleetAudit';
  return sanitiseFileName(`FleetAudit - ${client} - ${label} ${isoDate.slice(0, 10)}.${extension}`);
}
