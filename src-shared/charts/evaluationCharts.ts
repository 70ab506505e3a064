import type { ChartConfiguration } from 'chart.js';
import {
  INDICATOR_STATUSES,
  INDICATOR_STATUS_LABELS,
  type CoverageCell,
  type HubIndicator,
  type HubRow,
  type Indicator,
  type MeetingAttendance,
  type SelfRatings,
  type Suppressible,
  type SurveyResult,
  type TermCounts,
} from '../api/evaluation';
import { TERMS, TERM_LABELS } from '../calendar/academicYear';
import { formatDateGB } from '../calendar/dates';
import { DFE_STANDARD, EVIDENCE_STRENGTH, NCETM_AREA, type EvidenceStrength, type NcetmArea } from '../domain/enums';
import { formatTarget, formatValue } from '../evaluation/format';
import { count } from '../evaluation/text';
import { AREA_COLOURS, OKABE_ITO, START_END_COLOURS, STATUS_COLOURS } from './palette';

// chart.js configurations built from evaluation results: plain data, no DOM and no functions, so
// the dashboards draw them in the browser and the exporters draw them to PNG on a Node canvas.

/** A chart and the words that stand in for it for anyone who cannot see it. */
export interface EvaluationChart {
  config: ChartConfiguration<'bar'>;
  altText: string;
  /** What the bars count and how many, for a saved picture's caption: "n = 5 meetings, 14 participants". */
  sample?: string;
}

/** x names the categories and y the values; a horizontal chart lays the same bars on their side. */
function barChart(
  title: string,
  labels: (string | string[])[],
  datasets: ChartConfiguration<'bar'>['data']['datasets'],
  axes: {
    x: string;
    y: string;
    yMax?: number;
    yMin?: number;
    stacked?: boolean;
    integer?: boolean;
    horizontal?: boolean;
  },
): ChartConfiguration<'bar'> {
  // Every category keeps its label: none is skipped to save room. Bars on their side are labelled
  // in words beside each bar, which need the room more than the axis's own title does.
  const categories = {
    title: { display: !axes.horizontal, text: axes.x },
    stacked: axes.stacked ?? false,
    ticks: { autoSkip: false },
  };
  const values = {
    title: { display: true, text: axes.y },
    stacked: axes.stacked ?? false,
    beginAtZero: true,
    ...(axes.yMin !== undefined ? { min: axes.yMin } : {}),
    ...(axes.yMax !== undefined ? { max: axes.yMax } : {}),
    ...(axes.integer ? { ticks: { precision: 0 } } : {}),
  };
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      animation: false,
      ...(axes.horizontal ? { indexAxis: 'y' as const } : {}),
      plugins: {
        title: { display: true, text: title, font: { size: 16 } },
        legend: { display: datasets.length > 1, position: 'bottom' },
      },
      scales: axes.horizontal ? { x: values, y: categories } : { x: categories, y: values },
    },
  };
}

/** A long label as lines of about `width` characters, broken between words. */
function wrapped(text: string, width = 36): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));

/**
 * Attendance at each meeting of the whole group, as a percentage of participants; `overall` is the
 * attendance figure (figures.ts), said in the text alternative rather than worked out again here.
 */
export function attendanceByMeetingChart(attendance: MeetingAttendance[], overall?: number | null): EvaluationChart {
  const meetings = attendance.filter((m) => m.wholeGroup);
  const rates = meetings.map((m) => pct(m.rate));
  const title = 'Attendance by meeting';
  const mean = overall === undefined || overall === null ? null : pct(overall);
  const altText =
    meetings.length === 0
      ? `${title}: no meetings of the whole group are recorded yet.`
      : `${title}: ${count(meetings.length, 'meeting')}. ${meetings
          .map((m) => `${formatDateGB(m.date)}: ${m.attended} of ${m.participants}`)
          .join('; ')}.${mean === null ? '' : ` Attendance at whole-group meetings ${mean}%.`}`;
  return {
    config: barChart(
      title,
      meetings.map((m) => formatDateGB(m.date)),
      [{ label: 'Participants attending (%)', data: rates, backgroundColor: OKABE_ITO.blue }],
      { x: 'Meeting date', y: 'Participants attending (%)', yMax: 100 },
    ),
    altText,
    sample: `n = ${count(meetings.length, 'meeting')}, ${count(meetings[0]?.participants ?? 0, 'participant')}`,
  };
}

/** Tagged evidence in each term, one bar per NCETM area. */
export function evidenceOverYearChart(
  areas: { area: NcetmArea; label: string; evidenceByTerm: TermCounts }[],
): EvaluationChart {
  const title =
    areas.length === 1 ? `Evidence over the year: ${areas[0]!.label}` : 'Evidence over the year by NCETM outcome area';
  const totals = areas.map((a) => `${a.label} ${TERMS.map((t) => a.evidenceByTerm[t]).join(', ')}`);
  return {
    config: barChart(
      title,
      TERMS.map((t) => TERM_LABELS[t]),
      areas.map((a) => ({
        label: a.label,
        data: TERMS.map((t) => a.evidenceByTerm[t]),
        backgroundColor: AREA_COLOURS[a.area],
      })),
      { x: 'Term', y: 'Pieces of tagged evidence', integer: true },
    ),
    altText: `${title}. Pieces of evidence in the autumn, spring and summer terms: ${totals.join('; ')}.`,
    sample: `n = ${count(
      areas.reduce((n, a) => n + TERMS.reduce((m, t) => m + a.evidenceByTerm[t], 0), 0),
      'dated record',
    )} of tagged evidence`,
  };
}

/** How many focus children were judged at each point of the five-point scale of change. */
export function changeDistributionChart(
  buckets: { judgement: number; count: number | Suppressible }[],
): EvaluationChart {
  const title = 'Focus children’s change (end-of-year judgement)';
  const values = buckets.map((b) => (typeof b.count === 'number' ? b.count : b.count.value));
  const anySuppressed = buckets.some((b) => typeof b.count !== 'number' && b.count.suppressed);
  const words = buckets.map((b, i) => `${b.judgement}: ${values[i] === null ? 'fewer than 5' : values[i]}`);
  return {
    config: barChart(
      anySuppressed ? `${title}; counts under 5 withheld` : title,
      buckets.map((b) => String(b.judgement)),
      [{ label: 'Focus children', data: values, backgroundColor: OKABE_ITO.bluishGreen }],
      { x: 'Judgement of change (1 no noticeable change – 5 substantial change)', y: 'Focus children', integer: true },
    ),
    altText: `${title}. Focus children at each judgement: ${words.join('; ')}.${anySuppressed ? ' Counts under 5 are withheld to protect pupils.' : ''}`,
    sample: anySuppressed
      ? 'n = focus children judged (counts under 5 withheld)'
      : `n = ${count(
          values.reduce<number>((n, v) => n + (v ?? 0), 0),
          'focus child',
          'focus children',
        )} judged`,
  };
}

/** Mean self-ratings per survey statement, at the start and at the end of the year. */
export function selfRatingsChart(ratings: SelfRatings): EvaluationChart {
  const title = 'Participants’ self-ratings, start and end of the year';
  const words = ratings.items.map(
    (i) => `“${i.statement}” ${i.startMean ?? 'not rated'} at the start, ${i.endMean ?? 'not rated'} at the end`,
  );
  const { startMean, endMean } = ratings.overall;
  return {
    config: barChart(
      title,
      // Statements are sentences: the bars lie on their side so each can be read whole.
      ratings.items.map((i) => wrapped(i.statement)),
      [
        { label: 'Start', data: ratings.items.map((i) => i.startMean), backgroundColor: START_END_COLOURS.start },
        { label: 'End', data: ratings.items.map((i) => i.endMean), backgroundColor: START_END_COLOURS.end },
      ],
      { x: 'Survey statement', y: 'Mean rating (1–5)', yMin: 0, yMax: 5, horizontal: true },
    ),
    altText: `${title}. Overall mean ${startMean ?? 'not rated'} at the start and ${endMean ?? 'not rated'} at the end. ${words.join('; ')}.`,
    sample: `n = ${count(ratings.overall.paired, 'participant')} rated at both the start and the end`,
  };
}

/**
 * A questionnaire's answers as charts: its scale questions' start and end means side by side (only
 * participants who answered at both: FIGURES.surveyPaired), one chart for each length of scale; or,
 * for a questionnaire given after meetings, each scale question's mean answer meeting by meeting.
 */
export function surveyCharts(survey: SurveyResult): EvaluationChart[] {
  const scales = [...new Set(survey.questions.flatMap((q) => (q.top === null ? [] : [q.top])))];
  if (survey.timing === 'start_end') {
    return scales.flatMap((top) => {
      const questions = survey.questions.filter((q) => q.top === top && q.paired && q.paired.n > 0);
      if (questions.length === 0) return [];
      const ns = [...new Set(questions.map((q) => q.paired!.n))].sort((a, b) => a - b);
      const title = `${survey.title}: start and end of the year (1–${top})`;
      const words = questions.map(
        (q) => `“${q.text}” ${q.paired!.startMean} at the start, ${q.paired!.endMean} at the end (n = ${q.paired!.n})`,
      );
      return [
        {
          config: barChart(
            title,
            questions.map((q) => wrapped(`${q.text} (n = ${q.paired!.n})`)),
            [
              {
                label: 'Start',
                data: questions.map((q) => q.paired!.startMean),
                backgroundColor: START_END_COLOURS.start,
              },
              { label: 'End', data: questions.map((q) => q.paired!.endMean), backgroundColor: START_END_COLOURS.end },
            ],
            { x: 'Question', y: `Mean answer (1–${top})`, yMin: 0, yMax: top, horizontal: true },
          ),
          altText: `${title}. ${words.join('; ')}.`,
          sample: `n = ${ns.length === 1 ? ns[0] : `${ns[0]} to ${ns[ns.length - 1]}`} participants who answered at both the start and the end`,
        },
      ];
    });
  }
  return survey.questions.flatMap((q) => {
    const reactions = q.reactions;
    if (!reactions || reactions.n === 0) return [];
    const title = `${q.text} (1–${q.top}), after each meeting`;
    return [
      {
        config: barChart(
          title,
          reactions.byMeeting.map((m) => wrapped(`${m.label} (n = ${m.n})`, 24)),
          [
            {
              label: 'Mean answer',
              data: reactions.byMeeting.map((m) => m.mean),
              backgroundColor: OKABE_ITO.bluishGreen,
            },
          ],
          { x: 'Meeting', y: `Mean answer (1–${q.top})`, yMin: 0, yMax: q.top! },
        ),
        altText: `${title}. ${reactions.byMeeting.map((m) => `${m.label}: ${m.mean} (n = ${m.n})`).join('; ')}.`,
        sample: `n = ${count(reactions.n, 'answer')} after ${count(reactions.byMeeting.length, 'meeting')}`,
      },
    ];
  });
}

/** "1. Focus on …" as "Standard 1: Focus on …". */
export const SHORT_STANDARD = (label: string) => label.replace(/^(\d)\. /, 'Standard $1: ');

/** Tagged evidence for each standard, split by area: a stacked bar standing in for a heat map. */
export function coverageChart(cells: CoverageCell[]): EvaluationChart {
  const title = 'Coverage of the DfE standards by NCETM outcome area';
  const count = (standard: string, area: string) =>
    cells.find((c) => c.standard === standard && c.area === area)?.count ?? 0;
  const words = DFE_STANDARD.values.map(
    (s) =>
      `${SHORT_STANDARD(DFE_STANDARD.labels[s])}: ${NCETM_AREA.values.map((a) => `${NCETM_AREA.labels[a]} ${count(s, a)}`).join(', ')}`,
  );
  const empty = DFE_STANDARD.values.filter((s) => NCETM_AREA.values.every((a) => count(s, a) === 0));
  return {
    config: barChart(
      title,
      DFE_STANDARD.values.map((s) => SHORT_STANDARD(DFE_STANDARD.labels[s])),
      NCETM_AREA.values.map((a) => ({
        label: NCETM_AREA.labels[a],
        data: DFE_STANDARD.values.map((s) => count(s, a)),
        backgroundColor: AREA_COLOURS[a],
      })),
      { x: 'DfE standard', y: 'Pieces of evidence tagged to both', stacked: true, integer: true },
    ),
    altText: `${title}. ${words.join('. ')}.${empty.length ? ` No evidence yet for ${empty.map((s) => SHORT_STANDARD(DFE_STANDARD.labels[s])).join(', ')}.` : ''}`,
    // Records are counted once per standard and area they are tagged to together.
    sample: `n = ${cells.reduce((n, c) => n + c.count, 0)} pairs of a standard and an area tagged together`,
  };
}

/** How far each indicator of one standard has come towards its target, its status written beside it. */
export function indicatorProgressChart(all: Indicator[]): EvaluationChart {
  const title = 'How far each indicator has come towards its target';
  // An indicator outside the group's rules has no target to come towards.
  const indicators = all.filter((i) => i.status !== 'not_expected');
  const reached = indicators.map((i) =>
    i.value === null || i.target <= 0 ? 0 : Math.min(100, Math.round((i.value / i.target) * 100)),
  );
  const standing = (i: Indicator) =>
    `${formatValue(i)} (target ${formatTarget(i)}), ${INDICATOR_STATUS_LABELS[i.status].toLowerCase()}`;
  return {
    config: barChart(
      title,
      indicators.map((i) => [...wrapped(i.label), standing(i)]),
      // One bar each, in its status's colour; the status is written in the label, so no legend.
      [
        {
          label: 'Share of the target reached (%)',
          data: reached,
          backgroundColor: indicators.map((i) => STATUS_COLOURS[i.status]),
        },
      ],
      { x: 'Indicator', y: 'Share of the target reached (%)', yMax: 100, horizontal: true },
    ),
    altText: `${title}. ${indicators.map((i) => `${i.label}: ${standing(i)}`).join('; ')}.`,
  };
}

/** How many Work Groups meet, partly meet and do not yet meet each indicator of one standard. */
export function hubIndicatorChart(indicators: HubIndicator[]): EvaluationChart {
  const title = 'Work Groups meeting each indicator';
  const counts = (i: HubIndicator) => ({
    met: i.met,
    partly: i.partly,
    not_yet: i.notYet,
    not_expected: i.notExpected,
  });
  return {
    config: barChart(
      title,
      indicators.map((i) => wrapped(i.label)),
      // "Not expected" only appears when some group's kind is judged by other rules.
      INDICATOR_STATUSES.filter((status) => status !== 'not_expected' || indicators.some((i) => i.notExpected > 0)).map(
        (status) => ({
          label: status === 'not_expected' ? 'Not expected of their kind' : INDICATOR_STATUS_LABELS[status],
          data: indicators.map((i) => counts(i)[status]),
          backgroundColor: STATUS_COLOURS[status],
        }),
      ),
      { x: 'Indicator', y: 'Work Groups', stacked: true, integer: true, horizontal: true },
    ),
    altText: `${title}. ${indicators
      .map(
        (i) =>
          `${i.label}: ${i.met} met, ${i.partly} partly met, ${i.notYet} not yet${i.notExpected ? `, ${i.notExpected} not expected of their kind` : ''}`,
      )
      .join('; ')}.`,
  };
}

/** An area's impact claims by the strength of the evidence behind them. */
export function claimStrengthChart(area: {
  area: NcetmArea;
  label: string;
  claimCounts: Record<EvidenceStrength, number>;
}): EvaluationChart {
  const title = 'Impact claims by strength of evidence';
  const counts = EVIDENCE_STRENGTH.values.map((s) => area.claimCounts[s]);
  return {
    config: barChart(
      title,
      EVIDENCE_STRENGTH.values.map((s) => EVIDENCE_STRENGTH.labels[s]),
      [{ label: 'Impact claims', data: counts, backgroundColor: AREA_COLOURS[area.area] }],
      { x: 'Strength of evidence', y: 'Impact claims', integer: true },
    ),
    altText: `${title}, ${area.label}. ${EVIDENCE_STRENGTH.values.map((s, i) => `${EVIDENCE_STRENGTH.labels[s]}: ${counts[i]}`).join('; ')}.`,
  };
}

/** The Work Groups side by side: one bar each, named by code (the hub's group-against-group charts). */
type GroupRow = Pick<HubRow, 'workGroup' | 'attendanceRate' | 'standardsMet' | 'areas'>;

/** Attendance at whole-group meetings, Work Group against Work Group. */
export function groupsAttendanceChart(rows: GroupRow[]): EvaluationChart {
  const title = 'Attendance by Work Group';
  const rates = rows.map((r) => pct(r.attendanceRate));
  return {
    config: barChart(
      title,
      rows.map((r) => r.workGroup.code),
      [{ label: 'Places taken at whole-group meetings (%)', data: rates, backgroundColor: OKABE_ITO.blue }],
      { x: 'Work Group', y: 'Places taken at whole-group meetings (%)', yMax: 100 },
    ),
    altText: `${title}: ${rows
      .map((r, i) => `${r.workGroup.code} ${rates[i] === null ? 'no meetings yet' : `${rates[i]}%`}`)
      .join('; ')}.`,
    sample: `n = ${count(rows.length, 'Work Group')}`,
  };
}

/** How many of the five standards and four areas each Work Group meets. */
export function groupsMeetingChart(rows: GroupRow[]): EvaluationChart {
  const title = 'DfE standards and NCETM areas met by Work Group';
  const areasMet = rows.map((r) => Object.values(r.areas).filter((s) => s === 'met').length);
  return {
    config: barChart(
      title,
      rows.map((r) => r.workGroup.code),
      [
        { label: 'DfE standards met (of 5)', data: rows.map((r) => r.standardsMet), backgroundColor: OKABE_ITO.blue },
        { label: 'NCETM areas met (of 4)', data: areasMet, backgroundColor: OKABE_ITO.orange },
      ],
      { x: 'Work Group', y: 'Met', yMax: 5, integer: true },
    ),
    altText: `${title}: ${rows
      .map((r, i) => `${r.workGroup.code} ${r.standardsMet} standards and ${areasMet[i]} areas`)
      .join('; ')}.`,
    sample: `n = ${count(rows.length, 'Work Group')}`,
  };
}
