import { useState } from 'react';

interface Props {
  value: number;
  onChange: (value: number) => void;
  label: string;
  min?: number;
  max?: number;
  testId?: string;
}

/** Parses what a French or English user types: '2,5' and '2.5' are the same number. */
export function parseTyped(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*(?:\.\d*)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number box that keeps what is being typed ('2,' on the way to '2,5') and reports only
 * valid values within bounds; the box turns red while the text is not one.
 */
export function NumberField({ value, onChange, label, min = 0, max, testId }: Props) {
  const [text, setText] = useState(String(value));

  const [seen, setSeen] = useState(value);

  // A value changed from outside replaces the text, unless the text already reads as it.
  if (value !== seen) {
    setSeen(value);
    if (parseTyped(text) !== value) setText(String(value));
  }

  const parsed = parseTyped(text);
  const valid = parsed !== null && parsed >= min && (max === undefined || parsed <= max);

  return (
    <input
      className={valid ? 'number-field' : 'number-field invalid'}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={!valid}
      data-testid={testId}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = parseTyped(event.target.value);
        if (next !== null && next >= min && (max === undefined || next <= max)) onChange(next);
      }}
    />
  );
}
