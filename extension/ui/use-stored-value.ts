import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The ref of an uncontrolled field that shows `stored`, the value in IndexedDB, except while the
 * person is in it; give the field `defaultValue={stored}` too. Remounting the field on each stored
 * change took the focus away in the middle of typing: a date input commits as soon as its parts
 * are filled, so typing a year saved year 2 and the digits that followed went nowhere.
 */
export function useStoredValue(stored: string): RefObject<HTMLInputElement | null> {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    if (input && input.ownerDocument.activeElement !== input) input.value = stored;
  }, [stored]);
  return ref;
}
