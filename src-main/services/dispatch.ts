import { ASYNC_METHODS, contract, isMethod, methods, type Method } from '../../src-shared/api/contract';
import { DomainError, invalidInput, type ApiResult } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import type { AllHandlers } from './handlers';

/** A call's answer broke the contract after its work was committed: the work may well have been saved. */
class AnswerAfterSaving extends Error {}

function failure(method: string, error: unknown): ApiResult<never> {
  if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
  console.error(`[wge] ${method} failed:`, error);
  const message =
    error instanceof AnswerAfterSaving
      ? 'This may have been saved, but the app could not read back the result. Reload the screen and check before you try again; if it keeps happening, make a backup and report it.'
      : 'Something went wrong and nothing was saved. Try again; if it keeps happening, make a backup and report it.';
  return { ok: false, error: { code: 'failed', message, fields: [] } };
}

/** Calls that copy or rebuild the whole file (VACUUM), which SQLite refuses inside a transaction. */
const WHOLE_FILE_METHODS: readonly Method[] = ['backup.create', 'trash.erase', 'retention.delete'];
/**
 * Reads that keep what they worked out (the hub roll-up keeps each group's figures): on a full disk
 * SQLite undoes the whole transaction around a failed keep, which would fail the read itself.
 */
const READS_THAT_KEEP: readonly Method[] = ['evaluation.hub'];
const ANSWERS_LATER: readonly Method[] = ASYNC_METHODS;

/**
 * Checks every answer of a workspace's services against the contract. A call that answers at once
 * runs in one transaction with the check of its answer, so a broken answer saves nothing. The rest
 * (documents, whole-file copies, reads that keep their figures) cannot hold one: a broken answer
 * from them is reported as work that may have been saved.
 */
export function bindToContract(handlers: AllHandlers, transaction: Store['transaction']): AllHandlers {
  const bound = methods.map((method) => {
    const handler = handlers[method] as (input: unknown) => unknown;
    const output = contract[method].output;
    const checkAfterSaving = (value: unknown) => {
      const checked = output.safeParse(value);
      if (!checked.success)
        throw new AnswerAfterSaving(`${method} answered outside its contract`, { cause: checked.error });
      return checked.data;
    };
    if (ANSWERS_LATER.includes(method))
      return [method, async (input: unknown) => checkAfterSaving(await handler(input))];
    if (WHOLE_FILE_METHODS.includes(method) || READS_THAT_KEEP.includes(method))
      return [method, (input: unknown) => checkAfterSaving(handler(input))];
    return [method, (input: unknown) => transaction(() => output.parse(handler(input)))];
  });
  return Object.fromEntries(bound) as unknown as AllHandlers;
}

type Prepared = { ok: false; reply: ApiResult<never> } | { ok: true; run: () => unknown };

/**
 * Parses the input at the door; a call that gets past here reaches its service with valid input.
 * Its answer is checked by the handlers themselves (bindToContract), inside the call's transaction.
 */
function prepare(handlers: AllHandlers, method: string, rawInput: unknown): Prepared {
  if (!isMethod(method)) {
    const error = { code: 'unknown_method' as const, message: `There is no action called "${method}".`, fields: [] };
    return { ok: false, reply: { ok: false, error } };
  }
  const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return { ok: false, reply: { ok: false, error: invalidInput(parsed.error) } };
  const handler = handlers[method] as (input: unknown) => unknown;
  return { ok: true, run: () => handler(parsed.data) };
}

/** Runs a call whose service answers at once (everything but the document exports). */
export function dispatch(handlers: AllHandlers, method: string, rawInput: unknown): ApiResult<unknown> {
  const call = prepare(handlers, method, rawInput);
  if (!call.ok) return call.reply;
  try {
    const value = call.run();
    if (value instanceof Promise) throw new Error(`${method} answers later: call it with dispatchAsync.`);
    return { ok: true, result: value };
  } catch (error) {
    return failure(method, error);
  }
}

/** The doors' way in: runs any call, waiting for the services that write documents. */
export async function dispatchAsync(
  handlers: AllHandlers,
  method: string,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  const call = prepare(handlers, method, rawInput);
  if (!call.ok) return call.reply;
  try {
    return { ok: true, result: await call.run() };
  } catch (error) {
    return failure(method, error);
  }
}
