import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DesktopBridge } from '@core/platform/ipc-contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: { invoke: electron.invoke },
}));

let bridge: DesktopBridge;

beforeAll(async () => {
  await import('../../../../src-main/preload/index');
  bridge = electron.exposed.get('fleetAudit') as DesktopBridge;
});

beforeEach(() => {
  electron.invoke.mockReset();
});

describe('preload bridge', () => {
  it('exposes only window.fleetAudit, with named functions and no ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['fleetAudit']);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'openFiles', 'saveFile']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('calls the contract channels and unwraps the value', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { version: '0.1.0', shell: 'desktop' } });

    await expect(bridge.appInfo()).resolves.toEqual({ version: '0.1.0', shell: 'desktop' });
    expect(electron.invoke).toHaveBeenCalledWith('app-info', undefined);
  });

  it('sends the save request unchanged on file-save', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { saved: false, location: null } });
    const request = {
      title: 'Exporter',
      suggestedName: 'a.xlsx',
      filters: [],
      bytes: new Uint8Array([1]),
    };

    await bridge.saveFile(request);

    expect(electron.invoke).toHaveBeenCalledWith('file-save', request);
  });

  it('rejects with the coded payload, which survives the context bridge', async () => {
    const error = { code: 'file-too-large', detail: '600 MB', params: { file: 'parc.csv' } };
    electron.invoke.mockResolvedValue({ ok: false, error });

    await expect(bridge.openFiles({ title: 'x', filters: [], multiple: false })).rejects.toEqual(
      error,
    );
  });
});
