import {
  JUDGEMENT_RATING_LABELS,
  type AreaSummary,
  type EvaluationAnswer,
  type WorkGroupEvaluationResult,
  type YearComparison,
} from '../../../src-shared/api/evaluation';
import type { KeyFindings } from '../../../src-shared/api/keyFindings';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { MEETING_KIND, OUTCOME_OWNER, PD_ACTIVITY_TYPE } from '../../../src-shared/domain/enums';
import { excerpt, standardQuotes, TERM_COUNT_COLUMNS } from '../../../src-shared/evaluation/areas';
import { formatFigure, formatTarget, formatValue } from '../../../src-shared/evaluation/format';
import { FIGURES, selfRatingsCaption, sessionsCaption, standardsOf } from '../../../src-shared/evaluation/figures';
import { judgedBy, statusLabel } from '../../../src-shared/evaluation/kindRules';
import { count, formatCount } from '../../../src-shared/evaluation/text';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import type { ChartImage } from '../chartImage';
import { evidenceLabels, type Label, type Quote } from '../slides/evidence';
import { guskeySection } from './guskeySection';
import { surveySection } from './surveySection';
import { themesSection } from './themesSection';
import { researchLessonsSection } from './researchLessonBlocks';
import { yearOnYearSection } from './yearOnYearSection';
import { type Block, bullets, buildDocument, chart, heading, labelled, note, paragraphs, quote, table } from './blocks';

type ClaimSummary = AreaSummary['claims'][number];

export interface ReportChart {
  image: ChartImage;
  title: string;
  altText: string;
  /** n, which Work Groups, as of and made on (chartCaption), as under the chart on the screen. */
  caption: string;
}

export interface ReportCharts {
  attendance?: ReportChart;
  evidenceByArea?: ReportChart;
  change?: ReportChart;
  selfRatings?: ReportChart;
  coverage?: ReportChart;
}

const MAX_EVIDENCE_LISTED = 8;
/** Quotes under each standard and area: enough to show the evidence, few enough to read. */
const QUOTES_PER_SECTION = 3;
const WORDS_MAX = 180;

const evidenceList = (items: { label: string }[]): Block[] =>
  items.length === 0
    ? [note('No evidence is linked yet.')]
    : bullets([
        ...items.slice(0, MAX_EVIDENCE_LISTED).map((i) => i.label),
        ...(items.length > MAX_EVIDENCE_LISTED ? [`and ${items.length - MAX_EVIDENCE_LISTED} more`] : []),
      ]);

const drawn = (c: ReportChart | undefined): Block[] => (c ? chart(c.image, c.title, c.altText, c.caption) : []);

export interface ReportOptions {
  /** The findings that open the report: the Lead's own, or the draft (marked as one). */
  keyFindings: KeyFindings;
  /** Teachers named in quotes rather than by their role, and schools named: the Lead's choice. */
  showNames: boolean;
  producedOn: string;
  /** What the records do not hold yet, said once at the start instead of where each is missing. */
  stillToComplete?: string[];
  /** A rolled-over group's year beside the year before. */
  yearOnYear?: YearComparison | null;
}

/**
 * The end-of-year evaluation report, in the order such reports are read: the findings; NCETM's
 * four questions, "Did it work?" answered for pupils, then teachers, then schools; a verdict on
 * each intended outcome; next steps for every school; then the DfE and NCETM matrix with the
 * evidence itself (each quote once); and the record trail in an appendix. Every figure comes
 * from the same evaluation as the screens.
 */
export function reportDocument(
  evaluation: WorkGroupEvaluationResult,
  snapshot: WorkGroupSnapshot,
  charts: ReportCharts,
  options: ReportOptions,
) {
  const index = indexSnapshot(snapshot);
  const yearSoFar = snapshotAsOf(snapshot, evaluation.asOf);
  const yearIndex = indexSnapshot(yearSoFar);
  const label = evidenceLabels(snapshot, options.showNames);
  const { workGroup, totals, figures } = evaluation;
  /**
   * Each quote is used once in the whole report, under the first section it illustrates; two
   * records reporting the same words a pupil said count as one quote.
   */
  const quoted = new Set<string>();
  const freshQuotes = (quotes: Quote[]): Block[] =>
    quotes
      .filter((q) => !quoted.has(q.source.id) && !quoted.has(spoken(q.text)))
      .slice(0, QUOTES_PER_SECTION)
      .flatMap((q) => {
        quoted.add(q.source.id);
        quoted.add(spoken(q.text));
        return quote(q.text, label(q.source));
      });
  const judgementOf = (subject: string) => evaluation.judgements.find((j) => j.subject === subject);
  const judgementBlocks = (subject: string): Block[] => {
    const j = judgementOf(subject);
    if (!j) return [];
    return [labelled("Lead's judgement", JUDGEMENT_RATING_LABELS[j.rating]), ...paragraphs(j.narrative)];
  };
  const schoolIds = [
    ...new Set([
      ...snapshot.schoolParticipations.map((p) => p.schoolId),
      ...snapshot.participants.map((p) => p.schoolId),
    ]),
  ];
  const questions = new Map(evaluation.questions.map((q) => [q.id, q]));
  const question = (id: EvaluationAnswer['id'], extra: Block[] = []): Block[] => {
    const q = questions.get(id);
    return q ? [heading(q.question, 2), ...paragraphs(q.draft), ...extra] : extra;
  };

  const body: Block[] = [
    heading('Key findings'),
    ...(options.keyFindings.edited
      ? []
      : [
          note(
            'Draft — not yet edited by the Lead. Drafted from the evidence recorded; edit it on the Evaluation tab.',
          ),
        ]),
    ...bullets(options.keyFindings.findings),

    heading('About the Work Group'),
    labelled('Project', workGroup.projectName),
    labelled('Kind of professional development', PD_ACTIVITY_TYPE.labels[workGroup.pdActivityType]),
    ...paragraphs(judgedBy(workGroup.pdActivityType)),
    labelled('Academic year', workGroup.academicYear),
    labelled('Work Group Lead', workGroup.leadName),
    ...(workGroup.umbrellaQuestion ? [labelled('Umbrella research question', workGroup.umbrellaQuestion)] : []),
    ...paragraphs(
      `${count(figures.schools, 'school')} and ${count(figures.participants, 'participant')} took part, following ${count(figures.focusChildren, 'focus child', 'focus children')}. ` +
        `The group held ${sessionsCaption(figures.sessions)}. Participants wrote ${count(totals.journalEntries, 'journal entry', 'journal entries')} and recorded ` +
        `${count(totals.observations, 'observation')}. ${standardsOf(figures)} are met on the evidence recorded by ${formatDateGB(evaluation.asOf)}.`,
    ),

    ...yearOnYearSection(options.yearOnYear ?? null),

    heading('The four evaluation questions'),
    note('A first draft from the evidence recorded: edit it in your own words before the report goes out.'),
    ...question('did_it_work', [
      heading('For pupils', 3),
      ...pupilBlocks(evaluation, snapshot, figures.focusChildren),
      ...drawn(charts.change),
      heading('For teachers', 3),
      ...teacherBlocks(evaluation, snapshot, label, quoted),
      ...drawn(charts.selfRatings),
      heading('For schools', 3),
      ...(snapshot.schoolParticipations.length === 0
        ? [note('No schools’ participation is recorded.')]
        : snapshot.schoolParticipations.flatMap((p) => [
            labelled(index.schoolName(p.schoolId), ''),
            labelled('Intended impact', p.intendedImpact || 'Not recorded'),
            ...(p.endEvaluation ? [labelled('Evaluation at the end of the year', p.endEvaluation)] : []),
          ])),
    ]),
    ...question('how_do_we_know'),
    ...question('repeat_or_scale'),
    ...question('next_year'),

    ...themesSection(yearSoFar, freshQuotes),

    heading('Intended outcomes: a verdict on each'),
    ...outcomeVerdicts(evaluation, snapshot),

    heading('Next steps for every school'),
    table(
      ['School', 'Plan for next year'],
      schoolIds.map((id) => [
        index.schoolName(id),
        snapshot.schoolParticipations.find((p) => p.schoolId === id)?.continuationPlan.trim() ||
          'No plan recorded yet: ask the senior leader how the work will continue.',
      ]),
      [2, 5],
    ),

    heading('Meetings and attendance'),
    table(
      ['Date', 'Meeting', 'Host', 'Attendance'],
      evaluation.attendance.map((m) => {
        const meeting = index.meeting(m.meetingId);
        return [
          formatDateGB(m.date),
          MEETING_KIND.labels[m.kind as keyof typeof MEETING_KIND.labels] ?? m.label,
          meeting?.hostSchoolId ? index.schoolName(meeting.hostSchoolId) : '',
          m.rate === null ? `${m.attended}` : `${m.attended} of ${m.participants} (${Math.round(m.rate * 100)}%)`,
        ];
      }),
      [1.3, 2.5, 2.5, 1.7],
    ),
    note(
      `${sessionsCaption(figures.sessions)}. ${FIGURES.attendance.label} at whole-group meetings: ${formatFigure(figures.attendance.rate, 'share')} (${figures.attendance.attended} of ${count(figures.attendance.places, 'place')}); the chart shows whole-group meetings only.`,
    ),
    ...drawn(charts.attendance),
    ...researchLessonsSection(yearSoFar),

    heading('The DfE Standard for teachers’ professional development'),
    ...drawn(charts.coverage),
    ...evaluation.standards.flatMap((s) => [
      heading(s.label, 2),
      labelled('Computed status', statusLabel(s.status, workGroup.pdActivityType)),
      ...judgementBlocks(`standard:${s.standard}`),
      table(
        ['Indicator', 'Value', 'Target', 'Status'],
        s.indicators.map((i) => [
          i.label,
          formatValue(i),
          formatTarget(i),
          statusLabel(i.status, workGroup.pdActivityType),
        ]),
        [5, 1, 1, 1.3],
      ),
      ...freshQuotes(standardQuotes(yearIndex, yearSoFar, s.standard)),
    ]),

    heading('The NCETM outcome areas'),
    ...drawn(charts.evidenceByArea),
    ...evaluation.areas.flatMap((a) => [
      heading(a.label, 2),
      ...judgementBlocks(`area:${a.area}`),
      ...(a.intendedOutcomes.length > 0
        ? [labelled('Intended outcomes', ''), ...bullets(a.intendedOutcomes.map((o) => o.statement))]
        : []),
      table(
        [...TERM_COUNT_COLUMNS.map((c) => c.label), 'Total'],
        [[...TERM_COUNT_COLUMNS.map((c) => a.evidenceByTerm[c.key]), a.evidenceByTerm.total].map(String)],
      ),
      ...(a.claims.length === 0
        ? [note('No impact claims are recorded in this area.')]
        : a.claims.map((c) => labelled(`Claim (${shownStrength(c, snapshot)})`, c.statement))),
      ...freshQuotes(a.quotes),
    ]),

    ...guskeySection(evaluation),
    ...surveySection(evaluation),

    heading('Appendix: the record trail'),
    note(
      'The records behind the figures and claims above, for anyone who wants to check them in Work Group Evaluator.',
    ),
    ...evaluation.standards.flatMap((s) => [
      heading(`Evidence for ${s.label}`, 2),
      labelled('Evidence behind these indicators', ''),
      ...evidenceList(s.evidence),
      ...(judgementOf(`standard:${s.standard}`)?.evidence.length
        ? [
            labelled('Evidence chosen by the Lead', ''),
            ...evidenceList(judgementOf(`standard:${s.standard}`)!.evidence),
          ]
        : []),
    ]),
    ...evaluation.areas
      .filter((a) => a.claims.length > 0)
      .flatMap((a) => [
        heading(`Claims in ${a.label}`, 2),
        ...a.claims.flatMap((c) => [
          labelled(`Claim (${shownStrength(c, snapshot)})`, c.statement),
          ...evidenceList(c.evidence),
        ]),
      ]),
    heading('Schools and participants', 2),
    table(
      ['School', 'Senior leader', 'Participants'],
      schoolIds.map((schoolId) => {
        const leader = snapshot.schoolParticipations.find((p) => p.schoolId === schoolId);
        return [
          index.schoolName(schoolId),
          leader ? [leader.seniorLeaderName, leader.seniorLeaderRole].filter(Boolean).join(', ') : '',
          snapshot.participants
            .filter((p) => p.schoolId === schoolId)
            .map((p) => [p.name, p.role].filter(Boolean).join(', '))
            .join('\n'),
        ];
      }),
      [3, 2, 3],
    ),
    heading('Gaps still open', 2),
    ...(evaluation.gaps.length === 0
      ? [note('No gaps: the evidence meets every target.')]
      : bullets(evaluation.gaps.map((g) => g.message))),
    heading('Reading list', 2),
    ...(snapshot.readings.length === 0
      ? [note('No readings are recorded.')]
      : snapshot.readings
          .slice()
          .sort((a, b) => a.citation.localeCompare(b.citation))
          .flatMap((r) => paragraphs(`${r.citation}${r.link ? ` ${r.link}` : ''}`))),
  ];

  return buildDocument({
    title: `End-of-year evaluation: ${workGroup.name}`,
    subtitle: `${workGroup.projectName}, ${workGroup.academicYear}`,
    details: [
      `Work Group ${workGroup.code}`,
      `Lead: ${workGroup.leadName}`,
      `Produced on ${formatDateGB(options.producedOn)}`,
    ],
    body,
    stillToComplete: options.stillToComplete ?? [],
  });
}

/** The words quoted inside a record ("Said: ‘I like working it out.’"), or the record's own words. */
const spoken = (text: string) => (/[“‘"]([^”’"]{8,})[”’"]/.exec(text)?.[1] ?? text).trim().toLowerCase();

/** A claim is "measured" only when a measure is among its evidence; otherwise it is shown as triangulated at most. */
function shownStrength(claim: ClaimSummary, snapshot: WorkGroupSnapshot): string {
  if (claim.strength !== 'measured') return claim.strength;
  const measures = new Set(snapshot.observations.filter((o) => o.kind === 'measure').map((o) => o.id));
  return claim.evidence.some((e) => e.kind === 'observation' && measures.has(e.id)) ? 'measured' : 'triangulated';
}

/** A named check ("Arithmetic check") on one scale ("out of 20"): the words before the first comma or colon. */
const checkName = (text: string) => text.split(/[,:]/)[0]!.trim() || 'Measure';

/**
 * Pupils: the change their teachers judged, then each named check's first and last score for
 * every child assessed on it at least twice (pre and post on the check's own scale, with n).
 */
function pupilBlocks(evaluation: WorkGroupEvaluationResult, snapshot: WorkGroupSnapshot, children: number): Block[] {
  const judged = evaluation.changeDistribution.reduce((s, b) => s + b.count, 0);
  const checks = new Map<string, { name: string; scale: string; pairs: [number, number][] }>();
  const byChild = new Map<string, WorkGroupSnapshot['observations']>();
  for (const o of snapshot.observations)
    if (o.kind === 'measure' && o.measureValue !== undefined)
      byChild.set(o.focusChildId, [...(byChild.get(o.focusChildId) ?? []), o]);
  for (const list of byChild.values()) {
    const byCheck = new Map<string, typeof list>();
    for (const o of list) {
      const key = `${checkName(o.text)}|${o.measureScale}`;
      byCheck.set(key, [...(byCheck.get(key) ?? []), o]);
    }
    for (const [key, scores] of byCheck) {
      if (scores.length < 2) continue;
      const sorted = [...scores].sort((a, b) => a.date.localeCompare(b.date));
      const check = checks.get(key) ?? {
        name: checkName(sorted[0]!.text),
        scale: sorted[0]!.measureScale ?? '',
        pairs: [],
      };
      check.pairs.push([sorted[0]!.measureValue!, sorted.at(-1)!.measureValue!]);
      checks.set(key, check);
    }
  }
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
  return [
    ...paragraphs(
      judged === 0
        ? `No focus child’s change has been judged yet (${count(children, 'focus child', 'focus children')} followed).`
        : `${formatCount(judged)} of ${count(children, 'focus child', 'focus children')} have their change judged by their teacher on a 1–5 scale: ${evaluation.changeDistribution
            .filter((b) => b.count > 0)
            .map((b) => `${b.count} at ${b.judgement}`)
            .join(', ')}.`,
    ),
    ...(checks.size === 0
      ? [note('No check was given to the same child twice, so there is no before and after to compare.')]
      : [
          table(
            ['Check', 'Scale', 'Children (n)', 'Mean first score', 'Mean last score', 'Rose', 'Same', 'Fell'],
            [...checks.values()].map((c) => [
              c.name,
              c.scale,
              String(c.pairs.length),
              mean(c.pairs.map((p) => p[0])),
              mean(c.pairs.map((p) => p[1])),
              String(c.pairs.filter(([a, b]) => b > a).length),
              String(c.pairs.filter(([a, b]) => b === a).length),
              String(c.pairs.filter(([a, b]) => b < a).length),
            ]),
            [3, 2, 1.2, 1.2, 1.2, 0.8, 0.8, 0.8],
          ),
          note(
            'Each child’s first and last score on the same check, on that check’s own scale. The groups are small and the checks are the teachers’ own: read them as a sign, not as proof.',
          ),
        ]),
  ];
}

/**
 * Teachers: each participant's own start and end self-ratings beside their own words from early
 * and late in the year (their first and last journal entries), named by the one rule for naming.
 */
function teacherBlocks(
  evaluation: WorkGroupEvaluationResult,
  snapshot: WorkGroupSnapshot,
  label: Label,
  quoted: Set<string>,
): Block[] {
  const own = (ratings: Record<string, number>) => {
    const values = Object.values(ratings);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  };
  const rows = snapshot.participants.flatMap((p) => {
    const start = own(p.startRatings);
    const end = own(p.endRatings);
    const journal = snapshot.journalEntries
      .filter((j) => j.participantId === p.id && j.text.trim())
      .sort((a, b) => a.date.localeCompare(b.date));
    if (start === null || end === null || journal.length < 2) return [];
    const [first, last] = [journal[0]!, journal.at(-1)!];
    quoted.add(first.id).add(last.id);
    const who = label({ kind: 'participant', id: p.id });
    return [
      [
        who,
        `${start.toFixed(1)} → ${end.toFixed(1)}`,
        `“${excerpt(first.text, WORDS_MAX)}”`,
        `“${excerpt(last.text, WORDS_MAX)}”`,
      ],
    ];
  });
  return [
    ...selfRatingBlocks(evaluation),
    ...(rows.length === 0
      ? []
      : [
          table(
            ['Teacher', 'Own rating, start → end', 'In their words early in the year', 'In their words at the end'],
            rows,
            [1.6, 1.2, 3, 3],
          ),
          note('Each teacher’s own mean rating (1–5) beside the first and the last entry of their own journal.'),
        ]),
  ];
}

const STRENGTH_ORDER = ['measured', 'triangulated', 'anecdotal'];

/** Each intended outcome with a verdict from the claims and evidence of its area. */
function outcomeVerdicts(evaluation: WorkGroupEvaluationResult, snapshot: WorkGroupSnapshot): Block[] {
  const outcomes = snapshot.workGroup.intendedOutcomes;
  if (outcomes.length === 0) return [note('No intended outcomes were recorded.')];
  return outcomes.flatMap((o) => {
    const area = evaluation.areas.find((a) => a.area === o.area);
    const claims = area?.claims ?? [];
    const strengths = claims.map((c) => shownStrength(c, snapshot));
    const verdict = strengths.includes('measured')
      ? 'Evidence suggests it was achieved, with a measure to show it.'
      : strengths.includes('triangulated')
        ? 'Evidence from more than one source suggests it was largely achieved; no measure is linked.'
        : strengths.includes('anecdotal')
          ? 'Some evidence, so far anecdotal: not enough to say it was achieved.'
          : (area?.evidenceByTerm.total ?? 0) > 0
            ? `${count(area!.evidenceByTerm.total, 'record')} in this area, but no impact claim says what they show yet.`
            : 'No evidence recorded yet.';
    const strongest = claims
      .map((c, i) => ({ c, rank: STRENGTH_ORDER.indexOf(strengths[i]!) }))
      .sort((x, y) => x.rank - y.rank)[0]?.c;
    return [
      heading(o.statement, 3),
      labelled('Area and whose outcome', `${area?.label ?? o.area}, ${OUTCOME_OWNER.labels[o.owner].toLowerCase()}`),
      labelled('Verdict', verdict),
      ...(strongest
        ? [labelled('Evidence', `${strongest.statement} (${count(strongest.evidence.length, 'linked record')})`)]
        : []),
    ];
  });
}

function selfRatingBlocks(evaluation: WorkGroupEvaluationResult): Block[] {
  const ratings = evaluation.areas.find((a) => a.selfRatings)?.selfRatings;
  if (!ratings || ratings.items.length === 0) return [note('No confidence survey ratings are recorded.')];
  const mean = (n: number | null) => (n === null ? '—' : n.toFixed(1));
  return [
    table(
      ['Statement', 'Start', 'End'],
      [
        ...ratings.items.map((i) => [i.statement, mean(i.startMean), mean(i.endMean)]),
        ['All statements', mean(ratings.overall.startMean), mean(ratings.overall.endMean)],
      ],
      [6, 1, 1],
    ),
    note(
      `All statements: ${selfRatingsCaption(evaluation.figures.selfRatings)}. ${FIGURES.selfRatings.definition} Each statement's row is every rating given to it.`,
    ),
    note('Ratings are on the Lead’s own 1–5 confidence survey; it is not an NCETM instrument.'),
  ];
}
