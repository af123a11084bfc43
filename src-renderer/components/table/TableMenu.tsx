import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';

interface Props {
  label: string;
  testId: string;
  children: ReactNode;
}

/**
 * A drop-down over a native <details>, which already opens with the keyboard and tells screen
 * readers it is expanded; this adds what a menu is expected to do besides: close on Escape
 * (focus back on its button), on a click elsewhere and once one of its buttons is chosen.
 */
export function TableMenu({ label, testId, children }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  const closeOnChoice = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('button')) close();
  };

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.current?.open) return;
      close();
      menu.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <details ref={menu} className="vtable-menu" data-testid={testId}>
      <summary className="button">{label}</summary>
      {/* Clicks bubble here from the menu's own buttons, which act on their own. */}
      <div className="vtable-menu-list" role="group" aria-label={label} onClick={closeOnChoice}>
        {children}
      </div>
    </details>
  );
}
