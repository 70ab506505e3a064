import { contract, isMethod } from '../../src-shared/api/contract';
import { DomainError, invalidInput, type ApiResult } from '../../src-shared/api/errors';
import type { AllHandlers } from './handlers';

function failure(method: string, error: unknown): ApiResult<never> {
  if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
  console.error(`[wge] ${method} failed:`, error);
  const message =
    'Something went wrong and nothing was saved. Try again; if it keeps happening, make a backup and report it.';
  return { ok: false, error: { code: 'failed', message, fields: [] } };
}

type Prepared =
  | { ok: false; reply: ApiResult<never> }
  | { ok: true; run: () => unknown; finish: (value: unknown) => ApiResult<unknown> };

/** Parses the input at the door; a call that gets past here reaches its service with valid input. */
function prepare(handlers: AllHandlers, method: string, rawInput: unknown): Prepared {
  if (!isMethod(method)) {
    const error = { code: 'unknown_method' as const, message: `There is no action called "${method}".`, fields: [] };
    return { ok: false, reply: { ok: false, error } };
  }
  const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return { ok: false, reply: { ok: false, error: invalidInput(parsed.error) } };
  const handler = handlers[method] as (input: unknown) => unknown;
  return {
    ok: true,
    run: () => handler(parsed.data),
    finish: (value) => ({ ok: true, result: contract[method].output.parse(value) }),
  };
}

/** Runs a call whose service answers at once (everything but the document exports). */
export function dispatch(handlers: AllHandlers, method: string, rawInput: unknown): ApiResult<unknown> {
  const call = prepare(handlers, method, rawInput);
  if (!call.ok) return call.reply;
  try {
    const value = call.run();
    if (value instanceof Promise) throw new Error(`${method} answers later: call it with dispatchAsync.`);
    return call.finish(value);
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
    return call.finish(await call.run());
  } catch (error) {
    return failure(method, error);
  }
}
