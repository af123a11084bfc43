// The web build works with the network cut: its service worker (built by
// scripts/vite-offline-sw.ts) precaches every file of the build. The desktop shell serves
// files from disk and needs none, so registration is skipped outside http(s).
import { createLogger } from '@core/log/logger';

const log = createLogger('service-worker');

export function registerServiceWorker(): void {
  const servedOverHttp =
    window.location.protocol === 'http:' || window.location.protocol === 'https:';
  if (!servedOverHttp || !('serviceWorker' in navigator) || import.meta.env.DEV) return;

  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(() => log.info('offline cache registered'))
    .catch((error: unknown) => log.warn('offline cache not registered', error));
}
