import type { z } from 'zod';

/**
 * `outside_year`: a date falls outside the Work Group's academic year; sent again with confirmOutsideYear, it is kept.
 * `cancelled`: long work was cancelled (job.cancel) before it finished; nothing was saved or written.
 */
export const API_ERROR_CODES = [
  'invalid_input',
  'outside_year',
  'not_found',
  'conflict',
  'unknown_method',
  'cancelled',
  'failed',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

/** What every door returns when a call fails: plain words for the user, field errors for forms. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fields: FieldError[];
}

const fieldName = (path: PropertyKey[]) => path.map(String).join('.') || 'input';

/** A schema's refusal as the doors and forms report it: each problem beside its field, the first in words. */
export function invalidInput(error: z.ZodError): ApiError {
  const fields = error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: issue.code === 'unrecognized_keys' ? `Unexpected field: ${issue.keys.join(', ')}.` : issue.message,
  }));
  const more = fields.length - 1;
  const message = `${fields[0]!.message}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
  return { code: 'invalid_input', message, fields };
}

export type ApiResult<T> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Thrown by services for a problem the user can put right; carried to the user as it is. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The message, followed by its first field's own message when that says more. */
  inFull(): string {
    const detail = this.fields[0]?.message;
    return detail && detail !== this.message ? `${this.message} ${detail}` : this.message;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}
