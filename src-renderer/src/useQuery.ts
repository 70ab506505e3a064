import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Input, Output } from '../../src-shared/api/contract';
import { failureMessage, queries } from './api';
import type { Read, ReadMethod } from './invalidation';
import type { ReadState } from './queryCache';

/**
 * Several reads through the query cache, answered from it when it holds them; the same array until
 * one of the answers changes (after a change elsewhere made it out of date).
 */
export function useReads(reads: Read[]): ReadState[] {
  const key = JSON.stringify(reads);
  const last = useRef<ReadState[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = (JSON.parse(key) as Read[]).map((read) => queries.watch(read, listener));
      return () => stops.forEach((stop) => stop());
    },
    [key],
  );
  const snapshot = () => {
    const states = reads.map((read) => queries.state(read));
    if (states.length !== last.current.length || states.some((state, i) => state !== last.current[i])) {
      last.current = states;
    }
    return last.current;
  };
  return useSyncExternalStore(subscribe, snapshot);
}

/** Reads from the app through the contract, kept until a change makes the answer out of date. */
export function useQuery<M extends ReadMethod>(method: M, input: Input<M>) {
  const [state] = useReads([{ method, input }]);
  return {
    data: state!.data as Output<M> | undefined,
    error: state!.error === undefined ? undefined : failureMessage(state!.error),
  };
}

/** What useQuery gives, for a screen that reads once and hands the answer to its parts. */
export type Query<M extends ReadMethod> = ReturnType<typeof useQuery<M>>;
