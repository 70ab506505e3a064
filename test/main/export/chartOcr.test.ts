import { createCanvas, loadImage } from '@napi-rs/canvas';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendanceByMeetingChart, evidenceOverYearChart } from '../../../src-shared/charts/evaluationCharts';
import { measuresChart } from '../../../src-shared/charts/measuresChart';
import { scaleRange } from '../../../src-shared/domain/measureScale';
import { renderChart, type ChartImage } from '../../../src-main/export/chartImage';
import { tempFolder } from '../../support/workspace';

function tesseract(png: Buffer): string {
  const path = join(tempFolder(), 'chart.png');
  writeFileSync(path, png);
  const run = spawnSync('tesseract', [path, 'stdout', '--psm', '11'], { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`tesseract could not read the chart (is tesseract-ocr installed?): ${run.stderr}`);
  return run.stdout;
}

/**
 * The words an independent reader (Debian's tesseract OCR) finds in a chart as drawn for a
 * document, read as it stands and turned a quarter, for the axis title that runs up the side.
 */
async function ocr(image: ChartImage): Promise<string> {
  const picture = await loadImage(image.png);
  const turned = createCanvas(picture.height, picture.width);
  const context = turned.getContext('2d');
  context.translate(picture.height, 0);
  context.rotate(Math.PI / 2);
  context.drawImage(picture, 0, 0);
  return [tesseract(image.png), tesseract(turned.toBuffer('image/png'))].join(' ').replace(/\s+/g, ' ');
}

describe('the text in the charts of the Word documents', async () => {
  it('reads back by OCR: title, axis titles, ticks and legend', async () => {
    const { config } = evidenceOverYearChart([
      {
        area: 'pupil_outcomes',
        label: 'Improving Pupil Outcomes',
        evidenceByTerm: { autumn: 4, spring: 7, summer: 9, undated: 0, total: 20 },
      },
      {
        area: 'professional_learning',
        label: 'Professional Learning',
        evidenceByTerm: { autumn: 3, spring: 5, summer: 2, undated: 0, total: 10 },
      },
    ]);
    const words = await ocr(renderChart(config));
    for (const expected of [
      'Evidence over the year',
      'Term',
      'Pieces of tagged evidence',
      'Autumn',
      'Spring',
      'Summer',
      'Improving Pupil Outcomes',
      'Professional Learning',
    ]) {
      expect(words).toContain(expected);
    }
  });

  it('reads back the meeting dates and the axis of the attendance chart', async () => {
    const { config } = attendanceByMeetingChart([
      {
        meetingId: '1',
        date: '2025-10-08',
        kind: 'workGroupMeeting',
        wholeGroup: true,
        attended: 12,
        participants: 14,
        rate: 12 / 14,
      },
      {
        meetingId: '2',
        date: '2026-01-21',
        kind: 'workGroupMeeting',
        wholeGroup: true,
        attended: 13,
        participants: 14,
        rate: 13 / 14,
      },
    ] as never);
    const words = await ocr(renderChart(config));
    for (const expected of ['Meeting date', 'Participants attending', '08/10/2025', '21/01/2026'])
      expect(words).toContain(expected);
  });

  it('draws a measure on its own scale, as dated points, with its words legible', async () => {
    const { config } = measuresChart('Y4-A', [
      { date: '2025-10-01', measureValue: 6, measureScale: 'out of 20', text: 'Arithmetic check' },
      { date: '2026-06-30', measureValue: 15, measureScale: 'out of 20', text: 'Arithmetic check' },
    ]);
    const y = config.options!.scales!['y']!;
    expect([y.min, y.max]).toEqual([0, 20]);
    expect(config.data.datasets.every((d) => d.showLine === false)).toBe(true);
    const words = await ocr(renderChart(config));
    for (const expected of ['Measures for Y4-A', 'out of 20', '20']) expect(words).toContain(expected);
  });

  it('knows the range of a scale however a teacher writes it', () => {
    expect(scaleRange('out of 20')).toEqual({ min: 0, max: 20 });
    expect(scaleRange('/ 10')).toEqual({ min: 0, max: 10 });
    expect(scaleRange('on a 1–5 rubric')).toEqual({ min: 1, max: 5 });
    expect(scaleRange('0 to 100')).toEqual({ min: 0, max: 100 });
    expect(scaleRange('reading age in months')).toBeUndefined();
    expect(scaleRange('arithmetic paper 1/2, out of 40')).toEqual({ min: 0, max: 40 });
    expect(scaleRange('paper 1/2')).toBeUndefined();
  });
});
