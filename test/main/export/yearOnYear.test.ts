import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { readDocx, section } from '../../support/docx';
import { recordSmallYear } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

async function exported(handlers: Parameters<typeof dispatchAsync>[0], document: object) {
  const reply = await dispatchAsync(handlers, 'export.document', { document, allowFlagged: true });
  if (!reply.ok) throw new Error(reply.error.message);
  return Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64');
}

describe('a second-year group’s report and slides', () => {
  it('compare its two years side by side; a first year’s have no such part', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const next = call('workGroup.rollover', {
      id: year.workGroup.id,
      code: 'TRG-2026-01',
      projectId: '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e09',
    });
    call('meeting.create', { workGroupId: next.id, date: '2026-10-07', kind: 'work_group_meeting' });
    const folder = tempFolder();
    const paths = await Promise.all(
      [next.id, year.workGroup.id].map(async (workGroupId, i) => {
        const path = join(folder, `report-${i}.docx`);
        writeFileSync(path, await exported(handlers, { kind: 'report', workGroupId }));
        return path;
      }),
    );
    const [second, first] = readDocx(paths);
    const compared = section(second!, 'This year beside last year');
    const table = compared.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual(
      expect.arrayContaining([
        ['Compared', '2025/26', '2026/27'],
        ['Project', 'Primary Teaching for Mastery Development', 'Primary Teaching for Mastery Sustaining'],
        ['Whole-group meetings', '1', '1'],
      ]),
    );
    expect(() => section(first!, 'This year beside last year')).toThrow();

    const deck = await JSZip.loadAsync(await exported(handlers, { kind: 'workGroupSlides', workGroupId: next.id }));
    const slides = await Promise.all(deck.file(/^ppt\/slides\/slide\d+\.xml$/).map((f) => f.async('string')));
    const words = (xml: string) => (xml.match(/<a:t>[^<]*<\/a:t>/g) ?? []).map((t) => t.slice(5, -6)).join(' ');
    const comparison = slides.map(words).find((text) => text.includes('This year beside last year'));
    expect(comparison).toContain('Participants: 1 in 2025/26, 1 in 2026/27');
  }, 60_000);
});
