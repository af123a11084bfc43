// Rebuilds an SVG logo from an allowlist before pdfmake draws it: only shapes, text, paint and
// internal references survive, so a logo can neither run a script nor fetch anything.
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
  'title',
  'desc',
  'style',
]);

// Element names compared lower-case; attribute names kept as written (SVG is case-sensitive).
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<[^>]*>|[^<]+/g;
const TAG = /^<(\/?)([A-Za-z][\w:.-]*)([\s\S]*?)(\/?)>$/;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*("[^"]*"|'[^']*')/g;

/** Whether an attribute's value points only inside the document (`#id`), or at nothing. */
function staysInside(name: string, value: string): boolean {
  const lower = value.toLowerCase();
  if (/^(xlink:)?href$/i.test(name) && !value.trim().startsWith('#')) return false;
  if (/javascript:|@import|expression\s*\(/.test(lower)) return false;
  return [...lower.matchAll(/url\(\s*['"]?([^)'"\s]*)/g)].every((match) => match[1][0] === '#');
}

/** Character data kept only when it carries no outside reference (a style sheet's `url(...)`). */
function text(token: string): string {
  const inner = token.startsWith('<![CDATA[') ? token.slice(9, -3) : token;
  if (inner.includes('<') || !staysInside('#text', inner)) return '';
  return inner;
}

function attributes(source: string): string {
  let kept = '';
  for (const [, name, quoted] of source.matchAll(ATTRIBUTE)) {
    if (/^on/i.test(name)) continue;
    if (staysInside(name, quoted.slice(1, -1))) kept += ` ${name}=${quoted}`;
  }
  return kept;
}

/** The SVG markup with only allowlisted elements and safe attributes; null if not a plain SVG. */
export function sanitiseSvg(markup: string): string | null {
  // A DOCTYPE can declare entities (expansion bombs, external files): no logo needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(markup)) return null;

  let out = '';
  let skipping = 0;
  for (const [token] of markup.matchAll(TOKEN)) {
    const tag = TAG.exec(token);
    if (!tag) {
      const data = !token.startsWith('<') || token.startsWith('<![CDATA[');
      if (skipping === 0 && data) out += text(token);
      continue;
    }

    const [, closing, rawName, rest, selfClosing] = tag;
    const known = ELEMENTS.has(rawName.toLowerCase());
    // An element outside the list is dropped with everything inside it.
    if (skipping > 0 || !known) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      skipping = Math.max(skipping, 0);
      continue;
    }
    out += closing ? `</${rawName}>` : `<${rawName}${attributes(rest)}${selfClosing}>`;
  }

  return /^\s*<svg[\s>]/i.test(out) ? out.trim() : null;
}
