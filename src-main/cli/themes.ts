import type { Output } from '../../src-shared/api/contract';
import { call, findWorkGroup, type Io, parse, UsageError, withWorkspace } from './common';

// wge themes --db FILE (--work-group CODE | --hub [--year 2025/26]) [--json]
// --json prints exactly what the service returns; otherwise each theme with its counts.

function printWorkGroup(heading: string, figures: Output<'evaluation.themes'>, io: Io): void {
  const { totals } = figures;
  const review = totals.needsReview ? ` (${totals.needsReview} awaiting review)` : '';
  io.out(`${heading}: ${figures.themes.length} themes, ${totals.passages} coded passages${review}`);
  if (figures.themes.length === 0) {
    io.out('The codebook is empty: add themes on the Work Group’s Themes tab.');
    return;
  }
  io.out(`  ${'Theme'.padEnd(40)} passages  records  participants  focus children  schools`);
  const top = figures.themes.filter((t) => !t.parentId || !figures.themes.some((p) => p.id === t.parentId));
  const line = (t: Output<'evaluation.themes'>['themes'][number], indent: string) =>
    io.out(
      `  ${`${indent}${t.name}${t.retired ? ' (retired)' : ''}`.padEnd(40)} ${String(t.passages).padStart(8)} ${String(t.records).padStart(8)} ${String(t.byParticipant.length).padStart(13)} ${String(t.byFocusChild.length).padStart(15)} ${String(t.bySchool.length).padStart(8)}`,
    );
  for (const theme of top) {
    line(theme, '');
    for (const narrower of figures.themes.filter((t) => t.parentId === theme.id)) line(narrower, '  ');
  }
}

function printHub(result: Output<'evaluation.hubThemes'>, io: Io): void {
  io.out(`Themes across ${result.workGroups} Work Groups, matched by name (pupil counts under 5 withheld)`);
  io.out(`  ${'Theme'.padEnd(40)} groups  coding  passages  focus children`);
  for (const t of result.themes) {
    const children = t.focusChildren.suppressed ? 'withheld' : String(t.focusChildren.value);
    io.out(
      `  ${t.name.padEnd(40)} ${String(t.workGroups).padStart(6)} ${String(t.workGroupsCoding).padStart(7)} ${String(t.passages).padStart(9)} ${children.padStart(15)}`,
    );
  }
}

/** wge themes --db FILE (--work-group CODE | --hub [--year 2025/26]) [--json] */
export async function themes(args: string[], io: Io): Promise<void> {
  const o = parse(args, { 'work-group': { type: 'string' }, hub: { type: 'boolean' }, year: { type: 'string' } });
  const code = o['work-group'];
  if ((typeof code === 'string') === Boolean(o.hub)) throw new UsageError('Give either --work-group CODE or --hub.');
  if (o.year !== undefined && !o.hub) throw new UsageError('--year goes with --hub.');
  await withWorkspace(o, (handlers) => {
    if (o.hub) {
      const result = call(handlers, 'evaluation.hubThemes', o.year ? { academicYear: String(o.year) } : {});
      return o.json ? io.out(JSON.stringify(result)) : printHub(result, io);
    }
    const group = findWorkGroup(handlers, code, '--work-group');
    const result = call(handlers, 'evaluation.themes', { workGroupId: group.id });
    return o.json ? io.out(JSON.stringify(result)) : printWorkGroup(`${group.code}: ${group.name}`, result, io);
  });
}
