// The desktop bridge, declared once: main validates with these schemas, the preload exposes
// exactly these functions, and the renderer's desktop platform calls them by type.
import { z } from 'zod';

export const fileFilterSchema = z.object({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(30),
});

export const openFilesRequestSchema = z.object({
  title: z.string().max(200),
  filters: z.array(fileFilterSchema).max(10),
  multiple: z.boolean(),
});

export const saveFileRequestSchema = z.object({
  title: z.string().max(200),
  suggestedName: z.string().min(1).max(255),
  filters: z.array(fileFilterSchema).max(10),
  bytes: z.instanceof(Uint8Array),
});

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileResult {
  saved: boolean;
  /** Shown to the user ("saved to ..."); null when cancelled. */
  location: string | null;
}

export interface AppInfo {
  version: string;
  shell: 'desktop' | 'web';
}

/** Channel name to request schema and result type: the whole surface main listens on. */
export const ipcChannels = {
  'file-open': openFilesRequestSchema,
  'file-save': saveFileRequestSchema,
  'app-info': z.undefined(),
} as const;

export type IpcChannel = keyof typeof ipcChannels;

export interface IpcResults {
  'file-open': PickedFile[];
  'file-save': SaveFileResult;
  'app-info': AppInfo;
}

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]>;

/** What the preload puts on `window.fleetAudit`: named functions, nothing else. */
export interface DesktopBridge {
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
}
