// The seam between the two shells. Components use `usePlatform()` and never ask which shell
// they run in; the desktop and web implementations differ only here.
import type { AppInfo, FileFilter, PickedFile, SaveFileResult } from '@core/platform/ipc-contract';

export type { AppInfo, FileFilter, PickedFile, SaveFileResult };

export interface OpenFilesOptions {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
}

export interface SaveFileOptions {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  mimeType: string;
}

export interface Platform {
  /** Lets the user choose files; resolves to [] when they cancel. */
  openFiles(options: OpenFilesOptions): Promise<PickedFile[]>;
  /** Saves bytes where the user says (desktop) or as a download (web). */
  saveFile(bytes: Uint8Array, options: SaveFileOptions): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
}
