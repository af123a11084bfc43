// A file renamed to .csv, an image or a database dump decodes as cp1252 without complaint and
// would come out as a table of noise. Text exports hold almost no control characters.
const SAMPLE_CHARS = 65_536;
const MIN_CONTROLS = 8;
const MAX_SHARE = 0.01;

/** True when decoded text holds too many control characters to be a text export. */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;

  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, carriage return and form feed are text; other C0 codes are not.
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++;
  }
  return controls >= MIN_CONTROLS && controls > length * MAX_SHARE;
}
