// Text as XML may carry it: markup characters escaped, and the characters XML 1.0 forbids
// (most control characters, lone surrogates, U+FFFE/U+FFFF) dropped, since Excel refuses a
// file holding one of them.

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text escaped for an XML element or attribute, forbidden characters removed. */
export function xmlText(text: string): string {
  // Most cells hold plain text: one test spares them two replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID, '').replace(MARKUP, (c) => ENTITIES[c]);
}

/** `<t>` keeping its leading and trailing spaces, which Excel would otherwise trim. */
export function textElement(text: string): string {
  const escaped = xmlText(text);
  const spaced = /^\s|\s$/.test(escaped);
  return spaced ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}
