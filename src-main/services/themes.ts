import { DomainError } from '../../src-shared/api/errors';
import type { HubRollup } from '../../src-shared/api/evaluation';
import type { HubThemes, PassageInContext, ThemeFigures } from '../../src-shared/api/themes';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { pupilCount } from '../../src-shared/evaluation/hub';
import { indexSnapshot } from '../../src-shared/evaluation/snapshot';
import { countedAs, countedPassages, passageInContext, themeFiguresOf } from '../../src-shared/themes/figures';
import { STARTER_THEMES } from '../../src-shared/themes/starter';
import type { Store } from '../store/store';
import { evaluationService } from './evaluation';
import type { AllHandlers } from './handlers';
import { notFound, recordStore } from './records';

// A Work Group's codebook (starter themes, merging, the hub's mapping of one group's theme to
// another's) and the figures read from its coded passages. Creating, renaming, retiring and deleting
// themes, and coding and removing passages, are the records' own methods (theme.*, codedPassage.*).

type Fields = Record<string, unknown>;

/** The name themes are matched by across a hub: case, spacing and punctuation aside. */
export const matchKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function themesService(store: Store) {
  const records = recordStore(store);
  const evaluation = evaluationService(store);

  const liveTheme = (id: string) => {
    const theme = records.find('theme', id);
    if (!theme) throw notFound('theme');
    return theme;
  };
  const themesOf = (workGroupId: string) =>
    store
      .statement<[string], Fields>('SELECT * FROM theme WHERE work_group_id = ? AND deleted_at IS NULL')
      .all(workGroupId)
      .map((row) => records.toRecord('theme', row));

  const addStarter = (workGroupId: string, names: string[]): Fields[] => {
    const unknown = names.filter((n) => !STARTER_THEMES.some((s) => matchKey(s.name) === matchKey(n)));
    if (unknown.length > 0)
      throw new DomainError('invalid_input', `“${unknown[0]}” is not in the starter set. Choose themes from the list.`);
    const byKey = new Map(themesOf(workGroupId).map((t) => [matchKey(String(t['name'])), t]));
    const wanted = new Set(names.map(matchKey).filter((key) => !byKey.has(key)));
    // A narrower theme comes with its broader one, so it sits where the starter set puts it.
    for (const s of STARTER_THEMES) if (wanted.has(matchKey(s.name)) && s.parent) wanted.add(matchKey(s.parent));
    const added: Fields[] = [];
    for (const s of STARTER_THEMES) {
      const key = matchKey(s.name);
      if (!wanted.has(key) || byKey.has(key)) continue;
      const parent = s.parent ? byKey.get(matchKey(s.parent)) : undefined;
      // A broader theme the Lead has already put under another cannot take narrower ones (two levels).
      const parentId = parent && !parent['parentId'] ? (parent['id'] as string) : undefined;
      const theme = records.create('theme', {
        workGroupId,
        name: s.name,
        description: s.description,
        areas: s.areas,
        standards: [],
        retired: false,
        ...(parentId ? { parentId } : {}),
      });
      byKey.set(key, theme);
      added.push(theme);
    }
    return added;
  };

  const merge = (id: string, intoId: string): Fields => {
    if (id === intoId) throw new DomainError('invalid_input', 'Choose two different themes to merge.');
    const merged = liveTheme(id);
    let survivor = liveTheme(intoId);
    if (merged['workGroupId'] !== survivor['workGroupId'])
      throw new DomainError('invalid_input', 'Themes can only be merged within one Work Group’s codebook.');
    // A record's own fields, as an update takes them.
    const strip = ({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: Fields): Fields => fields;
    if (survivor['parentId'] === id) {
      const fields = strip(survivor);
      delete fields['parentId'];
      survivor = records.update('theme', intoId, fields);
    }
    // The merged theme's narrower themes move under the survivor, or beside it if it is narrower itself.
    const newParent = (survivor['parentId'] as string | undefined) ?? intoId;
    for (const child of themesOf(String(merged['workGroupId'])).filter((t) => t['parentId'] === id)) {
      records.update('theme', String(child['id']), { ...strip(child), parentId: newParent });
    }
    const passages = store
      .statement<[string, string], Fields>(
        `SELECT * FROM coded_passage WHERE work_group_id = ? AND deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM json_each(theme_ids) WHERE value = ?)`,
      )
      .all(String(merged['workGroupId']), id)
      .map((row) => records.toRecord('codedPassage', row));
    for (const passage of passages) {
      const themeIds = [...new Set((passage['themeIds'] as string[]).map((t) => (t === id ? intoId : t)))];
      records.update('codedPassage', String(passage['id']), { ...strip(passage), themeIds });
    }
    records.softDelete('theme', id);
    return records.find('theme', intoId)!;
  };

  const map = (themeId: string, sameAsId: string | null) => {
    const mappingOf = store.statement<[string], { same_as_id: string }>(
      'SELECT same_as_id FROM theme_mapping WHERE theme_id = ?',
    );
    const theme = liveTheme(themeId);
    if (sameAsId === null) {
      store.statement('DELETE FROM theme_mapping WHERE theme_id = ?').run(themeId);
      return { themeId, sameAsId: null };
    }
    const sameAs = liveTheme(sameAsId);
    if (sameAs['workGroupId'] === theme['workGroupId'])
      throw new DomainError(
        'invalid_input',
        'Both themes are in the same Work Group’s codebook. Merge them on that group’s Themes tab instead.',
      );
    // Counted as the theme the other is counted as, so a mapping never leads round in a circle.
    let target = sameAsId;
    for (let next = mappingOf.get(target); next; next = mappingOf.get(target)) target = next.same_as_id;
    if (target === themeId)
      throw new DomainError('invalid_input', 'That theme is already counted as this one. Choose another theme.');
    store
      .statement(
        `INSERT INTO theme_mapping (theme_id, same_as_id, updated_at) VALUES (@themeId, @target, @now)
         ON CONFLICT (theme_id) DO UPDATE SET same_as_id = @target, updated_at = @now`,
      )
      .run({ themeId, target, now: store.now() });
    return { themeId, sameAsId: target };
  };

  const figures = (workGroupId: string): ThemeFigures =>
    themeFiguresOf(indexSnapshot(evaluation.snapshot(workGroupId)));

  const passages = (input: {
    workGroupId: string;
    themeId?: string | undefined;
    caseKind?: 'participant' | 'focusChild' | 'school' | undefined;
    caseId?: string | undefined;
  }): PassageInContext[] => {
    const snapshot = evaluation.snapshot(input.workGroupId);
    const index = indexSnapshot(snapshot);
    return countedPassages(index)
      .filter((c) => !input.themeId || c.countedAs.includes(input.themeId))
      .filter((c) => !input.caseKind || !input.caseId || c.cases[input.caseKind].includes(input.caseId))
      .map(({ passage }) => {
        const list = snapshot[RECORD_KIND_SPECS[passage.recordKind].plural as 'journalEntries'] as unknown as Fields[];
        const record = list.find((r) => r['id'] === passage.recordId)!;
        return passageInContext(passage, index, String(record[passage.field] ?? ''));
      });
  };

  return {
    addStarter,
    merge,
    map,
    figures,
    passages,
    hub: (among: HubThemesAmong) => hubThemes(store, among),
  };
}

/** Which of the hub's Work Groups: those of a project, a year or a phase, or those given. */
export interface HubThemesAmong {
  projectId?: string | undefined;
  academicYear?: string | undefined;
  phase?: string | undefined;
  workGroupIds?: string[];
}

/**
 * Themes across the hub's Work Groups, straight from the tables (a hub holds forty groups' records,
 * and this reads only what it needs of them): each theme counted under its own name, or under the
 * name of the theme the hub mapped it to, matched whatever their case and punctuation. A broader
 * theme's passages include its narrower themes', as a group's own figures count them.
 */
export function hubThemes(store: Store, among: HubThemesAmong): HubThemes {
  const chosen = among.workGroupIds ? new Set(among.workGroupIds) : undefined;
  const groups = store
    .statement<{ year: string | null; project: string | null; phase: string | null }, { id: string; code: string }>(
      `SELECT w.id, w.code FROM work_group w LEFT JOIN project p ON p.id = w.project_id
       WHERE w.deleted_at IS NULL AND (@year IS NULL OR w.academic_year = @year)
         AND (@project IS NULL OR w.project_id = @project) AND (@phase IS NULL OR p.phase = @phase)
       ORDER BY w.code`,
    )
    .all({ year: among.academicYear ?? null, project: among.projectId ?? null, phase: among.phase ?? null })
    .filter((g) => !chosen || chosen.has(g.id));
  const inGroups = JSON.stringify(groups.map((g) => g.id));
  const themes = store
    .statement<
      [string],
      { id: string; work_group_id: string; name: string; parent_id: string | null; same_as: string | null }
    >(
      `SELECT t.id, t.work_group_id, t.name, t.parent_id, m.same_as_id AS same_as FROM theme t
       LEFT JOIN theme_mapping m ON m.theme_id = t.id
       WHERE t.deleted_at IS NULL AND t.work_group_id IN (SELECT value FROM json_each(?))`,
    )
    .all(inGroups);
  // The children each live passage's live record is about, by the kind of record it is in.
  const passages = store
    .statement<[string], { theme_ids: string; children: string }>(
      `SELECT p.theme_ids,
         CASE p.record_kind
           WHEN 'journalEntry' THEN j.focus_child_ids
           WHEN 'actionResearchCycle' THEN a.focus_child_ids
           WHEN 'observation' THEN json_array(o.focus_child_id)
           WHEN 'focusChild' THEN json_array(f.id)
           ELSE '[]' END AS children
       FROM coded_passage p
       LEFT JOIN journal_entry j ON p.record_kind = 'journalEntry' AND j.id = p.record_id AND j.deleted_at IS NULL
       LEFT JOIN action_research_cycle a ON p.record_kind = 'actionResearchCycle' AND a.id = p.record_id AND a.deleted_at IS NULL
       LEFT JOIN observation o ON p.record_kind = 'observation' AND o.id = p.record_id AND o.deleted_at IS NULL
       LEFT JOIN focus_child f ON p.record_kind = 'focusChild' AND f.id = p.record_id AND f.deleted_at IS NULL
       LEFT JOIN meeting m ON p.record_kind = 'meeting' AND m.id = p.record_id AND m.deleted_at IS NULL
       LEFT JOIN school_participation s ON p.record_kind = 'schoolParticipation' AND s.id = p.record_id AND s.deleted_at IS NULL
       WHERE p.deleted_at IS NULL AND p.work_group_id IN (SELECT value FROM json_each(?))
         AND coalesce(j.id, a.id, o.id, f.id, m.id, s.id) IS NOT NULL`,
    )
    .all(inGroups);

  // The first group's spelling (by code) names a theme matched across groups.
  const order = new Map(groups.map((g, i) => [g.id, i]));
  themes.sort((a, b) => order.get(a.work_group_id)! - order.get(b.work_group_id)! || (a.name < b.name ? -1 : 1));
  const byId = new Map(themes.map((t) => [t.id, t]));
  /** The theme a mapped theme is counted as, followed to its end (a theme it was mapped to may be mapped since). */
  const countedWith = (t: (typeof themes)[number]) => {
    const seen = new Set([t.id]);
    let target = t;
    for (let next = byId.get(target.same_as ?? ''); next && !seen.has(next.id); next = byId.get(next.same_as ?? '')) {
      seen.add(next.id);
      target = next;
    }
    return target;
  };
  const target = new Map(themes.map((t) => [t.id, countedWith(t)]));
  const keyOf = new Map(themes.map((t) => [t.id, matchKey(target.get(t.id)!.name)]));
  const nameOf = new Map<string, string>();
  for (const t of themes)
    if (target.get(t.id) === t && !nameOf.has(keyOf.get(t.id)!)) nameOf.set(keyOf.get(t.id)!, t.name);
  for (const t of themes) if (!nameOf.has(keyOf.get(t.id)!)) nameOf.set(keyOf.get(t.id)!, target.get(t.id)!.name);
  const broaderOf = (id: string) => {
    const parentId = byId.get(id)?.parent_id;
    return parentId && byId.has(parentId) ? parentId : undefined;
  };

  const passagesOf = new Map<string, number>();
  const perKey = new Map<string, { passages: number; children: Set<string> }>();
  for (const p of passages) {
    const ids = countedAs(
      (JSON.parse(p.theme_ids) as string[]).filter((id) => byId.has(id)),
      broaderOf,
    );
    for (const id of ids) passagesOf.set(id, (passagesOf.get(id) ?? 0) + 1);
    for (const key of new Set(ids.map((id) => keyOf.get(id)!))) {
      const entry = perKey.get(key) ?? perKey.set(key, { passages: 0, children: new Set() }).get(key)!;
      entry.passages += 1;
      for (const child of JSON.parse(p.children ?? '[]') as (string | null)[]) if (child) entry.children.add(child);
    }
  }
  const code = new Map(groups.map((g) => [g.id, g.code]));
  const rows = [...nameOf].map(([key, name]) => {
    const members = themes
      .filter((t) => keyOf.get(t.id) === key)
      .map((t) => {
        const sameAs = target.get(t.id)!;
        return {
          workGroupId: t.work_group_id,
          code: code.get(t.work_group_id)!,
          themeId: t.id,
          name: t.name,
          passages: passagesOf.get(t.id) ?? 0,
          ...(sameAs !== t
            ? { mappedTo: { themeId: sameAs.id, code: code.get(sameAs.work_group_id)!, name: sameAs.name } }
            : {}),
        };
      })
      .sort((a, b) => (a.code === b.code ? (a.name < b.name ? -1 : 1) : a.code < b.code ? -1 : 1));
    const entry = perKey.get(key);
    return {
      name,
      workGroups: new Set(members.map((m) => m.workGroupId)).size,
      workGroupsCoding: new Set(members.filter((m) => m.passages > 0).map((m) => m.workGroupId)).size,
      passages: entry?.passages ?? 0,
      focusChildren: pupilCount(entry?.children.size ?? 0),
      groups: members,
    };
  });
  rows.sort((a, b) => b.passages - a.passages || b.workGroups - a.workGroups || a.name.localeCompare(b.name, 'en-GB'));
  return { workGroups: groups.length, themes: rows };
}

/** The themes of a hub roll-up's own Work Groups: what the hub's workbook, summary and slides show. */
export const hubThemesOf = (store: Store, rollup: HubRollup): HubThemes =>
  hubThemes(store, { workGroupIds: rollup.rows.map((row) => row.workGroup.id) });

export function themesHandlers(
  store: Store,
): Pick<
  AllHandlers,
  | 'themes.addStarter'
  | 'themes.merge'
  | 'themes.map'
  | 'themeMapping.list'
  | 'evaluation.themes'
  | 'evaluation.themePassages'
  | 'evaluation.hubThemes'
> {
  const service = themesService(store);
  return {
    'themes.addStarter': ({ workGroupId, names }) =>
      store.transaction(() => service.addStarter(workGroupId, names)) as never,
    'themes.merge': ({ id, intoId }) => store.transaction(() => service.merge(id, intoId)) as never,
    'themes.map': ({ themeId, sameAsId }) => store.transaction(() => service.map(themeId, sameAsId)),
    'themeMapping.list': () =>
      store
        .statement<[], { theme_id: string; same_as_id: string }>(
          'SELECT theme_id, same_as_id FROM theme_mapping ORDER BY theme_id',
        )
        .all()
        .map((r) => ({ themeId: r.theme_id, sameAsId: r.same_as_id })),
    'evaluation.themes': ({ workGroupId }) => service.figures(workGroupId),
    'evaluation.themePassages': (input) => service.passages(input),
    'evaluation.hubThemes': (among) => service.hub(among),
  };
}
