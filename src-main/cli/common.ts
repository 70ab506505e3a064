import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import type { ApiError } from '../../src-shared/api/errors';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import { dispatch, dispatchAsync } from '../services/dispatch';
import { createHandlers, type AllHandlers } from '../services/handlers';
import { openStore, type Store } from '../store/store';

// What every `wge` command shares: its output, its two kinds of error, reading options, opening the
// workspace and calling the contract exactly as the other doors do.

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A problem with how the command was typed: exit 2. */
export class UsageError extends Error {}
/** The command was understood but could not be carried out: exit 1. */
export class Failure extends Error {}

export type Options = Record<string, string | boolean | undefined>;

/** Field names in the contract, as the options that set them on the command line. */
const OPTION_FOR_FIELD: Record<string, string> = {
  code: '--code',
  name: '--name',
  academicYear: '--year',
  projectId: '--project',
  leadName: '--lead',
  asOf: '--as-of',
};

function explain(error: ApiError): Error {
  if (error.code !== 'invalid_input') return new Failure(error.message);
  const field = error.fields[0];
  const option = field && OPTION_FOR_FIELD[field.field];
  return new UsageError(option ? `${option}: ${field.message}` : error.message);
}

export function call<M extends Method>(handlers: AllHandlers, method: M, input: Input<M>): Output<M> {
  const reply = dispatch(handlers, method, input);
  if (!reply.ok) throw explain(reply.error);
  return reply.result as Output<M>;
}

export async function callAsync<M extends Method>(
  handlers: AllHandlers,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const reply = await dispatchAsync(handlers, method, input);
  if (!reply.ok) throw explain(reply.error);
  return reply.result as Output<M>;
}

/** Reads a command's options and any file names after them; every command also takes --db and --json. */
export function parseWithFiles(args: string[], options: ParseArgsConfig['options'] = {}) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { db: { type: 'string' }, json: { type: 'boolean' }, ...options },
      strict: true,
      allowPositionals: true,
    });
    return { o: values as Options, files: positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} Run "wge help" to see the options.`);
  }
}

/** Reads a command's options; every command also takes --db and --json. */
export function parse(args: string[], options: ParseArgsConfig['options'] = {}): Options {
  const { o, files } = parseWithFiles(args, options);
  if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". Run "wge help" to see the options.`);
  return o;
}

export function requireDb(db: unknown): string {
  if (typeof db !== 'string' || db === '') throw new UsageError('--db FILE is required: the workspace to use.');
  return db;
}

/** Opens the workspace for one command and always closes it again. */
export async function withWorkspace<T>(db: unknown, action: (handlers: AllHandlers, store: Store) => T | Promise<T>) {
  const store = openStore(requireDb(db));
  try {
    return await action(createHandlers(store), store);
  } finally {
    store.close();
  }
}

export function findWorkGroup(handlers: AllHandlers, code: unknown, option = '--code'): WorkGroup {
  if (typeof code !== 'string' || !code.trim()) throw new UsageError(`${option} is required: the Work Group's code.`);
  const wanted = code.trim().toUpperCase();
  const found = call(handlers, 'workGroup.list', { includeArchived: true }).find((g) => g.code === wanted);
  if (!found)
    throw new Failure(`No Work Group has the code ${wanted}. Run "wge workgroup list --all" to see the codes.`);
  return found;
}
