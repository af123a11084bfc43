// A French operator's detailed bill as the bench reads it, in the documented generic layout:
// semicolon, decimal comma, Windows-1252 with the euro sign, one row per line and month.

const HEADER = [
  'Numéro de ligne',
  'Utilisateur',
  'Centre de coût',
  'Période',
  'Forfait',
  'Prix forfait HT',
  'Data incluse (Mo)',
  'Voix incluse (min)',
  'Conso data (Mo)',
  'Conso voix (min)',
  'Conso SMS',
  'Hors forfait HT',
  'Options HT',
  'Frais ponctuels HT',
  'Total HT',
].join(';');

const PLANS = [
  { name: 'Pro 20 Go €', price: 19.99, dataMb: 20_480, voice: 'illimité' },
  { name: 'Essentiel 5 Go', price: 12, dataMb: 5_120, voice: '600' },
  { name: 'Data 100 Go', price: 30, dataMb: 102_400, voice: '0' },
];
const CENTRES = ['Siège', 'Ventes Île-de-France', 'Logistique Lyon', 'Après-vente', 'Direction'];

const decimal = (value: number): string => value.toFixed(2).replace('.', ',');

/** The bill's text: `rows` rows over 12 months, each line billed once a month. */
export function invoiceCsvText(rows: number): string {
  const lines = [HEADER];

  for (let i = 0; i < rows; i++) {
    const line = Math.floor(i / 12);
    const digits = String(10_000_000 + line).slice(-8);
    const number = `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    const plan = PLANS[line % PLANS.length];
    const data = ((i * 37) % 20_000) / 7;
    const extra = (i % 13) * 1.5;
    const options = line % 4 === 0 ? 3 : 0;
    const oneOff = i % 97 === 0 ? 25 : 0;
    lines.push(
      [
        number,
        `Utilisateur ${line % 5000} Dupré`,
        CENTRES[line % CENTRES.length],
        `2024-${String((i % 12) + 1).padStart(2, '0')}`,
        plan.name,
        decimal(plan.price),
        String(plan.dataMb),
        plan.voice,
        decimal(data),
        String(i % 400),
        String(i % 90),
        decimal(extra),
        decimal(options),
        decimal(oneOff),
        decimal(plan.price + extra + options + oneOff),
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
