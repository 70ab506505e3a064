import { parseArgs } from 'node:util';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import { INDICATOR_STATUS_LABELS, type Indicator } from '../../src-shared/api/evaluation';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { dispatch } from '../services/dispatch';
import { createHandlers, type AllHandlers } from '../services/handlers';
import { WorkspaceOpenError } from '../store/errors';
import { openStore } from '../store/store';

// wge evaluate --db FILE (--work-group CODE | --hub) [--json] [--as-of YYYY-MM-DD]
// --json prints exactly what the service returns; otherwise a table to read.

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}
class Failure extends Error {}

function call<M extends Method>(handlers: AllHandlers, method: M, input: Input<M>): Output<M> {
  const reply = dispatch(handlers, method, input);
  if (!reply.ok) {
    const field = reply.error.fields[0];
    if (reply.error.code !== 'invalid_input') throw new Failure(reply.error.message);
    throw new UsageError(field?.field === 'asOf' ? `--as-of: ${field.message}` : reply.error.message);
  }
  return reply.result as Output<M>;
}

const AS_OF = /^\d{4}-\d{2}-\d{2}$/;

function value(i: Indicator): string {
  if (i.value === null) return '–';
  if (i.unit === 'share') return `${Math.round(i.value * 100)}%`;
  return String(i.value);
}
const targetText = (i: Indicator) => (i.unit === 'share' ? `${Math.round(i.target * 100)}%` : String(i.target));

function printWorkGroup(result: Output<'evaluation.workGroup'>, io: Io): void {
  const w = result.workGroup;
  io.out(`${w.code}: ${w.name} (${w.academicYear}), as of ${formatDateGB(result.asOf)}`);
  io.out('');
  io.out('DfE Standard for teachers’ professional development');
  for (const s of result.standards) {
    io.out(`${s.label}: ${INDICATOR_STATUS_LABELS[s.status]}`);
    for (const i of s.indicators) {
      const due = i.due ? '' : ' (not due yet)';
      io.out(
        `  ${i.label.padEnd(70)} ${value(i).padStart(6)} / ${targetText(i).padStart(4)}  ${INDICATOR_STATUS_LABELS[i.status]}${due}  [${i.detail}]`,
      );
    }
  }
  io.out('');
  io.out('NCETM outcome areas (evidence: autumn / spring / summer / undated)');
  for (const a of result.areas) {
    const t = a.evidenceByTerm;
    const c = a.claimCounts;
    io.out(
      `  ${a.label.padEnd(30)} outcomes ${a.intendedOutcomes.length}  evidence ${t.autumn} / ${t.spring} / ${t.summer} / ${t.undated}  claims: ${c.measured} measured, ${c.triangulated} triangulated, ${c.anecdotal} anecdotal`,
    );
  }
  io.out('');
  io.out(result.gaps.length ? 'Gaps, most important first' : 'No gaps found so far.');
  for (const g of result.gaps) io.out(`  [${g.severity}] ${g.message}`);
  if (result.judgements.length) {
    io.out('');
    io.out('The Lead’s judgements');
    for (const j of result.judgements) io.out(`  ${j.subject}: ${j.rating}${j.narrative ? ` – ${j.narrative}` : ''}`);
  }
}

function printHub(result: Output<'evaluation.hub'>, io: Io): void {
  io.out(`Hub roll-up over ${result.workGroupCount} Work Groups (pupil counts under ${result.suppressBelow} withheld)`);
  for (const s of result.standards) {
    io.out(`${s.label}: ${s.met} met, ${s.partly} partly, ${s.notYet} not yet`);
    for (const i of s.indicators) {
      const summed = i.summed.suppressed
        ? 'withheld'
        : i.summed.value === null
          ? '–'
          : i.unit === 'share'
            ? `${Math.round(i.summed.value * 100)}%`
            : String(i.summed.value);
      io.out(
        `  ${i.label.padEnd(70)} ${String(i.met).padStart(3)} met ${String(i.partly).padStart(3)} partly ${String(i.notYet).padStart(3)} not yet   overall ${summed}`,
      );
    }
  }
  io.out('');
  io.out('Work Groups (code, year, met / partly / not yet, meetings, high-priority gaps)');
  for (const r of result.rows) {
    io.out(
      `  ${r.workGroup.code.padEnd(16)} ${r.workGroup.academicYear}  ${r.met} / ${r.partly} / ${r.notYet}  ${r.meetings} meetings  ${r.highGaps} gaps`,
    );
  }
}

/** Runs `wge evaluate` and returns its exit code. */
export function evaluate(args: string[], io: Io): number {
  try {
    let o: Record<string, string | boolean | undefined>;
    try {
      o = parseArgs({
        args,
        options: {
          db: { type: 'string' },
          json: { type: 'boolean' },
          'work-group': { type: 'string' },
          hub: { type: 'boolean' },
          'as-of': { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new UsageError(`${(error as Error).message.split('\n')[0]} Run "wge help" to see the options.`);
    }
    if (typeof o.db !== 'string' || o.db === '') throw new UsageError('--db FILE is required: the workspace to use.');
    const code = o['work-group'];
    if ((typeof code === 'string') === Boolean(o.hub)) {
      throw new UsageError('Give either --work-group CODE or --hub.');
    }
    const asOf = o['as-of'];
    if (asOf !== undefined && (typeof asOf !== 'string' || !AS_OF.test(asOf))) {
      throw new UsageError('--as-of must be a date written YYYY-MM-DD, for example 2026-03-31.');
    }
    const store = openStore(o.db);
    try {
      const handlers = createHandlers(store);
      if (o.hub) {
        const result = call(handlers, 'evaluation.hub', asOf ? { asOf } : {});
        if (o.json) io.out(JSON.stringify(result));
        else printHub(result, io);
        return 0;
      }
      const wanted = String(code).trim().toUpperCase();
      const group = call(handlers, 'workGroup.list', { includeArchived: true }).find((g) => g.code === wanted);
      if (!group)
        throw new Failure(`No Work Group has the code ${wanted}. Run "wge workgroup list --all" to see the codes.`);
      const result = call(handlers, 'evaluation.workGroup', { id: group.id, ...(asOf ? { asOf } : {}) });
      if (o.json) io.out(JSON.stringify(result));
      else printWorkGroup(result, io);
      return 0;
    } finally {
      store.close();
    }
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof Failure || error instanceof WorkspaceOpenError;
    io.err(`wge: ${known ? (error as Error).message : `unexpected error: ${String(error)}`}`);
    return usage ? 2 : 1;
  }
}
