import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Values } from './fieldSpec';

const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The saved record changed while its form stayed open and untouched (an Undo, an earlier version put
 * back from its History): the form starts again from the record as it is now. What is typed is never
 * replaced.
 */
export function useFollowRecord(record: Values, initial: Values, values: Values, restart: (record: Values) => void) {
  const latest = useRef({ record, untouched: same(values, initial), restart });
  useLayoutEffect(() => {
    latest.current = { record, untouched: same(values, initial), restart };
  });
  const key = JSON.stringify(record);
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    if (latest.current.untouched) latest.current.restart(latest.current.record);
  }, [key]);
}
