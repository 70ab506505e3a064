import type { HubRollup } from '../../src-shared/api/evaluation';
import type { FocusChildRecord } from '../../src-shared/evaluation/snapshot';
import { count, formatCount, listNames, percent } from '../../src-shared/evaluation/text';

// What the hub report and the hub slides share: the hub and its year on the title, the
// across-group synthesis ("did it work, what next"), and how children and quotes are chosen so
// that they come from several groups and from the whole range of change, not only the best.

/** The hub and its year(s), as a title page names them. */
export function hubTitle(rollup: HubRollup, hubName: string): { hub: string; year: string; title: string } {
  const years = rollup.filters.academicYear
    ? [rollup.filters.academicYear]
    : [...new Set(rollup.rows.map((r) => r.workGroup.academicYear))].sort();
  const year = years.length <= 1 ? (years[0] ?? '') : `${years[0]} to ${years.at(-1)}`;
  const hub = hubName.trim() || 'The Maths Hub';
  return { hub, year, title: `${hub}: Work Groups${year ? ` ${year}` : ''}` };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const counted = (s: { suppressed: boolean; value: number | null }) => (s.suppressed ? null : (s.value ?? 0));

/**
 * The roll-up read as the answer to "Did it work?" (pupils, then teachers, then schools) and
 * "What next?", in hedged sentences: every figure is from the groups' own records.
 */
export function hubSynthesis(rollup: HubRollup): { didItWork: string[]; whatNext: string[] } {
  const n = rollup.workGroupCount;
  const buckets = rollup.changeDistribution.map((b) => ({ judgement: b.judgement, count: counted(b.count) }));
  const judged = buckets.reduce((s, b) => s + (b.count ?? 0), 0);
  const withheld = buckets.some((b) => b.count === null);
  const marked = buckets.filter((b) => b.judgement >= 4).reduce((s, b) => s + (b.count ?? 0), 0);
  const little = buckets.filter((b) => b.judgement <= 2).reduce((s, b) => s + (b.count ?? 0), 0);
  const pupils =
    withheld || judged < rollup.suppressBelow
      ? `Too few focus children have their change judged yet to give a share across the groups (fewer than ${rollup.suppressBelow} in a group are not shown).`
      : `Pupils: teachers judged ${formatCount(marked)} of the ${count(judged, 'focus child', 'focus children')} whose change they judged (${percent(marked / judged)}) to have changed considerably or substantially (4 or 5 of 5); ${formatCount(little)} showed little or no change (1 or 2). These are teachers’ judgements of a few pupils each, not test results.`;
  const ratings = rollup.figures.selfRatings;
  const teachers =
    ratings.n > 0 && ratings.startMean !== null && ratings.endMean !== null
      ? `Teachers: the ${count(ratings.n, 'participant')} who rated their confidence at the start and the end moved from a mean of ${ratings.startMean.toFixed(1)} to ${ratings.endMean.toFixed(1)} on their Leads’ own 1–5 surveys, which suggests growing confidence rather than proving it.`
      : 'Teachers: no participant has rated their confidence at both the start and the end yet.';
  const continuing = rollup.standards.flatMap((s) => s.indicators).find((i) => i.id === 'continuation_plans');
  const plans =
    continuing && !continuing.summed.suppressed && continuing.summed.value !== null
      ? ` Schools with a plan to continue the work next year: ${percent(continuing.summed.value)}.`
      : '';
  const schools = `Schools: ${formatCount(rollup.figures.groupsMeetingAllFive)} of ${count(n, 'Work Group')} meet every DfE standard expected of their kind of PD on the evidence recorded.${plans}`;

  const weakest = [...rollup.standards]
    .filter((s) => s.met < n - s.notExpected)
    .sort((a, b) => a.met - b.met)
    .slice(0, 2);
  const gapped = rollup.rows.filter((r) => r.highGaps > 0);
  const whatNext = [
    ...weakest.map(
      (s) =>
        `Strengthen standard ${s.label.slice(0, 1)} (${lowerFirst(s.label.replace(/^\d\. /, ''))}): ${s.partly + s.notYet} of ${count(n - s.notExpected, 'Work Group')} expected to do not meet it in full yet, most often on ${listNames(
          [...s.indicators]
            .sort((a, b) => b.notYet + b.partly - (a.notYet + a.partly))
            .slice(0, 2)
            .map((i) => lowerFirst(i.label)),
        )}.`,
    ),
    ...(gapped.length > 0
      ? [
          `Follow up the ${count(gapped.length, 'Work Group')} with gaps of high importance still open: ${listNames(
            gapped.map((r) => r.workGroup.code),
            6,
          )}.`,
        ]
      : []),
    ...(judged > 0 && little > 0
      ? [
          `Look again at the ${count(little, 'focus child', 'focus children')} judged to have changed little: what was tried, and what the teachers would try next.`,
        ]
      : []),
  ];
  return { didItWork: [pupils, teachers, schools], whatNext };
}

/**
 * Focus children to tell of, from as many groups and as many levels of change as there are:
 * one from each level in turn (the greatest change first), each from a group not yet drawn on
 * while there is one. Only children whose change is judged and described are candidates.
 */
export function childrenAcrossTheRange<G>(
  groups: G[],
  childrenOf: (group: G) => FocusChildRecord[],
  wanted: number,
): { group: G; child: FocusChildRecord }[] {
  const byLevel = new Map<number, { group: G; child: FocusChildRecord }[]>();
  for (const group of groups)
    for (const child of childrenOf(group)) {
      if (!child.changeJudgement || !child.changeNote.trim()) continue;
      const level = byLevel.get(child.changeJudgement) ?? [];
      level.push({ group, child });
      byLevel.set(child.changeJudgement, level);
    }
  const levels = [...byLevel.keys()].sort((a, b) => b - a);
  const used = new Set<G>();
  const picked: { group: G; child: FocusChildRecord }[] = [];
  while (picked.length < wanted && levels.some((l) => byLevel.get(l)!.length > 0)) {
    for (const level of levels) {
      const list = byLevel.get(level)!;
      if (picked.length === wanted || list.length === 0) continue;
      const fresh = list.findIndex((c) => !used.has(c.group));
      const [next] = list.splice(fresh >= 0 ? fresh : 0, 1);
      used.add(next!.group);
      picked.push(next!);
    }
  }
  return picked.sort((a, b) => (b.child.changeJudgement ?? 0) - (a.child.changeJudgement ?? 0));
}

/**
 * Takes items from group after group, starting one group further on each time it is called, so
 * that consecutive sections quote different groups rather than the best group every time.
 */
export function rotatingGroups<G>(groups: G[]) {
  let start = 0;
  return <T>(take: (group: G) => T | undefined, wanted: number): T[] => {
    const taken: T[] = [];
    for (let k = 0; k < groups.length && taken.length < wanted; k++) {
      const item = take(groups[(start + k) % groups.length]!);
      if (item !== undefined) taken.push(item);
    }
    start = groups.length === 0 ? 0 : (start + 1) % groups.length;
    return taken;
  };
}
