import { groupChartContext } from '../../../src-shared/charts/caption';
import {
  INDICATOR_STATUS_LABELS,
  JUDGEMENT_RATING_LABELS,
  type EvaluationAnswer,
  type WorkGroupEvaluationResult,
  type YearComparison,
} from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { indicatorProgressChart, SHORT_STANDARD, surveyCharts } from '../../../src-shared/charts/evaluationCharts';
import { AREA_COLOURS, OKABE_ITO, STATUS_COLOURS } from '../../../src-shared/charts/palette';
import { OUTCOME_OWNER, PD_ACTIVITY_TYPE } from '../../../src-shared/domain/enums';
import { standardQuotes, termCountsText } from '../../../src-shared/evaluation/areas';
import {
  FIGURES,
  pairedCaption,
  sessionsCaption,
  standardKeyFigure,
  standardsOf,
} from '../../../src-shared/evaluation/figures';
import { guskeyEvidenceText, guskeyStrengthText } from '../../../src-shared/evaluation/guskeyLevels';
import { judgedBy, statusLabel } from '../../../src-shared/evaluation/kindRules';
import { formatFigure, formatTarget, formatValue } from '../../../src-shared/evaluation/format';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import { count } from '../../../src-shared/evaluation/text';
import { createDeck, type Deck } from './deck';
import { addThemesSlide } from './themesSlide';
import { addResearchLessonSlides } from './researchLessonSlides';
import { addStory, areaChart, areaStanding, slideChart, storiesOf } from './content';
import {
  claimNote,
  claimVoice,
  evidenceLabels,
  leaderVoices,
  quotePicker,
  quoteVoice,
  references,
  type Quotable,
} from './evidence';

/** Two stories are enough for a talk; the rest are in the case studies. */
const STORIES = 2;

/**
 * One Work Group's year as slides for a hub meeting or a conference: the headline figures, a slide
 * per DfE standard and per NCETM area with its chart and voices from the evidence, two focus
 * children's stories and the next steps. Every figure is the evaluation's own.
 */
export async function workGroupDeck(
  result: WorkGroupEvaluationResult,
  snapshot: WorkGroupSnapshot,
  options: { showSchool: boolean; quotable: Quotable; producedOn: string; yearOnYear?: YearComparison | null },
): Promise<Buffer> {
  const { workGroup, totals } = result;
  const charts = { ...groupChartContext(workGroup, result.asOf), savedOn: options.producedOn };
  const label = evidenceLabels(snapshot, options.showSchool);
  const asOf = formatDateGB(result.asOf);
  const judgementOf = (subject: string) => {
    const j = result.judgements.find((x) => x.subject === subject);
    return j ? { rating: JUDGEMENT_RATING_LABELS[j.rating], narrative: j.narrative, evidence: j.evidence } : undefined;
  };
  const judgementNotes = (subject: string) => {
    const j = judgementOf(subject);
    return j
      ? [
          `The Lead’s judgement: ${j.rating}. ${j.narrative}`.trim(),
          ...(j.evidence.length ? [`Evidence the Lead chose: ${references(j.evidence, label)}.`] : []),
        ]
      : ['The Lead’s own judgement is not recorded yet.'];
  };
  /** NCETM's evaluation questions with the evaluation's first draft of each answer. */
  const answers = (...ids: EvaluationAnswer['id'][]) =>
    result.questions.filter((q) => ids.includes(q.id)).map((q) => `${q.question} ${q.draft}`);
  const deck = createDeck({
    title: workGroup.name,
    subject: `End-of-year evaluation of Work Group ${workGroup.code}, ${workGroup.academicYear}`,
    footer: `Work Group ${workGroup.code} · ${workGroup.academicYear} · figures as of ${asOf}`,
  });

  deck.titleSlide({
    title: workGroup.name,
    subtitle: `${workGroup.projectName} (${PD_ACTIVITY_TYPE.labels[workGroup.pdActivityType]}), ${workGroup.academicYear}`,
    lines: [
      [`Work Group ${workGroup.code}`, options.showSchool ? `led by ${workGroup.leadName}` : '']
        .filter(Boolean)
        .join(', '),
      ...(workGroup.umbrellaQuestion ? [`Our question: ${workGroup.umbrellaQuestion}`] : []),
    ],
    notes: [
      `Figures as of ${asOf}, from Work Group Evaluator: the same as on its screens and in the end-of-year report.`,
      judgedBy(workGroup.pdActivityType),
      ...snapshot.workGroup.intendedOutcomes.map(
        (o) => `Intended outcome (${OUTCOME_OWNER.labels[o.owner].toLowerCase()}): ${o.statement}`,
      ),
    ],
  });

  const { figures } = result;
  const partly = result.standards.filter((s) => s.status === 'partly').length;
  const indicators = result.standards.flatMap((s) => s.indicators);
  const attendance = indicators.find((i) => i.id === 'attendance_rate');
  deck.figuresSlide({
    title: 'The year in numbers',
    figures: [
      { value: figures.schools, label: 'schools' },
      { value: figures.participants, label: 'teachers taking part' },
      { value: figures.focusChildren, label: 'focus children followed' },
      { value: figures.sessions.wholeGroup, label: 'whole-group meetings' },
      { value: totals.journalEntries, label: 'journal entries' },
      { value: totals.observations, label: 'observations of focus children' },
    ],
    summary: [
      `${standardsOf(figures)} met${partly ? `, ${partly} partly met` : ''}.` +
        (figures.attendance.rate !== null
          ? ` Attendance at whole-group meetings: ${formatFigure(figures.attendance.rate, 'share')}.`
          : ''),
      `${sessionsCaption(figures.sessions)}.`,
    ],
    notes: [
      ...result.standards.map(
        (s) => `${SHORT_STANDARD(s.label)}: ${statusLabel(s.status, workGroup.pdActivityType).toLowerCase()}.`,
      ),
      `Also recorded: ${count(totals.readings, 'reading')}, ${count(totals.actionResearchCycles, 'action-research cycle')} and ${count(totals.impactClaims, 'impact claim')}.`,
      ...(attendance ? [`Attendance: ${attendance.detail}. ${FIGURES.attendance.definition}`] : []),
      `${FIGURES.wholeGroupMeetings.label}: ${FIGURES.wholeGroupMeetings.definition}`,
      ...answers('did_it_work', 'how_do_we_know'),
    ],
  });

  if (options.yearOnYear) yearOnYearSlide(deck, options.yearOnYear);

  const ix = indexSnapshot(snapshot);
  const yearSoFar = snapshotAsOf(snapshot, result.asOf);
  const pick = quotePicker(options.quotable);
  // A standard outside the group's rules has nothing to chart: its status is in the notes above.
  for (const block of result.standards.filter((s) => s.status !== 'not_expected')) {
    const j = judgementOf(`standard:${block.standard}`);
    const chart = slideChart(indicatorProgressChart(block.indicators), charts);
    deck.evidenceSlide({
      title: SHORT_STANDARD(block.label),
      status: { label: INDICATOR_STATUS_LABELS[block.status], colour: STATUS_COLOURS[block.status] },
      standing: `${standardKeyFigure(block)}${j ? ` · the Lead’s judgement: ${j.rating}` : ''}`,
      accent: OKABE_ITO.blue,
      chart,
      voices: [
        ...pick(standardQuotes(ix, yearSoFar, block.standard), 2).map((q) => quoteVoice(q, label)),
        ...(block.standard === 'leadership' ? leaderVoices(snapshot, label, options.quotable) : []),
      ].slice(0, 2),
      noVoices: 'No journal entry or observation is tagged with this standard yet.',
      notes: [
        ...judgementNotes(`standard:${block.standard}`),
        ...block.indicators.map(
          (i) =>
            `${i.label}: ${formatValue(i)} against a target of ${formatTarget(i)}, ${statusLabel(i.status, workGroup.pdActivityType).toLowerCase()} (${i.detail}). Evidence: ${references(i.evidence, label)}.`,
        ),
        `The chart: ${chart.altText}`,
      ],
    });
  }

  for (const area of result.areas) {
    const claim = area.claims.find((c) => options.quotable(c.statement));
    const chart = slideChart(areaChart(area, result.changeDistribution), charts);
    const j = judgementOf(`area:${area.area}`);
    deck.evidenceSlide({
      title: area.label,
      standing: `${areaStanding(area)}${j ? ` · the Lead’s judgement: ${j.rating}` : ''}`,
      accent: AREA_COLOURS[area.area],
      chart,
      voices: [
        ...(claim ? [claimVoice(claim)] : []),
        ...pick(area.quotes, claim ? 1 : 2).map((q) => quoteVoice(q, label)),
      ],
      noVoices: 'No impact claim, journal entry or observation is tagged with this area yet.',
      notes: [
        ...judgementNotes(`area:${area.area}`),
        ...area.intendedOutcomes.map((o) => `Intended outcome: ${o.statement}`),
        `Evidence by term: ${termCountsText(area.evidenceByTerm)}.`,
        ...(claim ? [claimNote(claim, label)] : []),
        ...area.claims
          .filter((c) => c !== claim && options.quotable(c.statement))
          .map((c) => `Another impact claim (${c.strength}): ${c.statement}`),
        `The chart: ${chart.altText}`,
      ],
    });
  }

  addThemesSlide(deck, yearSoFar, label, options.quotable);
  addResearchLessonSlides(deck, yearSoFar, options.quotable);

  const levels = result.guskeyLevels;
  deck.listSlide({
    title: 'Evidence by level',
    standing: `${levels.filter((l) => l.total > 0 && !l.missing).length} of Guskey’s ${levels.length} levels evidenced beyond anecdote`,
    items: levels.map(
      (l) => `${l.label}: ${guskeyEvidenceText(l).toLowerCase()} · strength: ${guskeyStrengthText(l).toLowerCase()}`,
    ),
    empty: 'No record is tagged with a Guskey level yet.',
    notes: [
      'Each record counts at the level it is tagged with; a level’s strength is that of its strongest record. Answers after a meeting count as reactions (level 1), answers at the start and the end as learning (level 2).',
      ...levels.filter((l) => l.missing).map((l) => `Still missing at level ${l.level}: ${l.missing}`),
    ],
  });

  // Each questionnaire given at the start and the end: its paired chart, with n, as on the Surveys tab.
  for (const survey of result.surveys) {
    const [first] = surveyCharts(survey);
    if (!first || survey.timing !== 'start_end' || !options.quotable(survey.title)) continue;
    const chart = slideChart(first, charts);
    const paired = survey.questions.filter((q) => q.paired && q.paired.n > 0 && q.top !== null);
    deck.evidenceSlide({
      title: survey.title,
      standing: `${count(survey.respondents, 'participant')} answered; start and end compare only those who answered at both`,
      accent: OKABE_ITO.skyBlue,
      chart,
      voices: [],
      noVoices: paired.map((q) => `${q.text} ${pairedCaption(q.paired!, q.top!)}.`).join(' '),
      notes: [`${FIGURES.surveyPaired.label}: ${FIGURES.surveyPaired.definition}`, `The chart: ${chart.altText}`],
    });
  }

  for (const child of storiesOf(snapshot, options.quotable).slice(0, STORIES)) addStory(deck, snapshot, child, label);

  // Schools often share one plan: it is said once, with how many schools hold it.
  const plans = new Map<string, string[]>();
  for (const p of snapshot.schoolParticipations) {
    const plan = p.continuationPlan.trim();
    if (plan) plans.set(plan, [...(plans.get(plan) ?? []), ix.schoolName(p.schoolId)]);
  }
  const continuing = indicators.find((i) => i.id === 'continuation_plans');
  deck.listSlide({
    title: 'Next steps',
    standing: continuing
      ? `Schools with a plan to continue the work next year: ${continuing.detail}`
      : 'How the schools will continue the work next year',
    items: [
      ...result.questions.filter((q) => q.id === 'next_year').map((q) => q.draft),
      ...[...plans].map(([plan, schools]) => (schools.length > 1 ? `${plan} (${schools.length} schools)` : plan)),
    ],
    empty: 'No school has recorded how the work continues next year yet.',
    notes: [
      ...answers('repeat_or_scale'),
      ...(options.showSchool
        ? [...plans].map(([plan, schools]) => `${schools.join(', ')}: ${plan}`)
        : ['Each school’s plan is as its senior leader recorded it, said once with how many schools share it.']),
    ],
  });

  return deck.write();
}

/** A rolled-over group's two years side by side: the headline figures on the slide, each standard and area in the notes. */
function yearOnYearSlide(deck: Deck, comparison: YearComparison) {
  const [previous, current] = comparison.years;
  const line = (r: YearComparison['rows'][number]) =>
    `${r.label}: ${r.previous} in ${previous.academicYear}, ${r.current} in ${current.academicYear}`;
  deck.listSlide({
    title: 'This year beside last year',
    standing: `${current.code} continues ${previous.code}: last year’s end is this year’s starting point`,
    items: comparison.rows.filter((r) => r.kind === 'figure').map(line),
    empty: 'Nothing to compare yet.',
    notes: comparison.rows.filter((r) => r.kind !== 'figure').map(line),
  });
}
