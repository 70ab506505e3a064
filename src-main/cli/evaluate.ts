import type { Output } from '../../src-shared/api/contract';
import type { Indicator } from '../../src-shared/api/evaluation';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { EVIDENCE_STRENGTH } from '../../src-shared/domain/enums';
import { guskeyEvidenceText } from '../../src-shared/evaluation/guskeyLevels';
import { FIGURES, selfRatingsCaption, sessionsCaption } from '../../src-shared/evaluation/figures';
import { judgedBy, statusLabel } from '../../src-shared/evaluation/kindRules';
import { formatFigure } from '../../src-shared/evaluation/format';
import { formatCount } from '../../src-shared/evaluation/text';
import { call, findWorkGroup, type Io, parse, UsageError, withWorkspace } from './common';

// wge evaluate --db FILE (--work-group CODE | --hub) [--json] [--as-of YYYY-MM-DD]
// --json prints exactly what the service returns; otherwise a table to read.

const AS_OF = /^\d{4}-\d{2}-\d{2}$/;

const value = (i: Indicator) => formatFigure(i.value, i.unit);
const targetText = (i: Indicator) => formatFigure(i.target, i.unit);

function printWorkGroup(result: Output<'evaluation.workGroup'>, io: Io): void {
  const w = result.workGroup;
  io.out(`${w.code}: ${w.name} (${w.academicYear}), as of ${formatDateGB(result.asOf)}`);
  io.out(judgedBy(w.pdActivityType));
  const f = result.figures;
  io.out(
    `${FIGURES.schools.label} ${formatCount(f.schools)} · ${FIGURES.participants.label} ${formatCount(f.participants)} · ${FIGURES.focusChildren.label} ${formatCount(f.focusChildren)} · ${FIGURES.standardsMet.label} ${f.standardsMet} of ${f.standardsExpected}`,
  );
  io.out(
    `${sessionsCaption(f.sessions)}; ${FIGURES.attendance.label.toLowerCase()} ${formatFigure(f.attendance.rate, 'share')}`,
  );
  io.out(`Self-ratings: ${selfRatingsCaption(f.selfRatings)}`);
  io.out('');
  io.out('DfE Standard for teachers’ professional development');
  for (const s of result.standards) {
    io.out(`${s.label}: ${statusLabel(s.status, w.pdActivityType)}`);
    for (const i of s.indicators) {
      const due = i.due || i.status === 'not_expected' ? '' : ' (not due yet)';
      io.out(
        `  ${i.label.padEnd(70)} ${value(i).padStart(6)} / ${targetText(i).padStart(4)}  ${statusLabel(i.status, w.pdActivityType)}${due}  [${i.whyNotExpected ?? i.detail}]`,
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
  io.out('Evidence by Guskey’s level (records, strongest evidence)');
  for (const l of result.guskeyLevels) {
    const strength = l.strength ? EVIDENCE_STRENGTH.labels[l.strength].toLowerCase() : 'no strength given';
    io.out(`  ${l.label.padEnd(40)} ${guskeyEvidenceText(l)}; ${l.total === 0 ? 'none' : strength}`);
    if (l.missing) io.out(`    Missing: ${l.missing}`);
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
  const f = result.figures;
  io.out(
    `${FIGURES.schools.label} ${formatCount(f.schools)} (${formatCount(f.schoolPlaces)} ${FIGURES.schoolPlaces.label.toLowerCase()}) · ${FIGURES.participants.label} ${formatCount(f.participants)} · ${FIGURES.groupsMeetingAllFive.label} ${formatCount(f.groupsMeetingAllFive)}`,
  );
  io.out(
    `${sessionsCaption(f.sessions)}; ${FIGURES.attendance.label.toLowerCase()} ${formatFigure(f.attendance.rate, 'share')}`,
  );
  io.out('');
  for (const s of result.standards) {
    io.out(
      `${s.label}: ${s.met} met, ${s.partly} partly, ${s.notYet} not yet${s.notExpected ? `, ${s.notExpected} not expected of their kind` : ''}`,
    );
    for (const i of s.indicators) {
      const summed = i.summed.suppressed ? 'withheld' : formatFigure(i.summed.value, i.unit);
      io.out(
        `  ${i.label.padEnd(70)} ${String(i.met).padStart(3)} met ${String(i.partly).padStart(3)} partly ${String(i.notYet).padStart(3)} not yet   overall ${summed}`,
      );
    }
  }
  io.out('');
  io.out('Rules by kind of PD (groups, the rules they were judged by)');
  for (const k of result.kinds) io.out(`  ${k.label.padEnd(30)} ${String(k.workGroups).padStart(4)}  ${k.rules}`);
  io.out('');
  io.out(
    'Work Groups (code, year, standards met of those expected, indicators met / partly / not yet, whole-group meetings, high-priority gaps, rules)',
  );
  for (const r of result.rows) {
    io.out(
      `  ${r.workGroup.code.padEnd(16)} ${r.workGroup.academicYear}  ${r.standardsMet} of ${r.standardsExpected}  ${r.met} / ${r.partly} / ${r.notYet}  ${r.meetings} meetings  ${r.highGaps} gaps  ${r.rules}`,
    );
  }
}

/** wge evaluate --db FILE (--work-group CODE | --hub) [--json] [--as-of YYYY-MM-DD] */
export async function evaluate(args: string[], io: Io): Promise<void> {
  const o = parse(args, { 'work-group': { type: 'string' }, hub: { type: 'boolean' }, 'as-of': { type: 'string' } });
  const code = o['work-group'];
  if ((typeof code === 'string') === Boolean(o.hub)) throw new UsageError('Give either --work-group CODE or --hub.');
  const asOf = o['as-of'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !AS_OF.test(asOf))) {
    throw new UsageError('--as-of must be a date written YYYY-MM-DD, for example 2026-03-31.');
  }
  await withWorkspace(o, (handlers) => {
    if (o.hub) {
      const result = call(handlers, 'evaluation.hub', asOf ? { asOf } : {});
      return o.json ? io.out(JSON.stringify(result)) : printHub(result, io);
    }
    const group = findWorkGroup(handlers, code, '--work-group');
    const result = call(handlers, 'evaluation.workGroup', { id: group.id, ...(asOf ? { asOf } : {}) });
    return o.json ? io.out(JSON.stringify(result)) : printWorkGroup(result, io);
  });
}
