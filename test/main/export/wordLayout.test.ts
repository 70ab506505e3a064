import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { columnShares } from '../../../src-main/export/word/blocks';
import { recordSmallYear } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

/** How Word would read a document's layout, through python-docx (Debian's python3-docx), which shares nothing with ours. */
function layoutOf(path: string) {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
styles = {s.name: [s.paragraph_format.keep_with_next, s.paragraph_format.keep_together]
          for s in d.styles if s.name in ("Heading 1", "Heading 2", "Heading 3")}
levels = [int(p.style.name[-1]) for p in d.paragraphs if p.style.name.startswith("Heading ")]
print(json.dumps({"styles": styles, "levels": levels}))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python-docx could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { styles: Record<string, [boolean, boolean]>; levels: number[] };
}

async function exportedDocument(document: unknown, handlers: Parameters<typeof dispatchAsync>[0]) {
  const reply = await dispatchAsync(handlers, 'export.document', { document, allowFlagged: true });
  if (!reply.ok) throw new Error(reply.error.message);
  const data = Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64');
  const path = join(tempFolder(), 'document.docx');
  writeFileSync(path, data);
  const zip = await JSZip.loadAsync(data);
  const part = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return { path, xml: await part('word/document.xml'), settings: await part('word/settings.xml') };
}

describe('the layout of the Word documents', () => {
  it('opens with no prompt, links its contents to real headings, keeps headings with what follows', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const documents = [
      { kind: 'report', workGroupId: year.workGroup.id },
      { kind: 'caseStudy', focusChildId: year.child.id },
    ];
    for (const document of documents) {
      const { path, xml, settings } = await exportedDocument(document, handlers);
      // Word asks to update fields when a document says so, or when it holds a contents field.
      expect(settings).not.toContain('updateFields');
      expect(xml).not.toMatch(/<w:instrText[^>]*>\s*TOC/);
      // Every link in the contents leads to a heading's bookmark.
      const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
      for (const [, anchor] of xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g))
        expect(bookmarks).toContain(anchor);
      const layout = layoutOf(path);
      for (const style of ['Heading 1', 'Heading 2', 'Heading 3']) expect(layout.styles[style]).toEqual([true, true]);
      // Heading levels never jump (1 then 3).
      layout.levels.forEach((level, i) => expect(level - (layout.levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
      if (document.kind === 'report') expect(xml).toContain('>Contents<');
    }
  });

  it('gives every column room for the longest word of its header', () => {
    const headers = ['Standard', 'Participants', 'Year', 'What was observed'];
    const shares = columnShares(headers, [['1', '14', '2025/26', 'A long note']], [0.5, 0.5, 0.5, 8]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // "Participants" (12 letters) needs about 100 of the 620 pixels across the page; asked for 5%, it gets that.
    expect(shares[1]! * 620).toBeGreaterThan(12 * 6.5);
    expect(shares[3]!).toBeGreaterThan(0.5);
  });
});
