import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import type { ApiError } from '../../src-shared/api/errors';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import { dispatch, dispatchAsync } from '../services/dispatch';
import { createHandlers, type AllHandlers } from '../services/handlers';
import { openStore, type OpenOptions, type Store } from '../store/store';

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

/** What every command takes: the workspace, its passphrase (if it has one) and --json. */
const COMMON_OPTIONS = {
  db: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Reads a command's options and any file names after them; every command also takes the COMMON_OPTIONS. */
export function parseWithFiles(args: string[], options: ParseArgsConfig['options'] = {}) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    });
    return { o: values as Options, files: positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} Run "wge help" to see the options.`);
  }
}

/** Reads a command's options; every command also takes the COMMON_OPTIONS. */
export function parse(args: string[], options: ParseArgsConfig['options'] = {}): Options {
  const { o, files } = parseWithFiles(args, options);
  if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". Run "wge help" to see the options.`);
  return o;
}

export function requireDb(db: unknown): string {
  if (typeof db !== 'string' || db === '') throw new UsageError('--db FILE is required: the workspace to use.');
  return db;
}

/** The workspace a command works on, which must already be there: only commands that create one may make it. */
export function existingDb(db: unknown): string {
  const path = requireDb(db);
  if (!existsSync(path))
    throw new Failure(
      `There is no workspace at ${path}. Check the name and folder; to start a new one, use "wge workgroup add" or "wge demo".`,
    );
  return path;
}

/**
 * A passphrase given to the command: in the file named by `option`, or else in the environment
 * variable. Never as a plain argument, which anyone on the computer can see in the list of processes.
 */
export function passphrase(o: Options, option = 'passphrase-file', variable = 'WGE_PASSPHRASE'): string | undefined {
  const file = o[option];
  if (typeof file !== 'string') return process.env[variable] || undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch {
    throw new Failure(`The passphrase file ${file} cannot be read. Check its name and folder.`);
  }
  if (!text) throw new UsageError(`The passphrase file ${file} is empty. Put the passphrase in it, on one line.`);
  return text;
}

/** How a command opens its workspace: with the passphrase given, if any. */
export const openOptions = (o: Options): OpenOptions => ({ passphrase: passphrase(o) });

/**
 * Opens the workspace for one command and always closes it again. A missing workspace is refused
 * unless the command is one that creates it (`mayCreate`), so a mistyped name leaves no file behind;
 * one created for a command that then fails is removed again.
 */
export async function withWorkspace<T>(
  o: Options,
  action: (handlers: AllHandlers, store: Store) => T | Promise<T>,
  { mayCreate = false } = {},
) {
  const path = mayCreate ? requireDb(o.db) : existingDb(o.db);
  const created = !existsSync(path);
  const store = openStore(path, openOptions(o));
  let done = false;
  try {
    const result = await action(createHandlers(store), store);
    done = true;
    return result;
  } finally {
    store.close();
    if (created && !done)
      for (const leftover of [path, `${path}-wal`, `${path}-shm`, `${path}.backups`])
        rmSync(leftover, { recursive: true, force: true });
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
