import {
  INDICATOR_STATUS_LABELS,
  JUDGEMENT_RATING_LABELS,
  type WorkGroupEvaluationResult,
} from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { CHANGE_JUDGEMENT, MEETING_KIND, OUTCOME_OWNER } from '../../../src-shared/domain/enums';
import { TERM_COUNT_COLUMNS } from '../../../src-shared/evaluation/areas';
import { formatFigure, formatTarget, formatValue } from '../../../src-shared/evaluation/format';
import { FIGURES, selfRatingsCaption, sessionsCaption, STANDARD_COUNT } from '../../../src-shared/evaluation/figures';
import { count } from '../../../src-shared/evaluation/text';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import type { ChartImage } from '../chartImage';
import { guskeySection } from './guskeySection';
import { type Block, bullets, buildDocument, chart, heading, labelled, note, paragraphs, quote, table } from './blocks';

export interface ReportChart {
  image: ChartImage;
  title: string;
  altText: string;
}

export interface ReportCharts {
  attendance?: ReportChart;
  evidenceByArea?: ReportChart;
  change?: ReportChart;
  selfRatings?: ReportChart;
  coverage?: ReportChart;
}

const MAX_EVIDENCE_LISTED = 8;

const evidenceList = (items: { label: string }[]): Block[] =>
  items.length === 0
    ? [note('No evidence is linked yet.')]
    : bullets([
        ...items.slice(0, MAX_EVIDENCE_LISTED).map((i) => i.label),
        ...(items.length > MAX_EVIDENCE_LISTED ? [`and ${items.length - MAX_EVIDENCE_LISTED} more`] : []),
      ]);

const drawn = (c: ReportChart | undefined): Block[] => (c ? chart(c.image, c.title, c.altText) : []);

/** The end-of-year evaluation report: every figure comes from the same evaluation as the screens. */
export function reportDocument(
  evaluation: WorkGroupEvaluationResult,
  snapshot: WorkGroupSnapshot,
  charts: ReportCharts,
  producedOn: string,
) {
  const index = indexSnapshot(snapshot);
  const { workGroup, totals, figures } = evaluation;
  const judgementOf = (subject: string) => evaluation.judgements.find((j) => j.subject === subject);
  const judgementBlocks = (subject: string): Block[] => {
    const j = judgementOf(subject);
    if (!j) return [note("The Lead's judgement has not been recorded yet.")];
    return [
      labelled("Lead's judgement", JUDGEMENT_RATING_LABELS[j.rating]),
      ...paragraphs(j.narrative),
      ...(j.evidence.length > 0 ? [labelled('Evidence chosen by the Lead', ''), ...evidenceList(j.evidence)] : []),
    ];
  };
  const plans = snapshot.schoolParticipations.filter((p) => p.continuationPlan.trim());

  const body: Block[] = [
    heading('Overview'),
    labelled('Project', workGroup.projectName),
    labelled('Academic year', workGroup.academicYear),
    labelled('Work Group Lead', workGroup.leadName),
    labelled('Umbrella research question', workGroup.umbrellaQuestion || 'Not recorded'),
    ...paragraphs(
      `${count(figures.schools, 'school')} and ${count(figures.participants, 'participant')} took part, following ${count(figures.focusChildren, 'focus child', 'focus children')}. ` +
        `The group held ${sessionsCaption(figures.sessions)}. Participants wrote ${count(totals.journalEntries, 'journal entry', 'journal entries')} and recorded ` +
        `${count(totals.observations, 'observation')}. ${figures.standardsMet} of the ${STANDARD_COUNT} DfE standards are met on the evidence recorded by ${formatDateGB(evaluation.asOf)}.`,
    ),
    heading('Intended outcomes', 2),
    ...(snapshot.workGroup.intendedOutcomes.length === 0
      ? [note('No intended outcomes were recorded.')]
      : [
          table(
            ['Area', 'Whose outcome', 'Intended outcome'],
            snapshot.workGroup.intendedOutcomes.map((o) => [
              evaluation.areas.find((a) => a.area === o.area)?.label ?? o.area,
              OUTCOME_OWNER.labels[o.owner],
              o.statement,
            ]),
            [2, 1, 5],
          ),
        ]),

    heading('The four evaluation questions'),
    note('A first draft from the evidence recorded: edit it in your own words before the report goes out.'),
    ...evaluation.questions.flatMap((q) => [heading(q.question, 2), ...paragraphs(q.draft)]),

    heading('Schools and participants'),
    table(
      ['School', 'Senior leader', 'Participants'],
      [
        ...new Set([
          ...snapshot.schoolParticipations.map((p) => p.schoolId),
          ...snapshot.participants.map((p) => p.schoolId),
        ]),
      ].map((schoolId) => {
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

    heading('The DfE Standard for teachers’ professional development'),
    ...drawn(charts.coverage),
    ...evaluation.standards.flatMap((s) => [
      heading(s.label, 2),
      labelled('Computed status', INDICATOR_STATUS_LABELS[s.status]),
      ...judgementBlocks(`standard:${s.standard}`),
      table(
        ['Indicator', 'Value', 'Target', 'Status'],
        s.indicators.map((i) => [i.label, formatValue(i), formatTarget(i), INDICATOR_STATUS_LABELS[i.status]]),
        [5, 1, 1, 1.3],
      ),
      labelled('Evidence behind these indicators', ''),
      ...evidenceList(s.evidence),
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
        : a.claims.flatMap((c) => [labelled(`Claim (${c.strength})`, c.statement), ...evidenceList(c.evidence)])),
      ...a.quotes.flatMap((q) => quote(q.text, `${q.source.label}`)),
    ]),

    ...guskeySection(evaluation),

    heading('Focus children’s change'),
    table(
      ['Judgement of change', 'Focus children'],
      evaluation.changeDistribution.map((b) => [
        CHANGE_JUDGEMENT.labels[String(b.judgement) as keyof typeof CHANGE_JUDGEMENT.labels] ?? String(b.judgement),
        String(b.count),
      ]),
      [4, 1],
    ),
    note(
      `${figures.changeJudged} of ${count(figures.focusChildren, 'focus child', 'focus children')} have their change judged so far.`,
    ),
    ...drawn(charts.change),

    heading('Participants’ self-ratings, start and end'),
    ...selfRatingBlocks(evaluation),
    ...drawn(charts.selfRatings),

    heading('Senior leaders’ evaluations'),
    ...(snapshot.schoolParticipations.length === 0
      ? [note('No schools’ participation is recorded.')]
      : snapshot.schoolParticipations.flatMap((p) => [
          heading(index.schoolName(p.schoolId), 3),
          labelled('Intended impact', p.intendedImpact || 'Not recorded'),
          labelled('Evaluation at the end of the year', p.endEvaluation || 'Not yet recorded'),
        ])),

    heading('Gaps still open'),
    ...(evaluation.gaps.length === 0
      ? [note('No gaps: the evidence meets every target.')]
      : bullets(evaluation.gaps.map((g) => g.message))),

    heading('Next steps'),
    ...(plans.length === 0
      ? [note('No continuation plans are recorded yet.')]
      : plans.flatMap((p) => [labelled(index.schoolName(p.schoolId), p.continuationPlan)])),

    heading('Reading list'),
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
    details: [`Work Group ${workGroup.code}`, `Lead: ${workGroup.leadName}`, `Produced on ${formatDateGB(producedOn)}`],
    body,
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
