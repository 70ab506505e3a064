import { hubChartContext } from '../../../src-shared/charts/caption';
import type { HubRollup, Suppressible, WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { hubIndicatorChart, SHORT_STANDARD } from '../../../src-shared/charts/evaluationCharts';
import { AREA_COLOURS, OKABE_ITO } from '../../../src-shared/charts/palette';
import { EVIDENCE_STRENGTH } from '../../../src-shared/domain/enums';
import { standardQuotes, termCountsText } from '../../../src-shared/evaluation/areas';
import { FIGURES, sessionsCaption } from '../../../src-shared/evaluation/figures';
import { KIND_RULES } from '../../../src-shared/evaluation/kindRules';
import { formatFigure } from '../../../src-shared/evaluation/format';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count, listNames } from '../../../src-shared/evaluation/text';
import { snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import type { HubThemes } from '../../../src-shared/api/themes';
import { hubThemeReach, INCLUDING_NARROWER, leadingHubThemes, otherNames } from '../../../src-shared/themes/figures';
import { childrenAcrossTheRange, hubSynthesis, hubTitle, rotatingGroups } from '../hubPack';
import { addStory, areaChart, areaStanding, slideChart, storyTold } from './content';
import { createDeck, type Voice } from './deck';
import {
  claimNote,
  claimVoice,
  evidenceLabels,
  leaderVoices,
  quotePicker,
  quoteVoice,
  type Quotable,
  type Quote,
} from './evidence';

/** Themes on the slide: as many as read at a glance. */
const THEMES_SHOWN = 5;

/** A Work Group whose evidence the hub deck quotes. */
export interface ShowcaseGroup {
  evaluation: WorkGroupEvaluationResult;
  snapshot: WorkGroupSnapshot;
}

const STORIES = 3;

const STRENGTH_RANK = Object.fromEntries(EVIDENCE_STRENGTH.values.map((s, i) => [s, i]));

/**
 * Many Work Groups as slides for the hub's leaders and conferences: the roll-up's figures and
 * charts, with voices and stories taken from a few of the groups (`showcase`, best first), each
 * from a different group where it can be. Small counts of focus children stay withheld.
 */
export async function hubDeck(
  rollup: HubRollup,
  showcase: ShowcaseGroup[],
  options: {
    showSchool: boolean;
    producedOn: string;
    quotable: Quotable;
    hubName: string;
    /** The groups' themes matched across them, as the hub workbook has them. */
    themes: HubThemes;
  },
): Promise<Buffer> {
  const n = rollup.workGroupCount;
  const below = rollup.suppressBelow;
  const shown = (s: Suppressible) => (s.suppressed ? `fewer than ${below}` : (s.value ?? 0));
  const groups = showcase.map((g) => ({
    ...g,
    label: evidenceLabels(g.snapshot, options.showSchool),
    index: indexSnapshot(g.snapshot),
    yearSoFar: snapshotAsOf(g.snapshot, g.evaluation.asOf),
    from: ` · Work Group ${g.evaluation.workGroup.code}`,
  }));
  type Group = (typeof groups)[number];
  const pick = quotePicker(options.quotable);
  const inTurn = rotatingGroups(groups);
  /** A quote from each group in turn, each slide starting at the next group, until there are enough. */
  const quotesFrom = (quotesOf: (group: Group) => Quote[], wanted: number, passOver?: Group) =>
    inTurn((g): Voice | undefined => {
      const [quote] = g === passOver ? [] : pick(quotesOf(g), 1);
      return quote && quoteVoice(quote, g.label, g.from);
    }, wanted);

  const project = rollup.filters.projectId ? rollup.rows[0]?.workGroup.projectName : undefined;
  const charts = { ...hubChartContext(rollup, options.producedOn), savedOn: options.producedOn };
  const { hub, year, title } = hubTitle(rollup, options.hubName);
  const deck = createDeck({
    title,
    subject: `${hub}: the Work Groups’ year${year ? ` ${year}` : ''}, evaluated against the DfE Standard and the NCETM outcome areas`,
    footer: `${hub} · ${count(n, 'Work Group')}${project ? ` · ${project}` : ''}${year ? ` · ${year}` : ''}`,
  });

  deck.titleSlide({
    title,
    subtitle: `${project ?? 'Every project'}: ${count(n, 'Work Group')}`,
    lines: [`Produced on ${formatDateGB(options.producedOn)} with Work Group Evaluator`],
    notes: [
      'Every figure comes from the Work Groups’ own records, evaluated as on their screens and in their reports.',
      `Counts of focus children under ${below} are withheld so that no pupil can be picked out.`,
      ...rollup.rows.map(
        (r) =>
          `${r.workGroup.code}: ${r.workGroup.name} (${r.standardsMet} of ${r.standardsExpected} standards met, judged by the ${r.rules})`,
      ),
    ],
  });

  const { totals, figures } = rollup;
  const indicators = rollup.standards.flatMap((s) => s.indicators);
  deck.figuresSlide({
    title: 'The year in numbers',
    figures: [
      { value: n, label: n === 1 ? 'Work Group' : 'Work Groups' },
      { value: figures.schools, label: 'schools' },
      { value: figures.participants, label: 'teachers taking part' },
      { value: shown(figures.focusChildren), label: 'focus children followed' },
      { value: figures.sessions.wholeGroup, label: 'whole-group meetings' },
      { value: totals.journalEntries + totals.observations, label: 'journal entries and observations' },
    ],
    summary: [
      `${figures.groupsMeetingAllFive} of ${count(n, 'Work Group')} meet every DfE standard expected of their kind.` +
        (figures.attendance.rate !== null
          ? ` Attendance at whole-group meetings: ${formatFigure(figures.attendance.rate, 'share')}.`
          : ''),
      `${sessionsCaption(figures.sessions)}.`,
    ],
    notes: [
      ...rollup.standards.map(
        (s) =>
          `${SHORT_STANDARD(s.label)}: met by ${s.met}, partly met by ${s.partly}, not yet met by ${s.notYet}${s.notExpected ? `, not expected of ${s.notExpected} by the rules of their kind` : ''}.`,
      ),
      `${FIGURES.groupsMeetingAllFive.label}: ${FIGURES.groupsMeetingAllFive.definition}`,
      `${FIGURES.schools.label}: ${FIGURES.schools.definition} ${count(figures.schoolPlaces, 'school place')} in Work Groups in all.`,
      `${FIGURES.wholeGroupMeetings.label}: ${FIGURES.wholeGroupMeetings.definition}`,
    ],
  });

  // Like with like: which rules each kind of PD was judged by, before any standard is compared.
  deck.listSlide({
    title: 'Each kind judged by its own rules',
    standing: 'What the Work Group statement asks for and another kind does not is not expected of it',
    items: rollup.kinds.map(
      (k) =>
        `${k.label}: ${count(k.workGroups, 'group')}, judged by the ${k.rules}${k.notExpected.length ? `; ${count(k.notExpected.length, 'indicator')} not expected` : ''}.`,
    ),
    empty: '',
    notes: rollup.kinds.flatMap((k) => [
      `${k.rules}: ${KIND_RULES[k.kind].basis}`,
      ...k.notExpected.map((x) => `Not expected of a ${k.label}: ${x.label}. ${x.why}`),
    ]),
  });

  for (const standard of rollup.standards) {
    const chart = slideChart(hubIndicatorChart(standard.indicators), charts);
    deck.evidenceSlide({
      title: SHORT_STANDARD(standard.label),
      standing: `Met by ${standard.met} of ${count(n, 'Work Group')} · partly by ${standard.partly} · not yet by ${standard.notYet}${standard.notExpected ? ` · not expected of ${standard.notExpected}` : ''}`,
      accent: OKABE_ITO.blue,
      chart,
      voices: [
        ...quotesFrom((g) => standardQuotes(g.index, g.yearSoFar, standard.standard), 2),
        ...(standard.standard === 'leadership'
          ? groups.flatMap((g) => leaderVoices(g.snapshot, g.label, options.quotable, g.from).slice(0, 1))
          : []),
      ].slice(0, 2),
      noVoices: 'No journal entry or observation in the Work Groups quoted here is tagged with this standard yet.',
      notes: [
        ...standard.indicators.map(
          (i) =>
            `${i.label} (target ${formatFigure(i.target, i.unit)}): met by ${i.met}, partly by ${i.partly}, not yet by ${i.notYet}${i.notExpected ? `, not expected of ${i.notExpected}` : ''}; across the groups ${i.summed.suppressed ? `fewer than ${below}` : formatFigure(i.summed.value, i.unit)}.`,
        ),
        `The chart: ${chart.altText}`,
      ],
    });
  }

  for (const area of rollup.areas) {
    const chart = slideChart(areaChart(area, rollup.changeDistribution), charts);
    const claims = groups
      .flatMap((g) => {
        const claim = g.evaluation.areas
          .find((a) => a.area === area.area)
          ?.claims.find((c) => options.quotable(c.statement));
        return claim ? [{ claim, group: g }] : [];
      })
      .sort((a, b) => (STRENGTH_RANK[b.claim.strength] ?? 0) - (STRENGTH_RANK[a.claim.strength] ?? 0));
    const strongest = claims[0];
    const quotes = quotesFrom(
      (g) => g.evaluation.areas.find((a) => a.area === area.area)?.quotes ?? [],
      strongest ? 1 : 2,
      strongest?.group,
    );
    const { claimCounts } = area;
    deck.evidenceSlide({
      title: area.label,
      standing: areaStanding(area),
      accent: AREA_COLOURS[area.area],
      chart,
      voices: [...(strongest ? [claimVoice(strongest.claim, strongest.group.from)] : []), ...quotes],
      noVoices:
        'No impact claim, journal entry or observation in the Work Groups quoted here is tagged with this area yet.',
      notes: [
        `Evidence by term across the groups: ${termCountsText(area.evidenceByTerm)}.`,
        `Impact claims: ${claimCounts.measured} measured, ${claimCounts.triangulated} triangulated, ${claimCounts.anecdotal} anecdotal.`,
        ...(strongest ? [claimNote(strongest.claim, strongest.group.label)] : []),
        `The chart: ${chart.altText}`,
      ],
    });
  }

  const themes = leadingHubThemes(options.themes, THEMES_SHOWN);
  deck.listSlide({
    title: 'Themes across the Work Groups',
    standing: `The themes coded in the most passages across ${count(n, 'Work Group')}, ${INCLUDING_NARROWER}`,
    items: themes.map((t) => `${t.name}: ${hubThemeReach(t)}`),
    empty: 'No passages are coded to themes in these Work Groups yet: code them on each Work Group’s Themes tab.',
    notes: [
      'Themes are matched across the groups by name, or as the hub mapped one group’s theme to another’s. Focus children under 5 are not counted aloud.',
      ...themes.flatMap((t) => {
        const names = otherNames(t);
        return names.length ? [`${t.name} is also named ${listNames(names)}.`] : [];
      }),
    ],
  });

  const synthesis = hubSynthesis(rollup);
  deck.listSlide({
    title: 'Did it work?',
    standing: 'Pupils first, then teachers, then schools: what the groups’ records suggest',
    items: synthesis.didItWork,
    empty: '',
    notes: [
      'Pupils’ change is judged by their teachers on a 1–5 scale; self-ratings are the Leads’ own surveys, not NCETM instruments.',
    ],
  });

  const stories = childrenAcrossTheRange(
    groups,
    (g) => g.snapshot.focusChildren.filter((c) => storyTold(c, options.quotable)),
    STORIES,
  );
  for (const { group: g, child } of stories) {
    addStory(deck, g.snapshot, child, g.label, g.evaluation.workGroup.name);
  }

  const continuing = indicators.find((i) => i.id === 'continuation_plans');
  const weakest = [...rollup.standards]
    .filter((s) => s.met < n - s.notExpected)
    .sort((a, b) => a.met - b.met)
    .slice(0, 2);
  const plans = [
    ...new Set(groups.flatMap((g) => g.snapshot.schoolParticipations.map((p) => p.continuationPlan.trim()))),
  ].filter((plan) => plan && options.quotable(plan));
  deck.listSlide({
    title: 'Next steps',
    standing:
      continuing && !continuing.summed.suppressed && continuing.summed.value !== null
        ? `Schools with a plan to continue the work next year: ${formatFigure(continuing.summed.value, continuing.unit)}`
        : 'Where the Work Groups go next',
    // Three points read across a hall; the rest, and schools' own plans, are in the notes.
    items: synthesis.whatNext.slice(0, 3),
    empty: 'Every Work Group meets every standard, and no school has recorded a plan for next year yet.',
    notes: [
      ...weakest.map(
        (s) =>
          `${SHORT_STANDARD(s.label)}: the indicators most often not met are ${listNames(
            [...s.indicators]
              .sort((a, b) => b.notYet - a.notYet)
              .slice(0, 3)
              .map((i) => `${i.label.toLowerCase()} (not yet met by ${i.notYet})`),
          )}.`,
      ),
      ...synthesis.whatNext.slice(3),
      ...plans.slice(0, 4).map((plan) => `A school’s plan: ${plan}`),
    ],
  });

  return deck.write();
}
