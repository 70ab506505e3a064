import { ApiFailure, type Client } from '../../src-shared/api/client';
import { invalidatedBy, type Read, type ReadFilter } from './invalidation';

/** What the screens know of one read: its answer, or why it failed; neither while the first call is out. */
export interface ReadState {
  data?: unknown;
  error?: unknown;
}

interface Entry {
  read: Read;
  state: ReadState;
  listeners: Set<() => void>;
  loading: boolean;
  /** Made out of date while its call was out: the answer on its way may predate the change. */
  outdated: boolean;
  forget?: ReturnType<typeof setTimeout>;
}

const NOTHING_YET: ReadState = {};

/** How long an answer no screen is showing is kept, for a screen that comes back to it. */
export const KEEP_UNSEEN_MS = 5 * 60_000;

/**
 * The answers the screens show, one per method and input, each asked for once however many screens
 * show it, and kept until a call changes what it answered: then the ones on screen are asked for
 * again and the rest forgotten, to be asked for when next shown.
 */
export function createQueryCache(client: Client) {
  const entries = new Map<string, Entry>();
  const keyOf = ({ method, input }: Read) => `${method} ${JSON.stringify(input)}`;

  const load = (entry: Entry) => {
    if (entry.loading) {
      entry.outdated = true;
      return;
    }
    entry.loading = true;
    entry.outdated = false;
    client
      .call(entry.read.method, entry.read.input as never)
      .then(
        (data): ReadState => ({ data }),
        (error: unknown): ReadState => ({ error }),
      )
      .then((state) => {
        entry.loading = false;
        entry.state = state;
        for (const listener of entry.listeners) listener();
        if (entry.outdated && entry.listeners.size > 0) load(entry);
      });
  };

  const invalidate = (filter: ReadFilter) => {
    for (const [key, entry] of entries) {
      if (!filter(entry.read)) continue;
      if (entry.listeners.size > 0) {
        load(entry);
      } else {
        clearTimeout(entry.forget);
        entries.delete(key);
      }
    }
  };

  return {
    /** What is known of a read now: the same object until its answer changes. */
    state: (read: Read): ReadState => entries.get(keyOf(read))?.state ?? NOTHING_YET,

    /** Shows a read on a screen: asks for it unless its answer is kept or already on its way. */
    watch(read: Read, listener: () => void): () => void {
      const key = keyOf(read);
      let entry = entries.get(key);
      if (!entry) {
        entry = { read, state: NOTHING_YET, listeners: new Set(), loading: false, outdated: false };
        entries.set(key, entry);
      }
      // Asked for the first time, or asked again after a failure (the reason may have passed).
      if (!entry.loading && (entry.state === NOTHING_YET || entry.state.error !== undefined)) load(entry);
      clearTimeout(entry.forget);
      entry.listeners.add(listener);
      const watched = entry;
      return () => {
        watched.listeners.delete(listener);
        if (watched.listeners.size === 0) {
          watched.forget = setTimeout(() => entries.get(key) === watched && entries.delete(key), KEEP_UNSEEN_MS);
        }
      };
    },

    /** For changes made elsewhere (the command line, another window): every read is out of date. */
    refresh: () => invalidate(() => true),

    /** Any call to the app; when it changed something, the answers it made out of date are asked for again. */
    call: (async (method, input) => {
      try {
        const output = await client.call(method, input);
        invalidate(invalidatedBy(method, input, output));
        return output;
      } catch (error) {
        // A refusal (bad input, a conflict) changed nothing; after any other failure (a lost reply,
        // say) there is no knowing, so it is taken to have changed what it would have.
        if (!(error instanceof ApiFailure) || error.error.code === 'failed') {
          invalidate(invalidatedBy(method, input, undefined));
        }
        throw error;
      }
    }) as Client['call'],
  };
}
