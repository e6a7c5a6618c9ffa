import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../../extension/entrypoints/sidepanel/side-panel-route.ts';

describe('side panel routes', () => {
  it.each([
    ['', '', { view: 'follow' }],
    ['#/list', '', { view: 'list' }],
    ['#/unit', '', { view: 'unit' }],
    ['#/p/hcm-gd-04', '', { view: 'procedure', key: 'hcm-gd-04' }],
    ['', '?code=2.000815', { view: 'procedure', key: '2.000815' }],
    ['#/p/2.000815', '?code=1.001193', { view: 'procedure', key: '2.000815' }],
  ] as const)('%s %s', (hash, search, route) => {
    expect(parseRoute(hash, search)).toEqual(route);
    if (hash) expect(routeHref(route)).toBe(hash);
  });
});
