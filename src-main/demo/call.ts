import type { Input, Method, Output } from '../../src-shared/api/contract';
import { dispatch } from '../services/dispatch';
import type { AllHandlers } from '../services/handlers';

export type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

/** Every demo record goes in through the same door as a user's: parsed by the contract, checked by the services. */
export function contractCaller(handlers: AllHandlers): Call {
  return (method, input) => {
    const reply = dispatch(handlers, method, input);
    if (!reply.ok) {
      const fields = reply.error.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      throw new Error(`The demo could not record ${method}: ${reply.error.message}${fields ? ` (${fields})` : ''}`);
    }
    return reply.result as Output<typeof method>;
  };
}
