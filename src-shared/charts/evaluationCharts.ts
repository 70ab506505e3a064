import type { ChartConfiguration } from 'chart.js';
import type { CoverageCell, MeetingAttendance, SelfRatings, Suppressible, TermCounts } from '../api/evaluation';
import { TERMS, TERM_LABELS } from '../calendar/academicYear';
import { formatDateGB } from '../calendar/dates';
import { DFE_STANDARD, NCETM_AREA, type NcetmArea } from '../domain/enums';
import { AREA_COLOURS, OKABE_ITO, START_END_COLOURS } from './palette';

// chart.js configurations built from evaluation results: plain data, no DOM and no functions, so
// the dashboards draw them in the browser and the exporters draw them to PNG on a Node canvas.

/** A chart and the words that stand in for it for anyone who cannot see it. */
export interface EvaluationChart {
  config: ChartConfiguration<'bar'>;
  altText: string;
}

const FONT = { family: 'Arial, Helvetica, sans-serif' };

function barChart(
  title: string,
  labels: string[],
  datasets: ChartConfiguration<'bar'>['data']['datasets'],
  axes: { x: string; y: string; yMax?: number; yMin?: number; stacked?: boolean; integer?: boolean },
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      animation: false,
      font: FONT,
      plugins: {
        title: { display: true, text: title, font: { ...FONT, size: 16 } },
        legend: { display: datasets.length > 1, position: 'bottom' },
      },
      scales: {
        x: { title: { display: true, text: axes.x }, stacked: axes.stacked ?? false },
        y: {
          title: { display: true, text: axes.y },
          stacked: axes.stacked ?? false,
          beginAtZero: true,
          ...(axes.yMin !== undefined ? { min: axes.yMin } : {}),
          ...(axes.yMax !== undefined ? { max: axes.yMax } : {}),
          ...(axes.integer ? { ticks: { precision: 0 } } : {}),
        },
      },
    },
  };
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Attendance at each meeting of the whole group, as a percentage of participants. */
export function attendanceByMeetingChart(attendance: MeetingAttendance[]): EvaluationChart {
  const meetings = attendance.filter((m) => m.wholeGroup);
  const rates = meetings.map((m) => pct(m.rate));
  const title = 'Attendance by meeting';
  const known = rates.filter((r): r is number => r !== null);
  const mean = known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
  const altText =
    meetings.length === 0
      ? `${title}: no meetings of the whole group are recorded yet.`
      : `${title}: ${plural(meetings.length, 'meeting')}. ${meetings
          .map((m) => `${formatDateGB(m.date)}: ${m.attended} of ${m.participants}`)
          .join('; ')}.${mean === null ? '' : ` Mean attendance ${mean}%.`}`;
  return {
    config: barChart(
      title,
      meetings.map((m) => formatDateGB(m.date)),
      [{ label: 'Participants attending (%)', data: rates, backgroundColor: OKABE_ITO.blue }],
      { x: 'Meeting date', y: 'Participants attending (%)', yMax: 100 },
    ),
    altText,
  };
}

/** Tagged evidence in each term, one bar per NCETM area. */
export function evidenceOverYearChart(
  areas: { area: NcetmArea; label: string; evidenceByTerm: TermCounts }[],
): EvaluationChart {
  const title = 'Evidence over the year by NCETM outcome area';
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
  };
}

/** Mean self-ratings per survey statement, at the start and at the end of the year. */
export function selfRatingsChart(ratings: SelfRatings): EvaluationChart {
  const title = 'Participants’ self-ratings, start and end of the year';
  const labels = ratings.items.map((i) => (i.statement.length > 40 ? `${i.statement.slice(0, 39)}…` : i.statement));
  const words = ratings.items.map(
    (i) => `“${i.statement}” ${i.startMean ?? 'not rated'} at the start, ${i.endMean ?? 'not rated'} at the end`,
  );
  const { startMean, endMean } = ratings.overall;
  return {
    config: barChart(
      title,
      labels,
      [
        { label: 'Start', data: ratings.items.map((i) => i.startMean), backgroundColor: START_END_COLOURS.start },
        { label: 'End', data: ratings.items.map((i) => i.endMean), backgroundColor: START_END_COLOURS.end },
      ],
      { x: 'Survey statement', y: 'Mean rating (1–5)', yMin: 0, yMax: 5 },
    ),
    altText: `${title}. Overall mean ${startMean ?? 'not rated'} at the start and ${endMean ?? 'not rated'} at the end. ${words.join('; ')}.`,
  };
}

const SHORT_STANDARD = (label: string) => label.replace(/^(\d)\. /, 'Standard $1: ');

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
  };
}
