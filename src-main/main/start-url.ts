// Which page the window opens, and so which origin the app trusts. Pure for tests.
import { APP_BASE_URL } from './trust';

export interface StartLocation {
  startUrl: string;
  /** The origin `isAppUrl` and the IPC sender check accept. */
  appBaseUrl: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function localDevServer(candidate: string | undefined): URL | null {
  if (!candidate) return null;

  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The packaged app always loads app://. An unpackaged one loads electron-vite's dev server
 * when `ELECTRON_RENDERER_URL` names one on this machine; never a remote page.
 */
export function chooseStartLocation(
  devServerUrl: string | undefined,
  isPackaged: boolean,
): StartLocation {
  const devServer = isPackaged ? null : localDevServer(devServerUrl);
  if (devServer) return { startUrl: devServer.href, appBaseUrl: `${devServer.origin}/` };

  return { startUrl: `${APP_BASE_URL}index.html`, appBaseUrl: APP_BASE_URL };
}
