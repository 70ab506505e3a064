import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { paperBackground } from '../../src-shared/charts/paperBackground';

Chart.register(...registerables);

// Documents are printed: charts are drawn at twice screen size on white, so they stay sharp on paper.
const PRINT_SCALE = 2;

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/** Draws one of the shared chart configurations (the dashboards use the same ones) to a PNG. */
export function renderChart(config: ChartConfiguration, width = 800, height = 420): ChartImage {
  // Chart.js grows the canvas by the device pixel ratio itself.
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: PRINT_SCALE },
    plugins: [...(config.plugins ?? []), paperBackground],
  });
  try {
    return { png: canvas.toBuffer('image/png'), width, height };
  } finally {
    chart.destroy();
  }
}
