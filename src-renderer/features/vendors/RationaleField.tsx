import { useState } from 'react';

interface Props {
  value: string;
  label: string;
  onCommit: (value: string) => void;
}

/** A text area that saves when the user leaves it, not on every keystroke. */
export function RationaleField({ value, label, onCommit }: Props) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);

  // A value changed from outside (an imported workbook) replaces what the box shows.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }

  return (
    <textarea
      className="rationale"
      rows={1}
      aria-label={label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => {
        if (text.trim() !== value) onCommit(text.trim());
      }}
    />
  );
}
