// Registers the app:// scheme the packaged renderer is served from.
import { protocol } from 'electron';

import { createLogger } from '../../src-core/log/logger';
import { serveAppRequest } from './app-response';
import { APP_SCHEME } from './trust';

const log = createLogger('protocol');

/**
 * Must run before `app` is ready. `standard` and `secure` give the scheme an origin, storage
 * (IndexedDB) and a secure context; `supportFetchAPI` lets workers and fetch load assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves app:// from `rendererRoot` only; runs once the app is ready. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(rendererRoot, request);
    if (response.status !== 200)
      log.warn('Refused app request', { url: request.url, status: response.status });

    return response;
  });
}
