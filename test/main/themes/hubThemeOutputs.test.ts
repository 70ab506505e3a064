import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { formatCount } from '../../../src-shared/evaluation/text';
import { generateDemo } from '../../../src-main/demo/generate';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { readDocx, section } from '../../support/docx';
import { caller } from '../../support/workspace';
import { asSaved } from './asSaved';
import { slideWithNotes } from './slideText';

// The hub summary's and the hub slides' themes across the groups, read back (python-docx; the
// slides' own XML), on the hub demo with one group's theme renamed and mapped by the hub.

describe('themes across the hub in the hub summary and slides', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-hub-themes-'));
  let store: Store;
  let call: ReturnType<typeof caller>;
  let hub: Output<'evaluation.hubThemes'>;
  let renamed: { code: string; name: string };
  beforeAll(() => {
    const path = join(folder, 'hub.wgdb');
    generateDemo(path, { scale: 'hub', seed: 11 });
    store = openStore(path);
    call = caller(createHandlers(store));
    const leading = call('evaluation.hubThemes', {}).themes[0]!;
    // One group calls the leading theme by another name; the hub maps it back.
    // A group of this year: a year rolled over is kept as it ended, its codebook included.
    const thisYear = new Set(
      call('workGroup.list', {})
        .filter((g) => g.academicYear === '2025/26')
        .map((g) => g.id),
    );
    const member = leading.groups.find(
      (g) => g.passages > 0 && g.code !== leading.groups[0]!.code && thisYear.has(g.workGroupId),
    )!;
    const theme = call('theme.list', { workGroupId: member.workGroupId }).find((t) => t.id === member.themeId)!;
    call('theme.update', asSaved('theme', theme, { name: `${leading.name} (our way)` }));
    call('themes.map', { themeId: member.themeId, sameAsId: leading.groups[0]!.themeId });
    renamed = { code: member.code, name: `${leading.name} (our way)` };
  }, 120_000);
  afterAll(() => {
    store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function exported(kind: 'hubSummary' | 'hubSlides', name: string): Promise<string> {
    const reply = await dispatchAsync(createHandlers(store), 'export.document', {
      document: { kind },
      allowFlagged: false,
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const path = join(folder, name);
    writeFileSync(path, Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64'));
    return path;
  }

  it('rolls up the hub demo’s groups’ themes in well under a second', () => {
    call('evaluation.hubThemes', {});
    const started = performance.now();
    hub = call('evaluation.hubThemes', {});
    const took = performance.now() - started;
    console.log(`evaluation.hubThemes on the hub demo (${hub.workGroups} Work Groups): ${took.toFixed(0)} ms`);
    const groups = store.db.prepare('SELECT COUNT(*) FROM work_group WHERE deleted_at IS NULL').pluck().get();
    expect(hub.workGroups).toBe(groups);
    expect(took).toBeLessThan(1000);
    expect(hub.themes.filter((t) => t.passages > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('the hub summary leads with the themes coded most, with n, as the workbook counts them, and names the mapped theme', async () => {
    const [blocks] = readDocx([await exported('hubSummary', 'hub-summary.docx')]);
    const part = section(blocks!, 'Themes across the Work Groups');
    const table = part.find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[0]).toEqual(['Theme', 'Work Groups coding it', 'Coded passages', 'Focus children', 'Also named']);
    const leading = hub.themes.slice(0, 10);
    expect(table.rows.slice(1).map((r) => [r[0], r[1], Number(r[2]!.replace(/,/g, ''))])).toEqual(
      leading.map((t) => [t.name, `${t.workGroupsCoding} of ${t.workGroups}`, t.passages]),
    );
    expect(table.rows[1]![4]).toContain(`${renamed.name} (${renamed.code})`);
    const text = part.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('a broader theme’s counts include its narrower themes’ passages');
    expect(text).toContain(
      `The themes coded in the most passages across ${hub.workGroups} Work Groups: ${leading[0]!.name} (${formatCount(leading[0]!.passages)} passages in ${leading[0]!.workGroupsCoding} Work Groups`,
    );
  }, 120_000);

  it('the hub slides have a slide of the leading themes, with n, and the mapped name in the notes', async () => {
    const { words: found, notes } = await slideWithNotes(await exported('hubSlides', 'hub-slides.pptx'), (words) =>
      words.startsWith('Themes across the Work Groups'),
    );
    expect(found).toContain('including narrower themes');
    for (const t of hub.themes.slice(0, 5))
      expect(found).toContain(`${t.name}: ${formatCount(t.passages)} passages in ${t.workGroupsCoding} Work Groups`);
    expect(notes).toContain(renamed.name);
  }, 120_000);
});
