import type { Plugin } from 'chart.js';

/** Paints the canvas white first, so a chart saved as a PNG or placed in a document is not transparent. */
export const paperBackground: Plugin = {
  id: 'paperBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};
