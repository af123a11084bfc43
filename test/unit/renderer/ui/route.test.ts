import { describe, expect, it } from 'vitest';

import { parseRoute, routeHref } from '@renderer/state/route';

describe('routes in the URL hash', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/e/abc', { name: 'engagement', engagementId: 'abc', area: 'data' }],
    ['#/e/abc/vendors', { name: 'engagement', engagementId: 'abc', area: 'vendors' }],
    ['#/e/abc/nowhere', { name: 'engagement', engagementId: 'abc', area: 'data' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes a link that reads back to the same route, even for odd ids', () => {
    const route = { name: 'engagement', engagementId: 'a/b c', area: 'checklist' } as const;

    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
