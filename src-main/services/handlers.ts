import type { AsyncMethod, Method, Output, ParsedInput } from '../../src-shared/api/contract';
import type { Store } from '../store/store';
import { attachmentHandlers } from './attachments';
import { exportHandlers } from './exports';
import { importHandlers } from '../import/handlers';
import { evaluationHandlers } from './evaluation';
import { exchangeHandlers } from './exchange';
import { recordHandlers } from './recordHandlers';
import { searchHandlers } from './search';
import { workGroupHandlers } from './workGroups';

type Handler<M extends Method> = (input: ParsedInput<M>) => M extends AsyncMethod ? Promise<Output<M>> : Output<M>;

/** The handlers for the contract's methods whose names start with Prefix. */
export type Handlers<Prefix extends string> = {
  [M in Method as M extends `${Prefix}${string}` ? M : never]: Handler<M>;
};

export type AllHandlers = { [M in Method]: Handler<M> };

/** Every service, bound to one open workspace. */
export function createHandlers(store: Store): AllHandlers {
  return {
    ...workGroupHandlers(store),
    ...recordHandlers(store),
    ...attachmentHandlers(store),
    ...searchHandlers(store),
    ...evaluationHandlers(store),
    ...exportHandlers(store),
    ...exchangeHandlers(store),
    ...importHandlers(store),
  };
}
