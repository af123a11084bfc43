// The few pieces of XML reading the workbook parts need: they are machine-written, so a scan
// with indexOf over the text is enough and far cheaper than building a tree.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;

/** Replaces XML character references and the five named entities. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * A copy of a piece cut from a large text. Engines keep the whole text alive behind a slice of
 * it; a value kept for the table must not hold a chunk of the sheet's XML in memory.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Undoes Excel's own `_x000D_` escapes, which carry characters XML 1.0 cannot hold. */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The namespace prefix a part uses, with its colon (`x:`), from its root element: some writers
 * (the OpenXML SDK among them) prefix every element, most prefix none.
 */
export function rootPrefix(xml: string): string {
  let at = xml.indexOf('<');
  while (at >= 0 && (xml[at + 1] === '?' || xml[at + 1] === '!')) at = xml.indexOf('<', at + 1);
  if (at < 0) return '';

  let end = at + 1;
  while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++;
  const name = xml.slice(at + 1, end);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

function isNameEnd(code: number): boolean {
  return code <= 0x20 || code === 0x3e || code === 0x2f;
}

/**
 * The value of an attribute in the tag that spans `start`..`end` of the text, matched on its
 * local name so that `r:id` and `id` are both found by `id` when `prefixed` is set.
 */
export function attribute(
  xml: string,
  start: number,
  end: number,
  name: string,
  prefixed = false,
): string | undefined {
  // Searching a slice keeps a missing attribute from sending indexOf through the whole part.
  const tag = xml.slice(start, end);
  const key = `${name}=`;
  let at = tag.indexOf(key);

  while (at > 0) {
    const before = tag.charCodeAt(at - 1);
    if (before <= 0x20 || (prefixed && before === 0x3a)) {
      const quote = tag[at + key.length];
      const valueStart = at + key.length + 1;
      return decodeXml(tag.slice(valueStart, tag.indexOf(quote, valueStart)));
    }
    at = tag.indexOf(key, at + 1);
  }
  return undefined;
}

/** Calls `visit` with the bounds of each `<tag …>` opening tag, in document order. */
export function eachTag(
  xml: string,
  tag: string,
  visit: (start: number, end: number) => void,
  from = 0,
  to = xml.length,
): void {
  const open = `<${tag}`;
  let at = xml.indexOf(open, from);

  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    const end = xml.indexOf('>', at);
    if (end < 0) return;
    if (isNameEnd(next)) visit(at, end);
    at = xml.indexOf(open, end);
  }
}

/**
 * The text of every `<t>` element of a string item (`<si>`, `<is>`), joined, leaving out the
 * phonetic guides (`<rPh>`) that Japanese workbooks add under a string.
 */
export function joinedText(item: string, prefix: string): string {
  const phonetic = `<${prefix}rPh`;
  const close = `</${prefix}t>`;
  let text = '';
  let guide = item.indexOf(phonetic);
  let skipUntil = -1;

  eachTag(item, `${prefix}t`, (start, end) => {
    if (start < skipUntil || item[end - 1] === '/') return;
    while (guide >= 0 && guide < start) {
      skipUntil = item.indexOf(`</${prefix}rPh>`, guide);
      guide = item.indexOf(phonetic, guide + 1);
    }
    if (start < skipUntil) return;
    text += item.slice(end + 1, item.indexOf(close, end));
  });

  return decodeExcelEscapes(decodeXml(text));
}

/** The bounds of the first `<tag>…</tag>` element's content, or null when it is absent. */
export function elementContent(
  xml: string,
  tag: string,
  from = 0,
  to = xml.length,
): [number, number] | null {
  let found: [number, number] | null = null;

  eachTag(
    xml,
    tag,
    (_start, end) => {
      if (found) return;
      if (xml[end - 1] === '/') {
        found = [end, end];
        return;
      }
      const close = xml.indexOf(`</${tag}>`, end);
      found = [end + 1, close < 0 ? to : close];
    },
    from,
    to,
  );
  return found;
}
