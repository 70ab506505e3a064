import type { HubRollup } from '../api/evaluation';
import { formatDateGB } from '../calendar/dates';
import { PHASE, type Phase } from '../domain/enums';
import { defaultAsOf } from '../evaluation/workGroup';

/** Which Work Groups a chart is of, and the date its figures stand at. */
export interface ChartContext {
  scope: string;
  asOf: string;
}

/**
 * A chart's caption, on the screen, on a saved picture and under it in documents and slides, so it
 * still says what it counts: its n, which Work Groups or filters, the date the figures stand at and
 * the day it was saved (or the document made).
 * "n = 5 meetings, 14 participants · TRG-2025-01 · as of 31/08/2026 · saved 04/12/2026"
 */
export function chartCaption(sample: string | undefined, context: ChartContext & { savedOn: string }): string {
  return [sample, context.scope, `as of ${formatDateGB(context.asOf)}`, `saved ${formatDateGB(context.savedOn)}`]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The caption drawn along a chart picture's foot (chart.js's subtitle), for a picture that leaves
 * the app: a saved PNG or SVG, and a chart on a slide. `size` in the chart's pixels.
 */
export const captionAlongTheFoot = (caption: string, size?: number) => ({
  display: true,
  text: caption,
  position: 'bottom' as const,
  align: 'start' as const,
  color: '#333333',
  ...(size === undefined ? {} : { font: { size } }),
});

/** One Work Group's charts: "TRG-2025-01 Talking mathematics", as of its evaluation's date. */
export const groupChartContext = (workGroup: { code: string; name: string }, asOf: string): ChartContext => ({
  scope: `${workGroup.code} ${workGroup.name}`,
  asOf,
});

/**
 * A hub roll-up's charts: its filters in words ("all projects, Primary, 2025/26"), and the date its
 * figures stand at (each group is evaluated as of today, kept within its own year).
 */
export function hubChartContext(rollup: Pick<HubRollup, 'filters' | 'rows'>, today: string): ChartContext {
  const { projectId, phase, academicYear } = rollup.filters;
  const project = projectId ? rollup.rows[0]?.workGroup.projectName : undefined;
  const years = new Set(rollup.rows.map((r) => r.workGroup.academicYear));
  return {
    scope: [
      project ?? 'all projects',
      phase ? (PHASE.labels[phase as Phase] ?? phase) : 'all phases',
      academicYear ?? 'all years',
    ].join(', '),
    asOf: years.size === 1 ? defaultAsOf([...years][0]!, today) : today,
  };
}
