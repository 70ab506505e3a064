import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers, type AllHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { caller, tempFolder } from '../../support/workspace';
import type { Input, Method, Output } from '../../../src-shared/api/contract';
import { recordSmallYear } from '../../support/year';
import { dispatchAsync } from '../../../src-main/services/dispatch';

/** Calls an async method through the same door the adapters use; fails the test on an error reply. */
export function asyncCaller(handlers: AllHandlers) {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const reply = await dispatchAsync(handlers, method, input);
    if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
    return reply.result as Output<M>;
  };
}

const show = (value: unknown) => (Buffer.isBuffer(value) ? `blob:${value.toString('hex')}` : value);

/** Every row of every table in the file (SQLite's own tables and the search index's shadow tables too). */
export function dumpEverything(store: Store): Record<string, unknown[]> {
  const tables = store.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((t) => t.name);
  return Object.fromEntries(
    tables.map((name) => [
      name,
      store.db
        .prepare(`SELECT * FROM "${name}"`)
        .raw()
        .all()
        .map((row) => (row as unknown[]).map(show))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ]),
  );
}

export const DOMAIN_TABLES = [
  'project',
  'school',
  'work_group',
  'school_participation',
  'participant',
  'reading',
  'meeting',
  'focus_child',
  'journal_entry',
  'attachment',
  'observation',
  'action_research_cycle',
  'impact_claim',
  'judgement',
  'theme',
  'coded_passage',
];

/** The Work Group data and the search index: what two machines must agree on after an exchange. */
export function dumpDomain(store: Store): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of DOMAIN_TABLES) {
    dump[table] = store.db
      .prepare(`SELECT * FROM ${table} ORDER BY id`)
      .all()
      .map((row) => Object.fromEntries(Object.entries(row as object).map(([k, v]) => [k, show(v)])));
  }
  dump['search_index'] = store.db
    .prepare('SELECT kind, id, work_group_id, title, body FROM search_index ORDER BY id')
    .all();
  return dump;
}

const open: Store[] = [];
afterEach(() => {
  open.splice(0).forEach((store) => store.db.open && store.close());
});

/** One clock for every machine in a test, a second per tick, so "newer" is never left to chance. */
export function sharedClock(start = '2025-10-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}

/** A workspace on "another machine": its own file (and so its own workspace id), the shared clock. */
export function machine(now: () => string, name = 'workspace') {
  const path = join(tempFolder(), `${name}.wgdb`);
  const store = openStore(path, { now });
  open.push(store);
  const handlers = createHandlers(store);
  return { path, store, handlers, call: caller(handlers), callAsync: asyncCaller(handlers) };
}
export type Machine = ReturnType<typeof machine>;

/** Exports a Work Group from one machine and imports it on another, as the USB stick would. */
export async function carry(from: Machine, to: Machine, workGroupId: string, participantId?: string) {
  const exported = await from.callAsync('bundle.export', {
    workGroupId,
    ...(participantId ? { participantId } : {}),
  });
  return to.callAsync('bundle.import', { dataBase64: exported.dataBase64 });
}

/** The Lead's computer with a small year recorded, and the school's with the same Work Group from a bundle. */
export async function sharedByTwoComputers() {
  const now = sharedClock();
  const lead = machine(now, 'lead-laptop');
  const school = machine(now, 'school-laptop');
  const year = recordSmallYear(lead.call);
  await carry(lead, school, year.workGroup.id);
  return { lead, school, year };
}
