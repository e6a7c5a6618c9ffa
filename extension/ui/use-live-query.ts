import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../report-error.ts';

/**
 * The result of a Dexie query, re-run whenever the tables it read change. `undefined` until the
 * first result. Components read the database through this and never keep copies of rows.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => reportError('liveQuery', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query reads, as with useEffect.
  }, deps);
  return value;
}
