import { useEffect, useId, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  SubTitle,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { EvaluationChart } from '../../../src-shared/charts/evaluationCharts';
import { CHART_FONT_FAMILY } from '../../../src-shared/charts/font';
import { paperBackground } from '../../../src-shared/charts/paperBackground';
import { api } from '../api';
import { downloadBlob, fileSlug } from '../download';
import { useCheckedAction } from '../exports/useCheckedExport';
import { chartPng, chartSvg, copyPng } from './chartPictures';
import { chartCaption, type ChartContext } from '../../../src-shared/charts/caption';

// Only the parts the evaluation charts use: bar charts with a title, a legend and tooltips, and the
// subtitle that carries a saved picture's caption.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle, Legend, Tooltip);
// The typeface the documents' charts use too, so a saved picture matches the printed one.
Chart.defaults.font.family = CHART_FONT_FAMILY;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export const chartTitle = (chart: EvaluationChart) => String(chart.config.options?.plugins?.title?.text ?? 'Chart');

/** A label's words, however chart.js was given them (a line, several lines, a number). */
const words = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.flatMap(words) : [String(value)];

/**
 * The words a picture carries, for the personal-data check: survey statements, Work Group names
 * and the like are typed by a Lead. Each set is named as the findings dialog shows it.
 */
function chartWords({ options, data }: ChartConfiguration<'bar'>, caption: string) {
  const places = [
    { where: 'the caption', words: [caption] },
    { where: 'the chart’s title', words: words(options?.plugins?.title?.text) },
    {
      where: 'the axis titles',
      words: Object.values(options?.scales ?? {}).flatMap((scale) => words(scale?.title?.text)),
    },
    { where: 'the chart’s labels', words: words(data.labels) },
    { where: 'the legend', words: data.datasets.flatMap((dataset) => words(dataset.label)) },
  ];
  return places
    .filter((place) => place.words.length > 0)
    .map(({ where, words }) => ({ where, text: words.join('\n') }));
}

/** Today on this computer's calendar, as an ISO date (Canadian English writes dates as ISO does). */
export const todayISO = () => new Date().toLocaleDateString('en-CA');

/** Charts with long labels along the bottom (survey statements, standards) get a whole row. */
const isWide = (chart: EvaluationChart) => (chart.config.data.labels ?? []).join('').length > 90;

interface ChartProps {
  filePrefix: string;
  /** Which Work Groups and the "as of" date, for every saved picture's caption. */
  context: ChartContext;
  /** The Work Group the charts show, whose people and schools the check looks for too; none on the hub view. */
  workGroupId?: string;
}

/**
 * One of the shared evaluation charts (the very configuration the Word exporter draws), with its
 * text alternative for screen readers and buttons to copy it or save it for slides and documents.
 */
export function ChartFigure({ chart, filePrefix, workGroupId, context }: ChartProps & { chart: EvaluationChart }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = useId();
  const title = chartTitle(chart);
  const caption = chartCaption(chart.sample, { ...context, savedOn: todayISO() });
  const configKey = JSON.stringify(chart.config);

  useEffect(() => {
    if (!canvas.current) return;
    const config = JSON.parse(configKey) as ChartConfiguration<'bar'>;
    // The figure's height is set by the page, so the chart fills it rather than keeping its own shape.
    const options = { ...config.options, maintainAspectRatio: false };
    if (prefersReducedMotion()) {
      options.animation = false;
      options.transitions = { active: { animation: { duration: 0 } } };
    }
    const instance = new Chart(canvas.current, { ...config, options, plugins: [paperBackground] });
    return () => instance.destroy();
  }, [configKey]);

  const fileName = (extension: string) => `${fileSlug(`${filePrefix} ${title}`)}.${extension}`;
  const { start, busy, statusLine, dialog } = useCheckedAction({
    what: 'this chart',
    making: 'Drawing the picture…',
    check: async () => {
      const places = chartWords(chart.config, caption);
      if (places.length === 0) return { findings: [] };
      const { findings } = await api.call('privacy.check', {
        texts: places.map((place) => place.text),
        ...(workGroupId ? { workGroupId } : {}),
      });
      // The check numbers the texts from 1; the dialog says where on the chart each one is.
      return { findings: findings.map((finding) => ({ ...finding, where: places[Number(finding.where) - 1]!.where })) };
    },
    replaceable: false,
    // The pictures' own messages say what to do instead (use "Save as PNG", take a screenshot).
    failure: (error) => (error instanceof Error ? error.message : String(error)),
  });
  const copy = () =>
    start(async () => {
      await copyPng(chartPng(chart.config, caption));
      return 'Copied. Paste it into your slides or document (Ctrl+V).';
    });
  const savePng = () =>
    start(async () => {
      downloadBlob(await chartPng(chart.config, caption), fileName('png'));
      return `Saved “${fileName('png')}” (1920 × 1080 pixels) where your downloads go.`;
    });
  const saveSvg = () =>
    start(async () => {
      downloadBlob(chartSvg(chart.config, caption), fileName('svg'));
      return `Saved “${fileName('svg')}” where your downloads go. It stays sharp at any size.`;
    });
  const actions = [
    ['Copy picture', copy],
    ['Save as PNG', savePng],
    ['Save as SVG', saveSvg],
  ] as const;

  return (
    <figure className={isWide(chart) ? 'chart-figure wide' : 'chart-figure'} aria-labelledby={`${id}-title`}>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
          {chart.altText}
        </canvas>
      </div>
      <figcaption>
        <span id={`${id}-title`} className="visually-hidden">
          {title}
        </span>
        <p className="chart-caption">{caption}</p>
        <details>
          <summary>The chart in words</summary>
          <p id={`${id}-text`}>{chart.altText}</p>
        </details>
        <div className="chart-actions">
          {actions.map(([label, action]) => (
            <button key={label} type="button" onClick={action} disabled={busy} aria-label={`${label}: ${title}`}>
              {label}
            </button>
          ))}
        </div>
        {statusLine}
        {dialog}
      </figcaption>
    </figure>
  );
}

/** The charts of a dashboard side by side, up to three to a row on a laptop screen. */
export function ChartGrid({ charts, ...props }: ChartProps & { charts: EvaluationChart[] }) {
  return (
    <div className="chart-grid">
      {charts.map((chart) => (
        <ChartFigure key={chartTitle(chart)} chart={chart} {...props} />
      ))}
    </div>
  );
}
