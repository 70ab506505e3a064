import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { readDocx, textsOf } from '../../support/docx';
import { wge } from '../../support/cli';
import { openWorkspace, tempFolder } from '../../support/workspace';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The pictures python-docx finds in a document, as their content types. */
function picturesIn(path: string): string[] {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps([d.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].content_type for s in d.inline_shapes]))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python-docx could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

it('photographs the work of about a third of the group demo’s focus children, and their case studies show it', async () => {
  const folder = tempFolder();
  const db = join(folder, 'group.wgdb');
  expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);

  const { store, call } = openWorkspace(db);
  // The model Work Group, TRG-2025-01 (the demo's other groups have a few pictures each).
  const own = { workGroupId: call('workGroup.list', {}).find((g) => g.code === 'TRG-2025-01')!.id };
  const children = call('focusChild.list', own);
  const pictured = call('observation.list', own).filter((o) => o.attachmentId);
  const childrenPictured = new Set(pictured.map((o) => o.focusChildId));
  expect(childrenPictured.size).toBeGreaterThanOrEqual(Math.floor(children.length / 4));
  expect(childrenPictured.size).toBeLessThan(children.length / 2);
  for (const o of pictured) {
    expect(o.kind).toBe('work_sample');
    expect(o.text).toMatch(/^Photo of (column addition|a number line|a bar model)/);
    // An unsure column addition is wrong in the way its caption says: nothing carried.
    const sum = /(\d+) \+ (\d+): the answer written is (\d+)/.exec(o.text);
    if (sum) expect(Number(sum[3])).not.toBe(Number(sum[1]) + Number(sum[2]));
    const image = call('attachment.get', { id: o.attachmentId! });
    expect(image.mimeType).toBe('image/png');
    expect(Buffer.from(image.dataBase64, 'base64').subarray(0, 8)).toEqual(PNG_SIGNATURE);
  }

  // A child with a before and an after picture: the case study holds both, each captioned with the teacher's words.
  const child = children.find((c) => pictured.filter((o) => o.focusChildId === c.id).length === 2)!;
  expect(child).toBeDefined();
  const [before, after] = pictured
    .filter((o) => o.focusChildId === child.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  store.close();
  const out = join(folder, 'case-study.docx');
  const run = await wge('export', 'case-study', '--db', db, '--child', child.code, '--out', out);
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);

  expect(picturesIn(out).filter((type) => type === 'image/png').length).toBeGreaterThanOrEqual(2);
  const texts = textsOf(readDocx([out])[0]!);
  expect(texts).toContain(`${child.code}’s work`);
  expect(texts).toContain(`Before, ${formatDateGB(before!.date)}: ${before!.text}`);
  expect(texts).toContain(`After, ${formatDateGB(after!.date)}: ${after!.text}`);
}, 120_000);
