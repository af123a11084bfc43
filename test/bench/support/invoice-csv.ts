// A French operator's detailed bill as the bench reads it: semicolon, decimal comma,
// Windows-1252 with the euro sign, one row per line and month.

const HEADER =
  'Numéro de ligne;Période;Forfait;Prix forfait HT;Conso data (Mo);Conso voix (min);' +
  'Conso SMS;Hors forfait HT;Total HT';

/** The bill's text: `rows` rows over 12 months, each line billed once a month. */
export function invoiceCsvText(rows: number): string {
  const lines = [HEADER];

  for (let i = 0; i < rows; i++) {
    const line = Math.floor(i / 12);
    const digits = String(10_000_000 + line).slice(-8);
    const number = `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    const data = ((i * 37) % 20_000) / 7;
    const extra = (i % 13) * 1.5;
    lines.push(
      [
        number,
        `2024-${String((i % 12) + 1).padStart(2, '0')}`,
        line % 3 === 0 ? 'Pro 20 Go €' : 'Essentiel 5 Go',
        '19,99',
        data.toFixed(2).replace('.', ','),
        String(i % 400),
        String(i % 90),
        extra.toFixed(2).replace('.', ','),
        (19.99 + extra).toFixed(2).replace('.', ','),
      ].join(';'),
    );
  }

  return lines.join('\r\n') + '\r\n';
}

/** Windows-1252 bytes of text whose only non-ASCII characters are Latin-1 ones and '€'. */
export function toCp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    bytes[i] = char === '€' ? 0x80 : char.charCodeAt(0);
  }
  return bytes;
}
