import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal on <dialog>, so focus trapping and Escape come from the browser. */
export function ProtectDialog({ title, testId, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog protect-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid={testId}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}
