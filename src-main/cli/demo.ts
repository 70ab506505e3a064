import { parseArgs } from 'node:util';
import { DemoRefused, generateDemo, type DemoSummary } from '../demo/generate';
import { DEMO_SCALES, WORK_GROUPS_AT, type DemoScale } from '../demo/scales';
import { WorkspaceOpenError } from '../store/errors';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A problem with how the command was typed: exit 2 (as everywhere in wge). */
class UsageError extends Error {}

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
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        scale: { type: 'string' },
        seed: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} Run "wge help" to see the options.`);
  }
  if (!values.db) throw new UsageError('--db FILE is required: the new demo workspace to write.');
  if (!DEMO_SCALES.includes(values.scale as DemoScale)) {
    throw new UsageError(`--scale must be one of: ${DEMO_SCALES.join(', ')}.`);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (values.seed?.trim() === '' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
  }
  return { db: values.db, scale: values.scale as DemoScale, seed, json: Boolean(values.json) };
}

/** `wge demo --db FILE --scale group|hub|national [--seed N] [--json]`; returns the exit code. */
export function demo(args: string[], io: Io): number {
  try {
    const o = options(args);
    if (!o.json && o.scale !== 'group') {
      io.out(`Writing ${count(WORK_GROUPS_AT[o.scale], 'Work Group')} of fictional data to ${o.db}…`);
    }
    const started = performance.now();
    const step = Math.max(1, Math.round(WORK_GROUPS_AT[o.scale] / 20));
    const onProgress = (done: number, total: number) => {
      if (o.json || done === total || done % step !== 0) return;
      io.out(`  ${done} of ${total} Work Groups (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    };
    const summary = generateDemo(o.db, { scale: o.scale, seed: o.seed, onProgress });
    const seconds = (performance.now() - started) / 1000;
    io.out(
      o.json
        ? JSON.stringify({ db: o.db, ...summary, seconds: Number(seconds.toFixed(2)) })
        : describe(summary, seconds),
    );
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof DemoRefused || error instanceof WorkspaceOpenError;
    io.err(
      `wge: ${known ? (error as Error).message : `the demo could not be written: ${String(error).replace(/\s+/g, ' ')}`}`,
    );
    return usage ? 2 : 1;
  }
}
