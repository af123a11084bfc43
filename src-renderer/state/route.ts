// Where the user is lives in the URL hash, so a reload (or a bookmark in the web build)
// lands on the same screen. Stored data is never kept here.
import { useSyncExternalStore } from 'react';

export const AREAS = [
  'data',
  'dashboard',
  'method',
  'vendors',
  'checklist',
  'deliverables',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

export type Route = { name: 'home' } | { name: 'engagement'; engagementId: string; area: Area };

export function parseRoute(hash: string): Route {
  const match = /^#\/e\/([^/]+)(?:\/([a-z]+))?/.exec(hash);
  if (!match) return { name: 'home' };

  const area = AREAS.find((candidate) => candidate === match[2]) ?? 'data';
  return { name: 'engagement', engagementId: decodeURIComponent(match[1]), area };
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/';
  return `#/e/${encodeURIComponent(route.engagementId)}/${route.area}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
