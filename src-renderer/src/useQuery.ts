import { useCallback, useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import { api } from './api';

interface QueryState<M extends Method> {
  data?: Output<M>;
  error?: string;
}

/** Reads from the app through the contract, again whenever the input changes or reload() is called. */
export function useQuery<M extends Method>(method: M, input: Input<M>) {
  const key = JSON.stringify(input);
  const [state, setState] = useState<QueryState<M>>({});
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.call(method, JSON.parse(key) as Input<M>).then(
      (data) => current && setState({ data }),
      (error: Error) => current && setState({ error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [method, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

/** What useQuery gives, for a screen that reads once and hands the answer to its parts. */
export type Query<M extends Method> = ReturnType<typeof useQuery<M>>;
