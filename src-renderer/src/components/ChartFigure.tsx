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
import { paperBackground } from '../../../src-shared/charts/paperBackground';
import { downloadBlob, fileSlug } from '../download';

// Only the parts the evaluation charts use: bar charts with a title, a legend and tooltips.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Legend, Tooltip);

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export const chartTitle = (chart: EvaluationChart) => String(chart.config.options?.plugins?.title?.text ?? 'Chart');

/** Charts with long labels along the bottom (survey statements, standards) get a whole row. */
const isWide = (chart: EvaluationChart) => (chart.config.data.labels ?? []).join('').length > 90;

/**
 * One of the shared evaluation charts (the very configuration the Word exporter draws), with its
 * text alternative for screen readers and a button to save it as a picture.
 */
export function ChartFigure({ chart, filePrefix }: { chart: EvaluationChart; filePrefix: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>();
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

  const save = () => {
    setProblem(undefined);
    canvas.current?.toBlob((blob) => {
      if (blob) downloadBlob(blob, `${fileSlug(`${filePrefix} ${title}`)}.png`);
      else setProblem('The chart could not be saved as a picture. Try again, or take a screenshot instead.');
    }, 'image/png');
  };

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
        <button type="button" onClick={save} aria-label={`Save “${title}” as PNG`}>
          Save as PNG
        </button>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
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
