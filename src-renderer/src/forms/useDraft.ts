import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { api } from '../api';
import { useReads } from '../useQuery';
import type { Output } from '../../../src-shared/api/contract';
import type { Values } from './fieldSpec';
import { useFormContext } from './formContext';

/** Which form a draft belongs to, and the record it is about (erasing that record erases the draft). */
export interface DraftOf {
  /** "journalEntry:<id>", or "journalEntry:new:<parent id>" for a new record. */
  key: string;
  recordId?: string | undefined;
}

/** The records of a kind on this Work Group's page whose edit form holds a draft, for their list to mark. */
export function useDraftedRecords(kind: string): Set<string> {
  const { workGroupId } = useFormContext();
  const [state] = useReads(workGroupId ? [{ method: 'draft.list', input: { workGroupId } }] : []);
  const drafts = (state?.data as Output<'draft.list'> | undefined) ?? [];
  return new Set(drafts.flatMap((d) => (d.recordId && d.key === `${kind}:${d.recordId}` ? [d.recordId] : [])));
}

/** How long typing must pause before what is typed is kept. */
const PAUSE_MS = 300;

const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

// Every form's draft calls go one after another: a form opened again just after it was saved and
// closed reads its draft only once the save's removal of it has happened.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(work);
  queue = turn.catch(() => undefined);
  return turn;
}

/**
 * Keeps what a form holds as a draft in the workspace as it is typed (once typing pauses, and at once
 * when the form loses focus, is closed or the page is hidden), and brings it back when the form opens
 * again: after a change of tab, a reload or a restart. A form back to its starting values keeps none.
 */
export function useDraft<V extends Values>(
  draft: DraftOf | undefined,
  initial: V,
  values: V,
  setValues: (values: V) => void,
) {
  const { workGroupId } = useFormContext();
  const latest = useRef({ values, initial });
  useLayoutEffect(() => {
    latest.current = { values, initial };
  });
  // What the workspace holds for this form (as far as this form knows): a draft's fields, or nothing.
  const kept = useRef<Values | undefined>(undefined);
  // While the record is being saved nothing is kept: the save removes the draft, or fails and typing
  // goes on. What was saved is not kept either (a form closed by its own save closes after it).
  const saving = useRef(false);
  const saved = useRef<Values | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const key = draft?.key;
  const recordId = draft?.recordId;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!key || saving.current) return;
    const { values: now, initial: start } = latest.current;
    if (saved.current && same(now, saved.current)) return;
    if (same(now, start)) {
      if (!kept.current) return;
      kept.current = undefined;
      // A draft that could not be kept or removed says nothing here: saving the form still works.
      void inTurn(() => api.call('draft.discard', { key })).catch(() => undefined);
      return;
    }
    if (kept.current && same(kept.current, now)) return;
    kept.current = now;
    void inTurn(() =>
      api.call('draft.save', {
        key,
        fields: now,
        ...(workGroupId ? { workGroupId } : {}),
        ...(recordId ? { recordId } : {}),
      }),
    ).catch(() => undefined);
  }, [key, recordId, workGroupId]);

  // The form opens with its draft, unless something was typed before the draft arrived.
  const [loaded, setLoaded] = useState(!key);
  // A draft was brought back: a box that is closed until asked for opens to show it.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (!key) return;
    let current = true;
    inTurn(() => api.call('draft.get', { key }))
      .then((found) => {
        if (!current || !found || !same(latest.current.values, latest.current.initial)) return;
        kept.current = found.fields;
        // A draft holds the fields this same form kept.
        setValues({ ...latest.current.initial, ...found.fields } as V);
        setRestored(true);
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

  /** Throws the draft away: the Lead chose to, or the record it held was saved. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    kept.current = undefined;
    return key ? inTurn(() => api.call('draft.discard', { key })).catch(() => undefined) : Promise.resolve();
  }, [key]);

  /** Saves the record; once it is saved, its draft goes. */
  const save = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      clearTimeout(timer.current);
      saving.current = true;
      try {
        const result = await work();
        saved.current = latest.current.values;
        void discard();
        return result;
      } finally {
        saving.current = false;
      }
    },
    [discard],
  );

  /** What the form holds differs from what was saved: a draft is (or is about to be) kept. */
  const changed = !same(values, initial);
  /** The brought-back draft has been seen (its box closed, saved or discarded). */
  const forget = useCallback(() => setRestored(false), []);
  return { changed, restored, flush, discard, save, forget };
}
