import type { ApiError, ApiResult } from './errors';
import type { Input, Method, Output } from './contract';

/** Carries one call across whichever door the app is behind (IPC or HTTP). */
export type Transport = (method: Method, input: unknown) => Promise<ApiResult<unknown>>;

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }

  fieldMessage(field: string): string | undefined {
    return this.error.fields.find((f) => f.field === field)?.message;
  }
}

export interface Client {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const reply = await transport(method, input);
      if (!reply.ok) throw new ApiFailure(reply.error);
      return reply.result as never;
    },
  };
}
