import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { captionAlongTheFoot } from '../../src-shared/charts/caption';
import { CHART_FONT_FAMILY } from '../../src-shared/charts/font';
import { paperBackground } from '../../src-shared/charts/paperBackground';
import boldFont from '../../resources/fonts/LiberationSans-Bold.ttf?asset';
import regularFont from '../../resources/fonts/LiberationSans-Regular.ttf?asset';

Chart.register(...registerables);

// The charts ask for Arial. A machine without it (Linux, often) would draw every label as empty
// boxes, so the app carries Liberation Sans, which has Arial's widths and so fits the same way.
// Read by Node, not by the canvas, so that it also loads from inside the packaged app's archive.
for (const font of [regularFont, boldFont]) GlobalFonts.register(readFileSync(font), 'Liberation Sans');
// Set once for every text element: a chart's own font settings change its size or weight, never the typeface.
Chart.defaults.font.family = CHART_FONT_FAMILY;

// Documents are printed: charts are drawn at twice screen size on white, so they stay sharp on paper.
const PRINT_SCALE = 2;

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Every piece of text at this size (the title a little larger), for a chart seen from across a hall. */
  fontSize?: number;
}

/** The size a chart is drawn at for a page of a Word document. */
const PAGE: ChartSize = { width: 800, height: 420 };

function withFontSize(config: ChartConfiguration, size: number): ChartConfiguration {
  const options = config.options ?? {};
  // Lines a little closer than usual, so long labels in large type still fit their bars.
  const font = { ...options.font, size, lineHeight: 1.1 };
  const scales = Object.fromEntries(
    Object.entries(options.scales ?? {}).map(([axis, scale]) => [
      axis,
      { ...scale, ticks: { ...scale?.ticks, font }, title: { ...(scale as { title?: object })?.title, font } },
    ]),
  );
  const { title, legend } = options.plugins ?? {};
  return {
    ...config,
    options: {
      ...options,
      scales,
      plugins: {
        ...options.plugins,
        title: { ...title, font: { ...font, size: Math.round(size * 1.15) } },
        legend: { ...legend, labels: { ...legend?.labels, font } },
      },
    },
  } as ChartConfiguration;
}

/** The caption a little smaller than the chart's other words: it says what the chart is, not what it shows. */
function withCaption(config: ChartConfiguration, caption: string | undefined, fontSize = 12): ChartConfiguration {
  if (caption === undefined) return config;
  const subtitle = captionAlongTheFoot(caption, Math.round(fontSize * 0.75));
  return { ...config, options: { ...config.options, plugins: { ...config.options?.plugins, subtitle } } };
}

/**
 * Draws one of the shared chart configurations (the dashboards use the same ones) to a PNG; with a
 * caption, along its foot, as a picture saved from the screen has it.
 */
export function renderChart(config: ChartConfiguration, size: ChartSize = PAGE, caption?: string): ChartImage {
  const { width, height, fontSize } = size;
  const sized = withCaption(fontSize === undefined ? config : withFontSize(config, fontSize), caption, fontSize);
  // Chart.js grows the canvas by the device pixel ratio itself.
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
    ...sized,
    options: { ...sized.options, responsive: false, animation: false, devicePixelRatio: PRINT_SCALE },
    plugins: [...(sized.plugins ?? []), paperBackground],
  });
  try {
    return { png: canvas.toBuffer('image/png'), width, height };
  } finally {
    chart.destroy();
  }
}
