// The browser shell: files come from an <input type=file>, saves are downloads.
import type {
  AppInfo,
  OpenFilesOptions,
  PickedFile,
  Platform,
  SaveFileOptions,
  SaveFileResult,
} from './platform';

function pickWithInput(options: OpenFilesOptions): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

async function openFiles(options: OpenFilesOptions): Promise<PickedFile[]> {
  const files = await pickWithInput(options);

  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function saveFile(bytes: Uint8Array, options: SaveFileOptions): Promise<SaveFileResult> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = options.suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);

  return Promise.resolve({ saved: true, location: options.suggestedName });
}

function appInfo(): Promise<AppInfo> {
  return Promise.resolve({ version: __APP_VERSION__, shell: 'web' });
}

export function createWebPlatform(): Platform {
  return { openFiles, saveFile, appInfo };
}
