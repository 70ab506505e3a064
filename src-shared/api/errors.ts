export const API_ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_method', 'failed'] as const;
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

  toApiError(): ApiError {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}
