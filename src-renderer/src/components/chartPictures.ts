import { BasicPlatform, Chart, type ChartConfiguration } from 'chart.js';
import { Context as SvgContext } from 'svgcanvas';
import { captionAlongTheFoot } from '../../../src-shared/charts/caption';
import { paperBackground } from '../../../src-shared/charts/paperBackground';

// Pictures of a dashboard chart for slides and documents. They are drawn off screen at the shape
// of a slide (16:9), whatever the size of the window, on white, from the very configuration the
// screen shows.

/** The slide a picture is laid out for, in CSS pixels. */
export const SLIDE = { width: 960, height: 540 } as const;

/** A PNG is drawn at twice the slide's size (1920 × 1080 pixels), its text and lines in proportion. */
export const PNG_SCALE = 2;

const DRAW_FAILED = 'The chart could not be drawn as a picture. Try again, or take a screenshot instead.';
const CLIPBOARD_UNAVAILABLE =
  'This window cannot put pictures on the clipboard. Use “Save as PNG” instead, then insert the file into your slides or document.';
const CLIPBOARD_REFUSED =
  'The clipboard did not take the picture. Click the chart’s page and try again, or use “Save as PNG” and insert the file instead.';

/** Draws once, straight away: no animation, no resizing with the window, no events; the caption along the foot. */
function draw(
  target: HTMLCanvasElement | { getContext(kind: '2d'): unknown },
  shared: ChartConfiguration<'bar'>,
  pixelRatio: number,
  caption: string,
) {
  // A copy: chart.js marks the data arrays it draws, and the screen's chart draws these too.
  const config = structuredClone(shared);
  return new Chart(target as HTMLCanvasElement, {
    ...config,
    options: {
      ...config.options,
      plugins: {
        ...config.options?.plugins,
        subtitle: captionAlongTheFoot(caption),
      },
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      devicePixelRatio: pixelRatio,
    },
    plugins: [...(config.plugins ?? []), paperBackground],
    platform: BasicPlatform,
  });
}

/** The chart as a PNG of 1920 × 1080 pixels on white, with its caption. */
export function chartPng(config: ChartConfiguration<'bar'>, caption: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const chart = draw(canvas, config, PNG_SCALE, caption);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      chart.destroy();
      if (blob) resolve(blob);
      else reject(new Error(DRAW_FAILED));
    }, 'image/png'),
  );
}

/**
 * The chart as an SVG: chart.js draws onto a context that records each line, bar and piece of
 * text as SVG, so the picture stays sharp at any size and its text can be edited.
 */
export function chartSvg(config: ChartConfiguration<'bar'>, caption: string): Blob {
  const context = new SvgContext(SLIDE.width, SLIDE.height);
  const chart = draw({ getContext: () => context }, config, 1, caption);
  // Read before letting the chart go: destroying it clears what it drew.
  const svg = context.getSerializedSvg();
  chart.destroy();
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** Puts a PNG on the clipboard; throws an Error whose message says what to do instead. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  if (!window.isSecureContext || !navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    png.catch(() => undefined);
    throw new Error(CLIPBOARD_UNAVAILABLE);
  }
  try {
    // The clipboard is asked at once, while the click still counts, and given the picture when it is drawn.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch {
    await png; // a picture that could not be drawn says so itself
    throw new Error(CLIPBOARD_REFUSED);
  }
}
