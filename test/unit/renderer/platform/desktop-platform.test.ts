import { describe, expect, it, vi } from 'vitest';

import { AppError } from '@core/errors/app-error';
import type { DesktopBridge } from '@core/platform/ipc-contract';
import { createDesktopPlatform } from '@renderer/platform/desktop-platform';

function fakeBridge(overrides: Partial<DesktopBridge> = {}): DesktopBridge {
  return {
    openFiles: vi.fn().mockResolvedValue([]),
    saveFile: vi.fn().mockResolvedValue({ saved: true, location: '/home/a/rapport.pdf' }),
    appInfo: vi.fn().mockResolvedValue({ version: '0.1.0', shell: 'desktop' }),
    ...overrides,
  };
}

const filters = [{ name: 'Excel', extensions: ['xlsx'] }];

describe('createDesktopPlatform', () => {
  it('saves the bytes with the title, name and filters, leaving the MIME type behind', async () => {
    const bridge = fakeBridge();
    const bytes = new Uint8Array([1, 2, 3]);

    const result = await createDesktopPlatform(bridge).saveFile(bytes, {
      title: 'Exporter',
      suggestedName: 'audit.xlsx',
      filters,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });

    expect(result).toEqual({ saved: true, location: '/home/a/rapport.pdf' });
    expect(bridge.saveFile).toHaveBeenCalledWith({
      title: 'Exporter',
      suggestedName: 'audit.xlsx',
      filters,
      bytes,
    });
  });

  it('asks for files with the given options', async () => {
    const bridge = fakeBridge();

    await createDesktopPlatform(bridge).openFiles({ title: 'Importer', filters, multiple: true });

    expect(bridge.openFiles).toHaveBeenCalledWith({ title: 'Importer', filters, multiple: true });
  });

  it('rebuilds an AppError with its code and params from the payload main sent', async () => {
    const payload = { code: 'file-too-large', detail: '600 MB', params: { file: 'parc.csv' } };
    const bridge = fakeBridge({ openFiles: vi.fn().mockRejectedValue(payload) });

    const failure = createDesktopPlatform(bridge).openFiles({
      title: 'x',
      filters,
      multiple: false,
    });

    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({
      code: 'file-too-large',
      params: { file: 'parc.csv' },
    });
  });

  it('turns a failure without a code into an unknown AppError', async () => {
    const bridge = fakeBridge({ appInfo: vi.fn().mockRejectedValue(new Error('bridge gone')) });

    await expect(createDesktopPlatform(bridge).appInfo()).rejects.toMatchObject({
      code: 'unknown',
      message: 'bridge gone',
    });
  });
});
