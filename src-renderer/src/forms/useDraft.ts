import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { Values } from './fieldSpec';
import { useFormContext } from './formContext';

/** Which form a draft belongs to, and the record it is about (erasing that record erases the draft). */
export interface DraftOf {
  /** "journalEntry:<id>", or "journalEntry:new:<parent id>" for a new record. */
  key: string;
  recordId?: string | undefined;
}

/** How long typing must pause before what is typed is kept. */
const PAUSE_MS = 300;

const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps what a form holds as a draft in the workspace as it is typed (once typing pauses, and at once
 * when the form loses focus, is closed or the page is hidden), and brings it back when the form opens
 * again: after a change of tab, a reload or a restart. A form back to its starting values keeps none.
 */
export function useDraft(
  draft: DraftOf | undefined,
  initial: Values,
  values: Values,
  setValues: (values: Values) => void,
) {
  const { workGroupId } = useFormContext();
  // Whether the workspace holds a draft of this form (as far as this form has asked or written).
  const [kept, setKept] = useState(false);
  const latest = useRef({ values, initial, kept });
  useLayoutEffect(() => {
    latest.current = { values, initial, kept };
  });
  const written = useRef<Values | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Calls go one after another, so a discard after a save is never overtaken by it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = (work: () => Promise<unknown>) => {
    // A draft that could not be kept says nothing here: saving the form still works and says why not.
    queue.current = queue.current.then(work).catch(() => undefined);
    return queue.current;
  };
  const key = draft?.key;
  const recordId = draft?.recordId;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!key) return;
    const { values: now, initial: start } = latest.current;
    if (written.current && same(written.current, now)) return;
    written.current = now;
    if (same(now, start)) {
      if (!latest.current.kept) return;
      setKept(false);
      void enqueue(() => api.call('draft.discard', { key }));
      return;
    }
    setKept(true);
    void enqueue(() =>
      api.call('draft.save', {
        key,
        fields: now,
        ...(workGroupId ? { workGroupId } : {}),
        ...(recordId ? { recordId } : {}),
      }),
    );
  }, [key, recordId, workGroupId]);

  // The form opens with its draft, unless something was typed before the draft arrived.
  const [loaded, setLoaded] = useState(!key);
  useEffect(() => {
    if (!key) return;
    let current = true;
    api
      .call('draft.get', { key })
      .then((found) => {
        if (!current || !found || !same(latest.current.values, latest.current.initial)) return;
        written.current = found.fields;
        setKept(true);
        setValues({ ...latest.current.initial, ...found.fields });
      })
      .catch(() => undefined)
      .finally(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, [key, setValues]);

  useEffect(() => {
    if (!loaded) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, PAUSE_MS);
  }, [values, loaded, flush]);

  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', flush);
      // Closing the form (a change of tab) keeps what was typed.
      flush();
    };
  }, [flush]);

  /** The record was saved, or the Lead chose to throw the draft away. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    // What the form holds now is accounted for: closing it after a save keeps no draft of it.
    written.current = latest.current.values;
    setKept(false);
    if (key) return enqueue(() => api.call('draft.discard', { key }));
    return Promise.resolve();
  }, [key]);

  /** What the form holds differs from what was saved: a draft is (or is about to be) kept. */
  const changed = !same(values, initial);
  return { changed, flush, discard };
}
