import { createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { attendanceByMeetingChart } from '../../../src-shared/charts/evaluationCharts';
import { CHART_FONT_FAMILY } from '../../../src-shared/charts/font';
import { renderChart } from '../../../src-main/export/chartImage';

describe('the charts drawn into documents and slides', () => {
  it('are lettered in Arial or, on a machine without it, in the Liberation Sans the app carries', () => {
    const context = createCanvas(10, 10).getContext('2d');
    context.font = `40px ${CHART_FONT_FAMILY}`;
    // Arial's advance widths (in 2048ths of the type size), which Liberation Sans shares: a fallback
    // font with no Latin letters (labels drawn as boxes) or with other widths would not match them.
    const arial = { S: 1366, t: 569, a: 1139, n: 1139, d: 1139, r: 682 };
    const expected = [...'Standard'].reduce((sum, c) => sum + arial[c as keyof typeof arial], 0) * (40 / 2048);
    expect(context.measureText('Standard').width).toBeCloseTo(expected, 0);
    expect(renderChart(attendanceByMeetingChart([]).config).png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('use that typeface for every piece of text, not only the titles', () => {
    // Axis titles, ticks, legends and tooltips take Chart.js's default typeface unless told otherwise:
    // on a machine with none of its default fonts they came out as empty boxes.
    expect(Chart.defaults.font.family).toBe(CHART_FONT_FAMILY);
  });
});
