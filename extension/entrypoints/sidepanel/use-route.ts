import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type SidePanelRoute } from './side-panel-route.ts';

/** The side panel's route, following `#` changes (links, back and forward). */
export function useRoute(): SidePanelRoute {
  const read = () => parseRoute(location.hash, location.search);
  const [route, setRoute] = useState<SidePanelRoute>(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
