import type { ChartConfiguration } from 'chart.js';
import { formatDateGB } from '../calendar/dates';
import { OKABE_ITO } from './palette';

const LINE_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple];

/** A focus child's measures over the year, one line per scale (a score "out of 20" is not mixed with a reading age). */
export function measuresChart(
  code: string,
  measures: { date: string; measureValue?: number | undefined; measureScale: string; text: string }[],
): { config: ChartConfiguration<'line'>; altText: string; title: string } {
  const dates = [...new Set(measures.map((m) => m.date))].sort();
  const scales = [...new Set(measures.map((m) => m.measureScale))];
  const title = `Measures for ${code} over the year`;
  const datasets = scales.map((scale, i) => ({
    label: scale,
    data: dates.map((d) => measures.find((m) => m.date === d && m.measureScale === scale)?.measureValue ?? null),
    borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
    backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
    spanGaps: true,
  }));
  const words = measures.map((m) => `${formatDateGB(m.date)} ${m.text}: ${m.measureValue} (${m.measureScale})`);
  return {
    title,
    config: {
      type: 'line',
      data: { labels: dates.map(formatDateGB), datasets },
      options: {
        animation: false,
        plugins: { title: { display: true, text: title, font: { size: 16 } }, legend: { position: 'bottom' } },
        scales: {
          x: { title: { display: true, text: 'Date' } },
          y: { title: { display: true, text: 'Value' }, beginAtZero: true },
        },
      },
    },
    altText: `${title}. ${words.join('; ')}.`,
  };
}
