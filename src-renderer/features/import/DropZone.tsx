import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onFiles: (files: { name: string; bytes: Uint8Array }[]) => void;
  children: ReactNode;
}

/** Accepts files dropped anywhere on the screen; only their bytes are read here. */
export function DropZone({ onFiles, children }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

  const drop = async (event: DragEvent): Promise<void> => {
    event.preventDefault();
    setOver(false);
    const files = await Promise.all(
      Array.from(event.dataTransfer.files, async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOver(false);
      }}
      onDrop={(event) => void drop(event)}
    >
      {over && <div className="drop-veil">{t('import.dropNow')}</div>}
      {children}
    </div>
  );
}
