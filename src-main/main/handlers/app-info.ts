import { app } from 'electron';

import type { AppInfo } from '../../../src-core/platform/ipc-contract';

/** 'app-info': what the About box shows. */
export function appInfo(): Promise<AppInfo> {
  return Promise.resolve({ version: app.getVersion(), shell: 'desktop' });
}
