import type { SelfRatings, Suppressible, TermCounts } from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import {
  changeDistributionChart,
  claimStrengthChart,
  evidenceOverYearChart,
  selfRatingsChart,
  type EvaluationChart,
} from '../../../src-shared/charts/evaluationCharts';
import { CHANGE_JUDGEMENT, YEAR_GROUP, type EvidenceStrength, type NcetmArea } from '../../../src-shared/domain/enums';
import type { FocusChildRecord, WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count } from '../../../src-shared/evaluation/text';
import { chartCaption, type ChartContext } from '../../../src-shared/charts/caption';
import { renderChart } from '../chartImage';
import { figure, SLIDE_CHART, type Deck } from './deck';
import { strongestChanges } from '../stories';
import { references, type Label, type Quotable } from './evidence';

// What the Work Group deck and the hub deck share: how a chart is drawn for a slide, which chart
// speaks for an area, and how a focus child's year is told.

/** One of the shared chart configurations, drawn to fill its place on a slide, with the screen's caption along its foot. */
export const slideChart = (chart: EvaluationChart, context: ChartContext & { savedOn: string }) => ({
  image: renderChart(chart.config, SLIDE_CHART, chartCaption(chart.sample, context)),
  altText: chart.altText,
});

interface AreaFigures {
  area: NcetmArea;
  label: string;
  evidenceByTerm: TermCounts;
  claimCounts: Record<EvidenceStrength, number>;
  selfRatings: SelfRatings | null;
}
type ChangeBuckets = { judgement: number; count: number | Suppressible }[];

const counted = (n: number | Suppressible) => (typeof n === 'number' ? n : (n.value ?? 0));

/**
 * The chart that says most about an area: focus children's change for pupil outcomes, the
 * confidence survey for professional learning, and otherwise the area's evidence over the year,
 * or its impact claims where none of its evidence is dated (schools' plans and policies seldom are).
 */
export function areaChart(area: AreaFigures, change: ChangeBuckets): EvaluationChart {
  if (area.area === 'pupil_outcomes' && change.some((b) => counted(b.count) > 0))
    return changeDistributionChart(change);
  if (area.selfRatings?.items.some((i) => i.startMean !== null || i.endMean !== null))
    return selfRatingsChart(area.selfRatings);
  const { total, undated } = area.evidenceByTerm;
  return total > undated ? evidenceOverYearChart([area]) : claimStrengthChart(area);
}

/** Whether a focus child's story can be shown as it is: the check finds nothing in its words. */
export const storyTold = (c: FocusChildRecord, quotable: Quotable) =>
  [c.penPortraitStart, c.desiredChange, c.penPortraitEnd, c.changeNote].every(quotable);

/** The focus children worth a story slide whose words can be shown as they are. */
export const storiesOf = (snapshot: WorkGroupSnapshot, quotable: Quotable) =>
  strongestChanges(snapshot).filter((c) => storyTold(c, quotable));

/** What an area's slide rests on: "275 pieces of evidence · 2 impact claims (2 measured)". */
export function areaStanding(area: { evidenceByTerm: TermCounts; claimCounts: Record<EvidenceStrength, number> }) {
  const { anecdotal, triangulated, measured } = area.claimCounts;
  const total = area.evidenceByTerm.total;
  return (
    `${figure(total)} ${total === 1 ? 'piece' : 'pieces'} of evidence · ${count(anecdotal + triangulated + measured, 'impact claim')}` +
    (measured ? ` (${measured} measured)` : '')
  );
}

/** One focus child's year, start against end; `from` names the Work Group when a deck covers many. */
export function addStory(deck: Deck, snapshot: WorkGroupSnapshot, child: FocusChildRecord, label: Label, from = '') {
  const observations = snapshot.observations
    .filter((o) => o.focusChildId === child.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  const measures = observations.filter((o) => o.kind === 'measure' && o.measureValue !== undefined);
  const parts = (list: [string, string][]) =>
    list.filter(([, text]) => text.trim()).map(([heading, text]) => ({ heading, text }));
  const judgement = child.changeJudgement
    ? `change judged ${CHANGE_JUDGEMENT.labels[String(child.changeJudgement) as keyof typeof CHANGE_JUDGEMENT.labels]}`
    : 'change not yet judged';
  deck.storySlide({
    title: `Focus child ${child.code}`,
    standing: [YEAR_GROUP.labels[child.yearGroup], judgement, from].filter(Boolean).join(' · '),
    before: parts([
      ['At the start', child.penPortraitStart],
      ['The change hoped for', child.desiredChange],
    ]),
    after: parts([
      ['By the end', child.penPortraitEnd],
      ['The teacher’s note on the change', child.changeNote],
    ]),
    notes: [
      `${child.code} has ${count(observations.length, 'observation')} recorded: ${references(
        observations.map((o) => ({ kind: 'observation' as const, id: o.id })),
        label,
        8,
      )}.`,
      ...measures.map((o) => `Measure on ${formatDateGB(o.date)}: ${o.measureValue} ${o.measureScale} (${o.text}).`),
    ],
  });
}
