import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import type { ApiError } from '../../src-shared/api/errors';
import { PD_ACTIVITY_TYPES, type PdActivityType } from '../../src-shared/domain/enums';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import { createHandlers, type AllHandlers } from '../services/handlers';
import { dispatch } from '../services/dispatch';
import { WorkspaceOpenError } from '../store/errors';
import { openStore, type Store } from '../store/store';
import { startServer } from '../server/server';

const HELP = `wge: Work Group Evaluator from the command line

Usage: wge <command> [options]     (every command takes --db FILE, the workspace)

Commands:
  serve      --db F [--port N]                       open the app in your browser (127.0.0.1 only)
  workgroup  add --db F --code C --name N --year 2025/26 --project P [--type T] --lead NAME
             list --db F [--all] [--json]
             rename --db F --code C --name N
             archive --db F --code C [--restore]
  help                                               show this text

--project names a national project; a new name is added as a project of --type, one of: ${PD_ACTIVITY_TYPES.map((t) => t.replace('_', '-')).join(', ')}.
Errors are printed on one line. Exit codes: 0 done, 1 failed, 2 wrong usage.`;

/** A problem with how the command was typed: exit 2. */
class UsageError extends Error {}
/** The command was understood but could not be carried out: exit 1. */
class Failure extends Error {}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const OPTION_FOR_FIELD: Record<string, string> = {
  code: '--code',
  name: '--name',
  academicYear: '--year',
  project: '--project',
  pdActivityType: '--type',
  leadName: '--lead',
};

function explain(error: ApiError): Error {
  if (error.code !== 'invalid_input') return new Failure(error.message);
  const field = error.fields[0];
  const option = field && OPTION_FOR_FIELD[field.field];
  return new UsageError(option ? `${option}: ${field.message}` : error.message);
}

function call<M extends Method>(handlers: AllHandlers, method: M, input: Input<M>): Output<M> {
  const reply = dispatch(handlers, method, input);
  if (!reply.ok) throw explain(reply.error);
  return reply.result as Output<M>;
}

function parse(args: string[], options: ParseArgsConfig['options']) {
  try {
    return parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, ...options }, strict: true })
      .values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} Run "wge help" to see the options.`);
  }
}

function withWorkspace<T>(db: unknown, action: (handlers: AllHandlers, store: Store) => T): T {
  if (typeof db !== 'string' || db === '') throw new UsageError('--db FILE is required: the workspace to use.');
  const store = openStore(db);
  try {
    return action(createHandlers(store), store);
  } finally {
    store.close();
  }
}

function findByCode(handlers: AllHandlers, code: unknown): WorkGroup {
  if (typeof code !== 'string') throw new UsageError('--code is required: the Work Group to change.');
  const found = call(handlers, 'workGroup.list', { includeArchived: true }).find(
    (g) => g.code === code.trim().toUpperCase(),
  );
  if (!found) throw new Failure(`No Work Group has the code ${code}. Run "wge workgroup list --all" to see the codes.`);
  return found;
}

const describe = (g: WorkGroup) =>
  `${g.code}\t${g.name}\t${g.academicYear}\t${g.projectName}\t${g.leadName}\t${g.status}`;

/** The project named on the command line, created (with --type) the first time it is named. */
function projectId(handlers: AllHandlers, name: unknown, type: unknown): string {
  if (typeof name !== 'string' || !name.trim()) throw new UsageError('--project is required: the national project.');
  const existing = call(handlers, 'project.list', {}).find((p) => p.name.toLowerCase() === name.trim().toLowerCase());
  if (existing) return existing.id;
  const pdActivityType = (typeof type === 'string' ? type : 'work-group').replace('-', '_') as PdActivityType;
  return call(handlers, 'project.create', { name, pdActivityType, phase: 'cross_phase' }).id;
}

function workgroup(args: string[], io: Io): void {
  const [action, ...rest] = args;
  const text = { type: 'string' } as const;
  const print = (value: WorkGroup, json: unknown) => io.out(json ? JSON.stringify(value) : describe(value));
  switch (action) {
    case 'add': {
      const o = parse(rest, { code: text, name: text, year: text, project: text, type: text, lead: text });
      // One action: a new project named here lands only together with its Work Group.
      const created = withWorkspace(o.db, (h, store) =>
        store.transaction(() =>
          call(h, 'workGroup.create', {
            code: o.code as string,
            name: o.name as string,
            academicYear: o.year as string,
            projectId: projectId(h, o.project, o.type),
            leadName: o.lead as string,
          }),
        ),
      );
      return print(created, o.json);
    }
    case 'list': {
      const o = parse(rest, { all: { type: 'boolean' } });
      const groups = withWorkspace(o.db, (h) => call(h, 'workGroup.list', { includeArchived: Boolean(o.all) }));
      if (o.json) return io.out(JSON.stringify(groups));
      if (groups.length === 0) {
        return io.out(
          o.all
            ? 'No Work Groups yet. Add one with "wge workgroup add".'
            : 'No active Work Groups. Add --all to include archived ones.',
        );
      }
      return groups.forEach((g) => io.out(describe(g)));
    }
    case 'rename': {
      const o = parse(rest, { code: text, name: text });
      const renamed = withWorkspace(o.db, (h) =>
        call(h, 'workGroup.rename', { id: findByCode(h, o.code).id, name: o.name as string }),
      );
      return print(renamed, o.json);
    }
    case 'archive': {
      const o = parse(rest, { code: text, restore: { type: 'boolean' } });
      const changed = withWorkspace(o.db, (h) =>
        call(h, 'workGroup.archive', { id: findByCode(h, o.code).id, archived: !o.restore }),
      );
      return print(changed, o.json);
    }
    default:
      throw new UsageError(`"wge workgroup" needs one of: add, list, rename, archive. Run "wge help" for details.`);
  }
}

async function serve(args: string[], io: Io): Promise<void> {
  const o = parse(args, { port: { type: 'string' } });
  if (typeof o.db !== 'string') throw new UsageError('--db FILE is required: the workspace to open.');
  const port = o.port === undefined ? 0 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535.');
  const store = openStore(o.db);
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const running = await startServer(createHandlers(store), rendererDir, port).catch((error: Error) => {
    store.close();
    throw new Failure(`Browser mode could not start: ${error.message}. Try another --port.`);
  });
  io.out(`Work Group Evaluator is running. Open this address in your browser: ${running.url}`);
  io.out('Press Ctrl+C to stop.');
  const stop = () => void running.close().then(() => store.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs one command line and returns the exit code. */
export async function main(argv: string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return 0;
      case 'serve':
        await serve(args, io);
        return 0;
      case 'workgroup':
        workgroup(args, io);
        return 0;
      default:
        throw new UsageError(`"${command}" is not a wge command. Run "wge help" to see the commands.`);
    }
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof Failure || error instanceof WorkspaceOpenError;
    io.err(`wge: ${known ? (error as Error).message : `unexpected error: ${String(error)}`}`);
    return usage ? 2 : 1;
  }
}
