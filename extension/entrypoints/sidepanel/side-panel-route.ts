/**
 * What the side panel shows, from its address: `#/list` the worklist, `#/unit` the unit's own
 * items, `#/p/<key>` one procedure (as does `?code=<key>`, the older form); with none of them it
 * follows the procedure page in the active tab and shows the worklist when there is none.
 */
export type SidePanelRoute =
  | { view: 'follow' }
  | { view: 'list' }
  | { view: 'unit' }
  | { view: 'procedure'; key: string };

export function parseRoute(hash: string, search: string): SidePanelRoute {
  const procedure = /^#\/p\/(.+)$/.exec(hash);
  if (procedure) return { view: 'procedure', key: decodeURIComponent(procedure[1]!) };
  if (hash === '#/list') return { view: 'list' };
  if (hash === '#/unit') return { view: 'unit' };
  const code = new URLSearchParams(search).get('code');
  return code ? { view: 'procedure', key: code } : { view: 'follow' };
}

export function routeHref(route: SidePanelRoute): string {
  switch (route.view) {
    case 'procedure':
      return `#/p/${encodeURIComponent(route.key)}`;
    case 'list':
      return '#/list';
    case 'unit':
      return '#/unit';
    case 'follow':
      return '#/';
  }
}
