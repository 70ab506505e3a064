import { z } from 'zod';
import { contract, isMethod } from '../../src-shared/api/contract';
import { DomainError, type ApiError, type ApiResult } from '../../src-shared/api/errors';
import type { AllHandlers } from './handlers';

const fieldName = (path: PropertyKey[]) => path.map(String).join('.') || 'input';

export function invalidInput(error: z.ZodError): ApiError {
  const fields = error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: issue.code === 'unrecognized_keys' ? `Unexpected field: ${issue.keys.join(', ')}.` : issue.message,
  }));
  const more = fields.length - 1;
  const message = `${fields[0]!.message}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
  return { code: 'invalid_input', message, fields };
}

/** The one place every door hands a call to: parse the input, run the service, report plainly. */
export function dispatch(handlers: AllHandlers, method: string, rawInput: unknown): ApiResult<unknown> {
  if (!isMethod(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `There is no action called "${method}".`, fields: [] },
    };
  }
  const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, result: contract[method].output.parse(handler(parsed.data)) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
    console.error(`[wge] ${method} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'failed',
        message:
          'Something went wrong and nothing was saved. Try again; if it keeps happening, make a backup and report it.',
        fields: [],
      },
    };
  }
}
