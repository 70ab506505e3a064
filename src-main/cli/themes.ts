import type { Output } from '../../src-shared/api/contract';
import { count } from '../../src-shared/evaluation/text';
import { INCLUDING_NARROWER } from '../../src-shared/themes/figures';
import type { AllHandlers } from '../services/handlers';
import { matchKey } from '../services/themes';
import { call, Failure, findWorkGroup, type Io, parse, UsageError, withWorkspace } from './common';

// wge themes --db FILE (--work-group CODE | --hub [--year 2025/26]) [--json]
// --json prints exactly what the service returns; otherwise each theme with its counts.
// wge themes map --db FILE --from CODE:"theme" --to CODE:"theme" (and unmap --from): the hub's mapping.

function printWorkGroup(heading: string, figures: Output<'evaluation.themes'>, io: Io): void {
  const { totals } = figures;
  const review = totals.needsReview ? ` (${totals.needsReview} awaiting review)` : '';
  io.out(`${heading}: ${figures.themes.length} themes, ${totals.passages} coded passages${review}`);
  if (figures.themes.some((t) => t.parentId)) io.out(`A broader theme's counts are ${INCLUDING_NARROWER}.`);
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
  io.out(
    `Themes across ${result.workGroups} Work Groups, matched by name or as the hub mapped them (${INCLUDING_NARROWER}; pupil counts under 5 withheld)`,
  );
  io.out(`  ${'Theme'.padEnd(40)} groups  coding  passages  focus children`);
  for (const t of result.themes) {
    const children = t.focusChildren.suppressed ? 'withheld' : String(t.focusChildren.value);
    io.out(
      `  ${t.name.padEnd(40)} ${String(t.workGroups).padStart(6)} ${String(t.workGroupsCoding).padStart(7)} ${String(t.passages).padStart(9)} ${children.padStart(15)}`,
    );
    // A mapped theme is shown under the theme it is counted with, so the hub sees what it joined.
    for (const g of t.groups.filter((member) => member.mappedTo))
      io.out(
        `      with ${g.code}: ${g.name} (${count(g.passages, 'passage')}), mapped to ${g.mappedTo!.code}: ${g.mappedTo!.name}`,
      );
  }
}

/** A theme named on the command line as CODE:"name", found in that Work Group's codebook. */
function findTheme(handlers: AllHandlers, given: unknown, option: string) {
  const [code, ...rest] = typeof given === 'string' ? given.split(':') : [];
  const name = rest.join(':').trim();
  if (!code || !name) throw new UsageError(`${option} is required: CODE:"theme", the Work Group's code and its theme.`);
  const group = findWorkGroup(handlers, code, option);
  const theme = call(handlers, 'theme.list', { workGroupId: group.id }).find(
    (t) => matchKey(t.name) === matchKey(name),
  );
  if (!theme)
    throw new Failure(
      `${group.code} has no theme called “${name}”. Run "wge themes --work-group ${group.code}" to see its themes.`,
    );
  return { code: group.code, ...theme };
}

/** wge themes map --from CODE:"theme" --to CODE:"theme" | unmap --from CODE:"theme" */
async function mapThemes(action: 'map' | 'unmap', args: string[], io: Io): Promise<void> {
  const o = parse(args, { from: { type: 'string' }, to: { type: 'string' } });
  if (action === 'unmap' && o.to !== undefined) throw new UsageError('unmap takes --from only: the theme mapped.');
  await withWorkspace(o, (handlers) => {
    const from = findTheme(handlers, o.from, '--from');
    const to = action === 'map' ? findTheme(handlers, o.to, '--to') : undefined;
    if (!to && !call(handlers, 'themeMapping.list', {}).some((m) => m.themeId === from.id))
      throw new Failure(`${from.code}: ${from.name} is not mapped to another theme, so there is nothing to undo.`);
    const result = call(handlers, 'themes.map', { themeId: from.id, sameAsId: to?.id ?? null });
    if (o.json) return io.out(JSON.stringify(result));
    io.out(
      to
        ? `${from.code}: ${from.name} is now counted as ${to.code}: ${to.name} in the themes across the hub. Undo with: wge themes unmap --from "${from.code}:${from.name}"`
        : `${from.code}: ${from.name} is counted under its own name again in the themes across the hub.`,
    );
  });
}

/** wge themes --db FILE (--work-group CODE | --hub [--year 2025/26]) [--json], or map / unmap */
export async function themes(args: string[], io: Io): Promise<void> {
  const [action, ...rest] = args;
  if (action === 'map' || action === 'unmap') return mapThemes(action, rest, io);
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
