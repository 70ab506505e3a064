import { spawnSync } from 'node:child_process';

/** A Word document's body as python-docx reads it, in order: headings, paragraphs (with their style) and tables. */
export type DocxBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; style: string; text: string }
  | { kind: 'table'; rows: string[][] };

const SCRIPT = `
import docx, json, sys
from docx.table import Table
from docx.text.paragraph import Paragraph
out = []
for path in sys.argv[1:]:
    d = docx.Document(path)
    blocks = []
    for child in d.element.body.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            p = Paragraph(child, d)
            if not p.text.strip():
                continue
            style = p.style.name
            if style.startswith('Heading '):
                blocks.append({"kind": "heading", "level": int(style[-1]), "text": p.text})
            else:
                blocks.append({"kind": "paragraph", "style": style, "text": p.text})
        elif tag == 'tbl':
            t = Table(child, d)
            blocks.append({"kind": "table", "rows": [[c.text for c in r.cells] for r in t.rows]})
    out.append(blocks)
print(json.dumps(out))`;

/**
 * Reads .docx files with python-docx (Debian's python3-docx), a reader that shares nothing with
 * the one that wrote them; many files in one run, as starting Python is the slow part.
 */
export function readDocx(paths: string[]): DocxBlock[][] {
  const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0)
    throw new Error(`python-docx could not read the documents (is python3-docx installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as DocxBlock[][];
}

/** The blocks under a level-1 heading, up to the next one. */
export function section(blocks: DocxBlock[], title: string): DocxBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  if (start < 0) throw new Error(`No section “${title}” in the document.`);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** Every piece of text in the blocks: paragraphs, headings and table cells. */
export const textsOf = (blocks: DocxBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));

/** The words inside quotation marks, four words or longer (shorter ones are phrases, not a pupil's words on record). */
export const quotationsIn = (blocks: DocxBlock[]): string[] =>
  textsOf(blocks).flatMap((text) =>
    [...text.matchAll(/“([^”]+)”/g)]
      .map((m) => m[1]!.trim())
      .filter((q) => (q.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4),
  );
