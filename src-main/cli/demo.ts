import { DEFAULT_DEMO_SEED, DemoRefused, generateDemo, refuseUnlessNew, type DemoSummary } from '../demo/generate';
import { DEMO_SCALES, WORK_GROUPS_AT, type DemoScale } from '../demo/scales';
import { WorkspaceOpenError } from '../store/errors';
import { Failure, parse, passphrase, UsageError, type Io } from './common';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function describe(s: DemoSummary, seconds: number): string {
  return [
    `Demo workspace written (scale ${s.scale}, seed ${s.seed}) in ${seconds.toFixed(1)} s:`,
    `${count(s.workGroups, 'Work Group')}, ${count(s.schools, 'school')}, ${count(s.participants, 'participant')}, ${count(s.focusChildren, 'focus child', 'focus children')},`,
    `${count(s.journalEntries, 'journal entry', 'journal entries')}, ${count(s.observations, 'observation')}.`,
    'Every name in it is invented.',
  ].join('\n');
}

function options(args: string[]) {
  const o = parse(args, { scale: { type: 'string' }, seed: { type: 'string' } });
  if (typeof o.db !== 'string' || o.db === '') {
    throw new UsageError('--db FILE is required: the new demo workspace to write.');
  }
  if (!DEMO_SCALES.includes(o.scale as DemoScale)) {
    throw new UsageError(`--scale must be one of: ${DEMO_SCALES.join(', ')}.`);
  }
  const seedText = typeof o.seed === 'string' ? o.seed.trim() : String(DEFAULT_DEMO_SEED);
  const seed = Number(seedText);
  if (seedText === '' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
  }
  return { db: o.db, scale: o.scale as DemoScale, seed, json: Boolean(o.json), passphrase: passphrase(o) };
}

/** `wge demo --db FILE --scale group|hub|national [--seed N] [--json]`: a new workspace of fictional data. */
export function demo(args: string[], io: Io): number {
  const o = options(args);
  const total = WORK_GROUPS_AT[o.scale];
  const started = performance.now();
  const step = Math.max(1, Math.round(total / 20));
  const onProgress = (done: number) => {
    if (o.json || done === total || done % step !== 0) return;
    io.out(`  ${done} of ${total} Work Groups (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  };
  let summary: DemoSummary;
  try {
    // Refused before it says it is writing anything.
    refuseUnlessNew(o.db);
    if (!o.json && total > 1) io.out(`Writing ${count(total, 'Work Group')} of fictional data to ${o.db}…`);
    summary = generateDemo(o.db, { scale: o.scale, seed: o.seed, onProgress, passphrase: o.passphrase });
  } catch (error) {
    if (error instanceof DemoRefused || error instanceof WorkspaceOpenError) throw new Failure(error.message);
    throw new Failure(`The demo could not be written: ${String(error).replace(/\s+/g, ' ')}`);
  }
  const seconds = (performance.now() - started) / 1000;
  io.out(
    o.json ? JSON.stringify({ db: o.db, ...summary, seconds: Number(seconds.toFixed(2)) }) : describe(summary, seconds),
  );
  return 0;
}
