import { INDICATOR_STATUS_LABELS, type HubRollup, type Suppressible } from '../../../src-shared/api/evaluation';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { CHANGE_JUDGEMENT } from '../../../src-shared/domain/enums';
import { TERM_COUNT_COLUMNS } from '../../../src-shared/evaluation/areas';
import { formatFigure } from '../../../src-shared/evaluation/format';
import { type Block, buildDocument, chart, heading, labelled, note, paragraphs, quote, table } from './blocks';
import type { ReportChart } from './report';

export interface CaseStudyExcerpt {
  code: string;
  workGroupName: string;
  desiredChange: string;
  change: string;
}

const shown = (s: Suppressible, below: number) => (s.suppressed ? `fewer than ${below}` : String(s.value ?? 0));
const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

/** Many Work Groups at once, for the hub and for conferences: headline figures, the rolled-up matrix, excerpts. */
export function hubSummaryDocument(
  rollup: HubRollup,
  options: { title: string; charts: ReportChart[]; excerpts: CaseStudyExcerpt[]; producedOn: string },
) {
  const below = rollup.suppressBelow;
  const { totals } = rollup;
  const body: Block[] = [
    heading('Headline figures'),
    table(
      ['Work Groups', 'Schools', 'Participants', 'Focus children', 'Meetings', 'Journal entries', 'Observations'],
      [
        [
          String(rollup.workGroupCount),
          String(totals.schools),
          String(totals.participants),
          shown(totals.focusChildren, below),
          String(totals.meetings),
          String(totals.journalEntries),
          String(totals.observations),
        ],
      ],
    ),
    note(`Counts of focus children below ${below} are not shown, so that no child can be identified.`),
    ...options.charts.flatMap((c) => chart(c.image, c.title, c.altText)),

    heading('The DfE Standard across the Work Groups'),
    ...rollup.standards.flatMap((s) => [
      heading(s.label, 2),
      ...paragraphs(
        `${s.met} of ${rollup.workGroupCount} Work Groups meet this standard; ${s.partly} partly; ${s.notYet} not yet.`,
      ),
      table(
        ['Indicator', 'Target', 'Met', 'Partly', 'Not yet', 'Across the groups'],
        s.indicators.map((i) => [
          i.label,
          formatFigure(i.target, i.unit),
          percent(i.shareMet),
          percent(i.sharePartly),
          percent(i.shareNotYet),
          i.summed.suppressed ? `fewer than ${below}` : formatFigure(i.summed.value, i.unit),
        ]),
        [5, 1, 1, 1, 1, 1.5],
      ),
    ]),

    heading('Work Groups side by side'),
    table(
      ['Work Group', 'Year', 'Standards met', 'Participants', 'Focus children', 'Attendance', 'Serious gaps'],
      rollup.rows.map((r) => [
        `${r.workGroup.code}: ${r.workGroup.name}`,
        r.workGroup.academicYear,
        `${r.met} of 5`,
        String(r.participants),
        shown(r.focusChildren, below),
        percent(r.attendanceRate),
        String(r.highGaps),
      ]),
      [4, 1, 1.2, 1.2, 1.2, 1.2, 1],
    ),

    heading('Focus children’s change'),
    table(
      ['Judgement of change', 'Focus children'],
      rollup.changeDistribution.map((b) => [
        CHANGE_JUDGEMENT.labels[String(b.judgement) as keyof typeof CHANGE_JUDGEMENT.labels] ?? String(b.judgement),
        shown(b.count, below),
      ]),
      [4, 1],
    ),

    heading('The NCETM outcome areas'),
    table(
      ['Area', ...TERM_COUNT_COLUMNS.map((c) => c.label), 'Claims (measured)'],
      rollup.areas.map((a) => [
        a.label,
        ...TERM_COUNT_COLUMNS.map((c) => String(a.evidenceByTerm[c.key])),
        `${a.claimCounts.anecdotal + a.claimCounts.triangulated + a.claimCounts.measured} (${a.claimCounts.measured})`,
      ]),
      [3, 1, 1, 1, 1, 1.5],
    ),

    heading('From the case studies'),
    ...(options.excerpts.length === 0
      ? [note('No case study has an end-of-year judgement yet.')]
      : options.excerpts.flatMap((e) => [
          heading(`${e.code}, ${e.workGroupName}`, 3),
          labelled('The change hoped for', e.desiredChange || 'Not recorded'),
          ...quote(e.change, 'The teacher’s note on the change'),
        ])),
    heading('About these figures'),
    ...paragraphs(
      `Status per indicator: ${Object.values(INDICATOR_STATUS_LABELS).join(', ')}. Figures are computed by Work Group Evaluator from the records of each Work Group and are the same as on its screens and in its reports.`,
    ),
  ];
  return buildDocument({
    title: options.title,
    subtitle: `${rollup.workGroupCount} Work Groups`,
    details: [`Produced on ${formatDateGB(options.producedOn)} with Work Group Evaluator`],
    body,
  });
}
