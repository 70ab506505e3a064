import { ApiFailure, createClient, type Client, type Transport } from '../../src-shared/api/client';
import type { ApiResult } from '../../src-shared/api/errors';
import { createQueryCache } from './queryCache';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge to the main process. */
    wge?: { invoke: (method: string, input: unknown) => Promise<ApiResult<unknown>> };
  }
}

const ipcTransport: Transport = (method, input) => window.wge!.invoke(method, input);

// Browser mode: the page was let in by the one-time address `wge serve` printed, and its calls
// carry the cookie that gave it (the browser sends it; the page never sees it).
const httpTransport: Transport = async (method, input) => {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status === 401 || response.status === 403) {
    const message =
      'This page has lost its connection to Work Group Evaluator. Open the address that "wge serve" printed, or start it again.';
    return { ok: false, error: { code: 'failed', message, fields: [] } };
  }
  return (await response.json()) as ApiResult<unknown>;
};
// The printed address opened again in a browser already let in: its secret is no screen's address.
if (!window.wge && window.location.hash.startsWith('#s=')) window.history.replaceState(null, '', '/');

/** The answers the screens show (useQuery), kept until a call changes what they answered. */
export const queries = createQueryCache(createClient(window.wge ? ipcTransport : httpTransport));
// The workspace may have been changed from elsewhere (the command line, another browser tab) while
// the Lead was away from this window: what is on screen is read again when they come back.
window.addEventListener('focus', queries.refresh);

/** Calls the app; a call that changed something has the answers it made out of date asked for again. */
export const api: Client = { call: queries.call };

/** What to tell the user when a call fails: the service's own words, or a plain fallback. */
export const failureMessage = (error: unknown) =>
  error instanceof ApiFailure
    ? error.message
    : 'That did not work. Try again; if it keeps failing, restart Work Group Evaluator.';
