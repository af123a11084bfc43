// Picks the shell once at start-up; nothing else in the renderer looks at `window.fleetAudit`.
import { createContext, useContext } from 'react';

import type { DesktopBridge } from '@core/platform/ipc-contract';

import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

declare global {
  interface Window {
    fleetAudit?: DesktopBridge;
  }
}

export function detectPlatform(): Platform {
  return window.fleetAudit ? createDesktopPlatform(window.fleetAudit) : createWebPlatform();
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside PlatformContext');
  return platform;
}
