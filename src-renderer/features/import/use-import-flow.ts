// The preview being reviewed: which files were read, what each part became, which parts the
// consultant keeps. Screen state only; nothing is stored until confirm().
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';

import type { EngagementId } from '@core/model/ids';
import type { ImportRecord } from '@core/model/import-record';

import { uiActions } from '../../state/ui-store';
import { useImports } from '../../store/hooks';
import type { PartOptions, PartPreview, PreviewSession } from '../../tasks/import-types';
import { commitParts, previewFiles, reparsePart } from './import-actions';

export const partKey = (part: { fileIndex: number; partIndex: number }): string =>
  `${part.fileIndex}/${part.partIndex}`;

export interface ImportFlow {
  session: PreviewSession | null;
  busy: boolean;
  included: ReadonlySet<string>;
  open: (files: { name: string; bytes: Uint8Array }[]) => Promise<void>;
  reparse: (part: PartPreview, options: PartOptions) => Promise<void>;
  toggle: (part: PartPreview, on: boolean) => void;
  /** The earlier import of the same bytes in this engagement, if any. */
  importedBefore: (part: PartPreview) => ImportRecord | undefined;
  /** Chosen parts imported before, waiting for the consultant to confirm them again. */
  again: PartPreview[];
  /** Stores the chosen parts; parts imported before need `again` to be confirmed first. */
  confirm: (again?: boolean) => Promise<void>;
  cancelAgain: () => void;
  discard: () => void;
}

export function parts(session: PreviewSession | null): PartPreview[] {
  return (session?.files ?? []).flatMap((file) => (file.ok ? file.parts : []));
}

export function useImportFlow(engagementId: EngagementId, t: TFunction): ImportFlow {
  const [session, setSession] = useState<PreviewSession | null>(null);
  const [included, setIncluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [again, setAgain] = useState<PartPreview[]>([]);
  const imports = useImports(engagementId);
  const importedBefore = (part: PartPreview) =>
    imports?.find((record) => record.sha256 !== '' && record.sha256 === part.sha256);

  const busyWhile = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  const open = (files: { name: string; bytes: Uint8Array }[]) =>
    busyWhile(async () => {
      const opened = await previewFiles(files, t);
      if (!opened) return;
      setSession(opened);
      setIncluded(
        new Set(
          parts(opened)
            .filter((p) => p.accepted > 0)
            .map(partKey),
        ),
      );
    });

  const reparse = (part: PartPreview, options: PartOptions) =>
    busyWhile(async () => {
      if (!session) return;
      const updated = await reparsePart(session, part, options, t);
      if (!updated) return;
      setSession(replacePart(session, updated));
      setIncluded((keys) => withKey(keys, partKey(updated), updated.accepted > 0));
    });

  const confirm = (confirmedAgain = false) =>
    busyWhile(async () => {
      if (!session) return;
      const chosen = parts(session).filter((p) => included.has(partKey(p)) && p.accepted > 0);
      if (chosen.length === 0) {
        uiActions.pushNotice({ kind: 'error', text: t('import.nothingToImport') });
        return;
      }
      // The same bytes again would add the same bills a second time: ask before.
      const repeated = chosen.filter((part) => importedBefore(part) !== undefined);
      setAgain(confirmedAgain ? [] : repeated);
      if (repeated.length > 0 && !confirmedAgain) return;

      const result = await commitParts(session, engagementId, chosen, t);
      if (!result) return;

      const count = result.imports.reduce((sum, record) => sum + record.accepted, 0);
      const text = t('import.imported', { count, files: result.imports.length });
      uiActions.pushNotice({ kind: 'info', text });
      setSession(null);
    });

  return {
    session,
    busy,
    included,
    open,
    reparse,
    toggle: (part, on) => setIncluded((keys) => withKey(keys, partKey(part), on)),
    importedBefore,
    again,
    confirm,
    cancelAgain: () => setAgain([]),
    discard: () => setSession(null),
  };
}

function replacePart(session: PreviewSession, part: PartPreview): PreviewSession {
  const files = session.files.map((file) =>
    file.ok && file.fileIndex === part.fileIndex
      ? { ...file, parts: file.parts.map((p) => (p.partIndex === part.partIndex ? part : p)) }
      : file,
  );
  return { ...session, files };
}

function withKey(keys: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  const next = new Set(keys);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
