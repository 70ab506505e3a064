import type { CaseKind, HubThemes, PassageInContext, ThemeFigures } from '../api/themes';
import { TERM_LABELS, TERMS, termOf, type Term } from '../calendar/academicYear';
import { RECORD_KIND_SPECS } from '../domain/recordKinds';
import { pupilCount } from '../evaluation/hub';
import type { SnapshotIndex, WorkGroupSnapshot } from '../evaluation/snapshot';
import { THRESHOLDS } from '../evaluation/targets';
import { count as counted } from '../evaluation/text';
import { CODABLE_FIELDS, type CodableKind } from './fields';

// What a Work Group's coded passages show: how often each theme occurs and where (participant, focus
// child, school, term, kind of record), the theme × case matrix, which themes occur together, and the
// change of the focus children whose records carry a theme beside the change of those whose do not.
// Defined once, over the evaluation snapshot: the screens, the command line and every document read these.

type Passage = WorkGroupSnapshot['codedPassages'][number];

/** Whose a passage is: the participants, focus children and schools its record belongs to, and when. */
export interface PassageCases {
  participant: string[];
  focusChild: string[];
  school: string[];
  term?: Term;
  date?: string;
}

/** Fields written at the start of the year, and at its end, for records with no date of their own. */
const START_FIELDS = new Set(['penPortraitStart', 'desiredChange', 'intendedImpact']);

/** The cases of a passage, read from its record; undefined when the record is not live in the snapshot. */
export function casesOf(passage: Passage, index: SnapshotIndex): PassageCases | undefined {
  const { snapshot } = index;
  const schoolOf = (participantId: string) => index.participant(participantId)?.schoolId;
  const ofParticipant = (participantId: string, children: string[], date?: string): PassageCases => ({
    participant: [participantId],
    focusChild: children,
    school: [schoolOf(participantId)].filter((s): s is string => Boolean(s)),
    ...(date ? { date, term: termOf(date) } : {}),
  });
  const undated = (): Term => (START_FIELDS.has(passage.field) ? 'autumn' : 'summer');
  const id = passage.recordId;
  switch (passage.recordKind) {
    case 'journalEntry': {
      const entry = snapshot.journalEntries.find((r) => r.id === id);
      return entry && ofParticipant(entry.participantId, entry.focusChildIds, entry.date);
    }
    case 'observation': {
      const observation = snapshot.observations.find((r) => r.id === id);
      const child = observation && index.child(observation.focusChildId);
      return child && ofParticipant(child.participantId, [child.id], observation.date);
    }
    case 'focusChild': {
      const child = index.child(id);
      return child && { ...ofParticipant(child.participantId, [child.id]), term: undated() };
    }
    case 'actionResearchCycle': {
      const cycle = snapshot.actionResearchCycles.find((r) => r.id === id);
      return cycle && ofParticipant(cycle.participantId, cycle.focusChildIds, cycle.startDate ?? cycle.endDate);
    }
    case 'meeting': {
      const meeting = index.meeting(id);
      return (
        meeting && {
          participant: meeting.attendeeIds,
          focusChild: [],
          school: meeting.hostSchoolId ? [meeting.hostSchoolId] : [],
          date: meeting.date,
          term: termOf(meeting.date),
        }
      );
    }
    case 'schoolParticipation': {
      const participation = snapshot.schoolParticipations.find((r) => r.id === id);
      return participation && { participant: [], focusChild: [], school: [participation.schoolId], term: undated() };
    }
  }
}

/** What every count of a theme says of itself, wherever it is shown. */
export const INCLUDING_NARROWER = 'including narrower themes';

/**
 * The themes a passage is counted under: its own, and the broader theme each sits under (two levels),
 * so that a broader theme's counts include its narrower themes' passages, each passage once.
 */
export function countedAs(themeIds: readonly string[], broaderOf: (themeId: string) => string | undefined): string[] {
  return [...new Set(themeIds.flatMap((id) => [id, broaderOf(id)].filter((t): t is string => t !== undefined)))];
}

/** A counted passage: its own live themes, and those it counts under (see countedAs). */
export interface CountedPassage {
  passage: Passage;
  cases: PassageCases;
  themeIds: string[];
  countedAs: string[];
}

/** The passages counted: live, in a live record, with their live themes only. */
export function countedPassages(index: SnapshotIndex): CountedPassage[] {
  const live = new Map(index.snapshot.themes.map((t) => [t.id, t]));
  const broaderOf = (id: string) => {
    const parentId = live.get(id)?.parentId;
    return parentId && live.has(parentId) ? parentId : undefined;
  };
  return index.snapshot.codedPassages.flatMap((passage) => {
    const cases = casesOf(passage, index);
    const themeIds = passage.themeIds.filter((t) => live.has(t));
    return cases && themeIds.length > 0
      ? [{ passage, cases, themeIds, countedAs: countedAs(themeIds, broaderOf) }]
      : [];
  });
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

type Spread = ThemeFigures['change'][number]['with'];

/** The spread of end-of-year change of a set of focus children; withheld when fewer than 5 are in it. */
function spreadOf(children: WorkGroupSnapshot['focusChildren']): Spread {
  const judged = children.flatMap((c) => (c.changeJudgement === undefined ? [] : [c.changeJudgement]));
  const enough = children.length >= THRESHOLDS.suppressBelow;
  return {
    n: pupilCount(children.length),
    judgements: enough
      ? [1, 2, 3, 4, 5].map((judgement) => ({ judgement, count: judged.filter((j) => j === judgement).length }))
      : null,
    median: enough ? median(judged) : null,
    notJudged: enough ? children.length - judged.length : 0,
  };
}

const childrenWord = (n: number) => (n === 1 ? '1 focus child' : `${n} focus children`);

/** The sentence beside a theme's change: always an association, never a cause, always with n. */
export function changeWording(theme: string, withTheme: Spread, without: Spread): string {
  if (withTheme.n.suppressed || withTheme.median === null) {
    return withTheme.n.value === 0
      ? `No focus child's records carry “${theme}” yet.`
      : `Fewer than ${THRESHOLDS.suppressBelow} focus children's records carry “${theme}”, or too few have a judgement of change yet, so their change is not shown.`;
  }
  const others =
    without.median === null
      ? 'too few other focus children to set beside them'
      : `a median of ${without.median} for the ${childrenWord(without.n.value ?? 0)} whose records do not`;
  return `The ${childrenWord(withTheme.n.value ?? 0)} whose records carry “${theme}” had a median judgement of change of ${withTheme.median} (1–5), beside ${others}. This is an association: it does not show that the theme caused the change.`;
}

/** The cases of a kind, in the order the matrix shows them, with their labels. */
function casesOfKind(index: SnapshotIndex, kind: CaseKind): { key: string; label: string }[] {
  const { snapshot } = index;
  switch (kind) {
    case 'participant':
      return snapshot.participants.map((p) => ({ key: p.id, label: p.name }));
    case 'focusChild':
      return snapshot.focusChildren.map((c) => ({ key: c.id, label: c.code }));
    case 'school':
      return snapshot.schools.map((s) => ({ key: s.id, label: s.name }));
  }
}

const tally = <T>(items: T[], key: (item: T) => string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

export function themeFiguresOf(index: SnapshotIndex): ThemeFigures {
  const { snapshot } = index;
  const counted = countedPassages(index);
  const themes = [...snapshot.themes].sort(
    (a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en-GB') || (a.id < b.id ? -1 : 1),
  );
  // A broader theme's figures include its narrower themes' passages; which themes occur together does not.
  const passagesOf = (themeId: string) => counted.filter((c) => c.countedAs.includes(themeId));
  const caseLists = {
    participant: casesOfKind(index, 'participant'),
    focusChild: casesOfKind(index, 'focusChild'),
    school: casesOfKind(index, 'school'),
  };
  const breakdownOf = (list: ReturnType<typeof passagesOf>, kind: CaseKind) => {
    const counts = tally(list, (c) => c.cases[kind]);
    return caseLists[kind].flatMap((c) => (counts.get(c.key) ? [{ ...c, count: counts.get(c.key)! }] : []));
  };

  const perTheme = themes.map((theme) => {
    const list = passagesOf(theme.id);
    const byTerm = tally(list, (c) => (c.cases.term ? [c.cases.term] : []));
    const byKind = tally(list, (c) => [c.passage.recordKind]);
    return {
      id: theme.id,
      name: theme.name,
      description: theme.description,
      ...(theme.parentId ? { parentId: theme.parentId } : {}),
      retired: theme.retired,
      passages: list.length,
      records: new Set(list.map((c) => c.passage.recordId)).size,
      needsReview: list.filter((c) => c.passage.needsReview).length,
      byParticipant: breakdownOf(list, 'participant'),
      byFocusChild: breakdownOf(list, 'focusChild'),
      bySchool: breakdownOf(list, 'school'),
      byTerm: TERMS.flatMap((t) => (byTerm.get(t) ? [{ key: t, label: TERM_LABELS[t], count: byTerm.get(t)! }] : [])),
      byRecordKind: (Object.keys(CODABLE_FIELDS) as CodableKind[]).flatMap((k) =>
        byKind.get(k) ? [{ key: k, label: RECORD_KIND_SPECS[k].heading, count: byKind.get(k)! }] : [],
      ),
    };
  });

  const matrixOf = (kind: CaseKind) => ({
    cases: caseLists[kind].map((c) => ({
      ...c,
      count: counted.filter((p) => p.cases[kind].includes(c.key)).length,
    })),
    cells: themes.map((theme) =>
      caseLists[kind].map((c) => {
        const ids = passagesOf(theme.id)
          .filter((p) => p.cases[kind].includes(c.key))
          .map((p) => p.passage.id);
        return { count: ids.length, passageIds: ids };
      }),
    ),
  });

  const change = themes.map((theme) => {
    const carrying = new Set(passagesOf(theme.id).flatMap((c) => c.cases.focusChild));
    const withTheme = spreadOf(snapshot.focusChildren.filter((c) => carrying.has(c.id)));
    const without = spreadOf(snapshot.focusChildren.filter((c) => !carrying.has(c.id)));
    return { themeId: theme.id, with: withTheme, without, wording: changeWording(theme.name, withTheme, without) };
  });

  return {
    themes: perTheme,
    matrix: { participant: matrixOf('participant'), focusChild: matrixOf('focusChild'), school: matrixOf('school') },
    coOccurrence: coOccurrenceOf(
      themes.map((t) => t.id),
      counted,
    ),
    change,
    totals: { passages: counted.length, needsReview: counted.filter((c) => c.passage.needsReview).length },
  };
}

/** Pairs of themes in the same record, and in the same or overlapping passages. */
function coOccurrenceOf(order: string[], counted: CountedPassage[]): ThemeFigures['coOccurrence'] {
  const position = new Map(order.map((id, i) => [id, i]));
  /** A pair of themes, named in the codebook's order. */
  const pairKey = (a: string, b: string) => (position.get(a)! < position.get(b)! ? `${a} ${b}` : `${b} ${a}`);
  const pairs = (these: string[], those: string[]) => [
    ...new Set(these.flatMap((a) => those.filter((b) => b !== a).map((b) => pairKey(a, b)))),
  ];
  const add = (counts: Map<string, number>, keys: string[]) => {
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const overlap = (x: Passage, y: Passage) =>
    x.field === y.field && x.startOffset < y.endOffset && y.startOffset < x.endOffset;

  const byRecord = new Map<string, typeof counted>();
  for (const c of counted) byRecord.set(c.passage.recordId, [...(byRecord.get(c.passage.recordId) ?? []), c]);
  const records = new Map<string, number>();
  const overlapping = new Map<string, number>();
  for (const list of byRecord.values()) {
    const themes = [...new Set(list.flatMap((c) => c.themeIds))];
    add(records, pairs(themes, themes));
    // Every two passages sharing words, and each passage with itself: its own themes share all its words.
    list.forEach((x, i) =>
      list.slice(i).forEach((y) => {
        if (overlap(x.passage, y.passage)) add(overlapping, pairs(x.themeIds, y.themeIds));
      }),
    );
  }
  return [...records]
    .map(([key, n]) => {
      const [themeId, otherId] = key.split(' ') as [string, string];
      return { themeId, otherId, records: n, overlapping: overlapping.get(key) ?? 0 };
    })
    .sort(
      (a, b) =>
        b.records - a.records ||
        b.overlapping - a.overlapping ||
        (a.themeId + a.otherId < b.themeId + b.otherId ? -1 : 1),
    );
}

/** How much of the text either side of a passage is shown with it. */
const CONTEXT_CHARS = 120;

/** A passage with its source and the words around it. */
export function passageInContext(passage: Passage, index: SnapshotIndex, text: string): PassageInContext {
  const kind = passage.recordKind;
  const cases = casesOf(passage, index);
  const before = text.slice(Math.max(0, passage.startOffset - CONTEXT_CHARS), passage.startOffset);
  const after = text.slice(passage.endOffset, passage.endOffset + CONTEXT_CHARS);
  return {
    id: passage.id,
    recordKind: kind,
    recordId: passage.recordId,
    field: passage.field,
    startOffset: passage.startOffset,
    endOffset: passage.endOffset,
    words: passage.words,
    themeIds: passage.themeIds,
    needsReview: passage.needsReview,
    source: index.has(kind, passage.recordId)
      ? index.item(kind, passage.recordId).label
      : RECORD_KIND_SPECS[kind].heading,
    fieldLabel: (CODABLE_FIELDS[kind] as Record<string, string>)[passage.field] ?? passage.field,
    ...(cases?.date ? { date: cases.date } : {}),
    before: passage.startOffset - CONTEXT_CHARS > 0 ? `…${before.trimStart()}` : before,
    after: passage.endOffset + CONTEXT_CHARS < text.length ? `${after.trimEnd()}…` : after,
  };
}

/** The themes an output leads with: those coded most often, at most `count` of them. */
export function leadingThemes(figures: ThemeFigures, count: number): ThemeFigures['themes'] {
  return figures.themes
    .filter((t) => t.passages > 0)
    .sort((a, b) => b.passages - a.passages || b.records - a.records || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, count);
}

type HubTheme = HubThemes['themes'][number];

/** The themes a hub's documents lead with: coded in the most passages across its groups, at most `count`. */
export function leadingHubThemes(hub: HubThemes, count: number): HubTheme[] {
  // The roll-up comes most coded first (see hubThemes).
  return hub.themes.filter((t) => t.passages > 0).slice(0, count);
}

/** How much a theme is coded across the hub, in words: "56 passages in 12 Work Groups, about 31 focus children". */
export function hubThemeReach(t: HubTheme): string {
  const children =
    t.focusChildren.suppressed || !t.focusChildren.value
      ? ''
      : `, about ${counted(t.focusChildren.value, 'focus child', 'focus children')}`;
  return `${counted(t.passages, 'passage')} in ${counted(t.workGroupsCoding, 'Work Group')}${children}`;
}

/** The other names a theme matched across the hub goes by in the groups' codebooks, with their groups. */
export function otherNames(t: HubTheme): string[] {
  const names = new Map<string, string[]>();
  for (const g of t.groups) if (g.name !== t.name) names.set(g.name, [...(names.get(g.name) ?? []), g.code]);
  return [...names].map(([name, codes]) => `${name} (${codes.join(', ')})`);
}

const STRENGTH_RANK: Record<string, number> = { measured: 3, triangulated: 2, anecdotal: 1 };
/** A passage reads well on its own between these lengths: a sentence, not a word or a page. */
const READABLE = { min: 40, max: 280 };

/**
 * A theme's strongest passages, for the documents: from the records tagged with the strongest
 * evidence first, then those that read as a whole sentence, then the latest; never one awaiting review.
 */
export function strongestPassages(index: SnapshotIndex, themeId: string, count: number): Passage[] {
  const strength = (p: Passage) => {
    const list = index.snapshot[RECORD_KIND_SPECS[p.recordKind].plural as 'journalEntries'] as { id: string }[];
    const record = list.find((r) => r.id === p.recordId) as { strength?: string } | undefined;
    return STRENGTH_RANK[record?.strength ?? ''] ?? 0;
  };
  const readable = (p: Passage) => (p.words.length >= READABLE.min && p.words.length <= READABLE.max ? 1 : 0);
  return countedPassages(index)
    .filter((c) => c.countedAs.includes(themeId) && !c.passage.needsReview)
    .map((c) => ({
      passage: c.passage,
      strength: strength(c.passage),
      readable: readable(c.passage),
      date: c.cases.date ?? '',
    }))
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        b.readable - a.readable ||
        b.date.localeCompare(a.date) ||
        (a.passage.id < b.passage.id ? -1 : 1),
    )
    .slice(0, count)
    .map((r) => r.passage);
}
