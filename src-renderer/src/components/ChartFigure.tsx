import { useEffect, useId, useRef, useState } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { EvaluationChart } from '../../../src-shared/charts/evaluationCharts';
import { CHART_FONT_FAMILY } from '../../../src-shared/charts/font';
import { paperBackground } from '../../../src-shared/charts/paperBackground';
import { downloadBlob, fileSlug } from '../download';
import { chartPng, chartSvg, copyPng } from './chartPictures';

// Only the parts the evaluation charts use: bar charts with a title, a legend and tooltips.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Legend, Tooltip);
// The typeface the documents' charts use too, so a saved picture matches the printed one.
Chart.defaults.font.family = CHART_FONT_FAMILY;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export const chartTitle = (chart: EvaluationChart) => String(chart.config.options?.plugins?.title?.text ?? 'Chart');

/** Charts with long labels along the bottom (survey statements, standards) get a whole row. */
const isWide = (chart: EvaluationChart) => (chart.config.data.labels ?? []).join('').length > 90;

/**
 * One of the shared evaluation charts (the very configuration the Word exporter draws), with its
 * text alternative for screen readers and buttons to copy it or save it for slides and documents.
 */
export function ChartFigure({ chart, filePrefix }: { chart: EvaluationChart; filePrefix: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = useId();
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  const title = chartTitle(chart);
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
  const attempt = async (action: () => Promise<string>) => {
    setNotice(undefined);
    try {
      setNotice({ text: await action() });
    } catch (error) {
      setNotice({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  const copy = () =>
    attempt(async () => {
      await copyPng(chartPng(chart.config));
      return 'Copied. Paste it into your slides or document (Ctrl+V).';
    });
  const savePng = () =>
    attempt(async () => {
      downloadBlob(await chartPng(chart.config), fileName('png'));
      return `Saved “${fileName('png')}” (1920 × 1080 pixels) where your downloads go.`;
    });
  const saveSvg = () =>
    attempt(async () => {
      downloadBlob(chartSvg(chart.config), fileName('svg'));
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
        <details>
          <summary>The chart in words</summary>
          <p id={`${id}-text`}>{chart.altText}</p>
        </details>
        <div className="chart-actions">
          {actions.map(([label, action]) => (
            <button key={label} type="button" onClick={action} aria-label={`${label}: ${title}`}>
              {label}
            </button>
          ))}
        </div>
        <p className="status" role="status">
          {notice && !notice.error ? notice.text : ''}
        </p>
        {notice?.error && (
          <p className="form-error" role="alert">
            {notice.text}
          </p>
        )}
      </figcaption>
    </figure>
  );
}

/** The charts of a dashboard side by side, up to three to a row on a laptop screen. */
export function ChartGrid({ charts, filePrefix }: { charts: EvaluationChart[]; filePrefix: string }) {
  return (
    <div className="chart-grid">
      {charts.map((chart) => (
        <ChartFigure key={chartTitle(chart)} chart={chart} filePrefix={filePrefix} />
      ))}
    </div>
  );
}
