import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartCaption, groupChartContext, hubChartContext } from '../../../src-shared/charts/caption';
import { attendanceByMeetingChart } from '../../../src-shared/charts/evaluationCharts';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { recordSmallYear } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

async function exported(handlers: Parameters<typeof dispatchAsync>[0], document: unknown): Promise<string> {
  const reply = await dispatchAsync(handlers, 'export.document', { document, allowFlagged: true });
  if (!reply.ok) throw new Error(reply.error.message);
  const { fileName, dataBase64 } = reply.result as { fileName: string; dataBase64: string };
  const path = join(tempFolder(), fileName);
  writeFileSync(path, Buffer.from(dataBase64, 'base64'));
  return path;
}

/** Each picture's paragraph in a .docx and the two that follow it, as python-docx reads them. */
function underEachPicture(path: string): string[][] {
  const script = `
import docx, json, sys
paragraphs = docx.Document(sys.argv[1]).paragraphs
print(json.dumps([[p.text for p in paragraphs[i + 1:i + 3]] for i, p in enumerate(paragraphs)
                  if p._p.xpath('.//pic:pic')]))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

/** The words Debian's tesseract OCR reads in a picture. */
function ocr(png: Buffer): string {
  const path = join(tempFolder(), 'chart.png');
  writeFileSync(path, png);
  const run = spawnSync('tesseract', [path, 'stdout', '--psm', '11'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tesseract could not read the chart: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, ' ');
}

const CAPTION = /^n = .+ · as of \d\d\/\d\d\/\d{4} · saved \d\d\/\d\d\/\d{4}$/;

describe('the caption under each chart in documents and slides', () => {
  it('is the one the screen shows: the report’s and the hub summary’s charts each carry it', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const evaluation = call('evaluation.workGroup', { id: year.workGroup.id });
    const report = underEachPicture(await exported(handlers, { kind: 'report', workGroupId: year.workGroup.id }));
    expect(report.length).toBeGreaterThanOrEqual(4);
    for (const [title, caption] of report) {
      expect(caption, title).toMatch(CAPTION);
      expect(caption, title).toContain(' · TRG-2025-01 Reasoning about fractions in Key Stage 2 · as of ');
    }
    // Word for word what the screen shows under the attendance chart, "saved" the day it was made.
    const attendance = attendanceByMeetingChart(evaluation.attendance, evaluation.figures.attendance.rate);
    const context = groupChartContext(evaluation.workGroup, evaluation.asOf);
    const madeOn = report[0]![1]!.slice(-10).split('/').reverse().join('-');
    expect(report.find(([title]) => title === 'Attendance by meeting')?.[1]).toBe(
      chartCaption(attendance.sample, { ...context, savedOn: madeOn }),
    );

    const hub = underEachPicture(await exported(handlers, { kind: 'hubSummary', academicYear: '2025/26' }));
    const rollup = call('evaluation.hub', { academicYear: '2025/26' });
    expect(hub.length).toBeGreaterThanOrEqual(3);
    for (const [title, caption] of hub) {
      expect(caption, title).toMatch(CAPTION);
      expect(caption, title).toContain(` · ${hubChartContext(rollup, madeOn).scope} · `);
    }
  });

  it('is drawn along the foot of each chart on a slide, where OCR reads it', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const deck = await exported(handlers, { kind: 'workGroupSlides', workGroupId: year.workGroup.id });
    const zip = await JSZip.loadAsync((await import('node:fs')).readFileSync(deck));
    const [first] = zip.file(/^ppt\/media\/.*\.png$/);
    const words = ocr(await first!.async('nodebuffer'));
    // This chart (progress towards each target) counts no sample, so its caption starts with the group.
    expect(words).toContain('TRG-2025-01 Reasoning about fractions in Key Stage 2');
    // OCR reads the middle dot as a dash or a full stop.
    expect(words).toMatch(/as of \d\d\/\d\d\/\d{4} \S saved \d\d\/\d\d\/\d{4}/);
  });
});
