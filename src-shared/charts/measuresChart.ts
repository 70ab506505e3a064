import type { ChartConfiguration } from 'chart.js';
import { formatDateGB } from '../calendar/dates';
import { count } from '../evaluation/text';
import { scaleRange } from '../domain/measureScale';
import { OKABE_ITO } from './palette';

const POINT_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple];
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot'] as const;

/**
 * A focus child's measures over the year: a dated point for each, one series per scale (a score
 * "out of 20" is not mixed with a reading age). Points, not lines: measures taken months apart
 * say nothing about the months between. The axis runs over the whole scale, bottom to top.
 */
export function measuresChart(
  code: string,
  measures: { date: string; measureValue?: number | undefined; measureScale: string; text: string }[],
): { config: ChartConfiguration<'line'>; altText: string; title: string; caption: string } {
  const dates = [...new Set(measures.map((m) => m.date))].sort();
  const scales = [...new Set(measures.map((m) => m.measureScale))];
  const ranges = scales.map(scaleRange);
  const shared = ranges.every((r) => r && r.min === ranges[0]!.min && r.max === ranges[0]!.max) ? ranges[0] : undefined;
  const title = `Measures for ${code} over the year`;
  const datasets = scales.map((scale, i) => ({
    label: scale,
    data: dates.map((d) => measures.find((m) => m.date === d && m.measureScale === scale)?.measureValue ?? null),
    borderColor: POINT_COLOURS[i % POINT_COLOURS.length],
    backgroundColor: POINT_COLOURS[i % POINT_COLOURS.length],
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
    pointRadius: 6,
    showLine: false,
  }));
  const words = measures.map((m) => `${formatDateGB(m.date)} ${m.text}: ${m.measureValue} (${m.measureScale})`);
  return {
    title,
    caption: `${title}: ${count(measures.length, 'measure')} on ${scales.length === 1 ? `one scale (${scales[0]})` : `${scales.length} scales`}, each point dated.`,
    config: {
      type: 'line',
      data: { labels: dates.map(formatDateGB), datasets },
      options: {
        animation: false,
        plugins: { title: { display: true, text: title, font: { size: 16 } }, legend: { position: 'bottom' } },
        scales: {
          x: { title: { display: true, text: 'Date' } },
          y: {
            title: { display: true, text: scales.length === 1 ? `Score (${scales[0]})` : 'Score' },
            beginAtZero: true,
            ...(shared ? { min: shared.min, max: shared.max } : {}),
          },
        },
      },
    },
    altText: `${title}. ${words.join('; ')}.`,
  };
}
