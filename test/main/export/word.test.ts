import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { recordSmallYear } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';

async function exported(handlers: Parameters<typeof dispatchAsync>[0], input: unknown) {
  const reply = await dispatchAsync(handlers, 'export.document', input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as { fileName: string; dataBase64: string; findings: unknown[] };
}

async function parts(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml };
}

/** Reads a .docx with python-docx (Debian's python3-docx), a reader that shares nothing with ours. */
function readWithPythonDocx(path: string) {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "headings": [p.text for p in d.paragraphs if p.style.name.startswith("Heading")],
  "tables": len(d.tables),
  "images": len(d.inline_shapes),
  "headerRows": [t.rows[0].cells[0].text for t in d.tables],
}))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(`python-docx could not read ${path} (is python3-docx installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as { headings: string[]; tables: number; images: number; headerRows: string[] };
}

describe('Word exports', () => {
  it('writes a case study with headings, a repeating-header table, a chart with alt text and page numbers', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const doc = await exported(handlers, {
      document: { kind: 'caseStudy', focusChildId: year.child.id },
      allowFlagged: true,
    });
    expect(doc.fileName).toBe(`case-study-${year.child.code}.docx`);
    const { zip, xml } = await parts(doc.dataBase64);
    const path = join(tempFolder(), doc.fileName);
    writeFileSync(path, Buffer.from(doc.dataBase64, 'base64'));
    const read = readWithPythonDocx(path);
    expect(read.headings).toEqual(
      expect.arrayContaining([
        'Key findings (draft)',
        'Evidence over time',
        'Story of change',
        'What the teacher learnt for practice',
        'Appendix: record trail',
      ]),
    );
    // The observations, and the record trail in the appendix.
    expect(read.tables).toBe(2);
    expect(read.headerRows).toEqual(['Date', 'Date']);
    expect(read.images).toBe(1);
    expect(xml).toContain('Focus child case study');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Value: 14 (out of 20)');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Measures for [^"]+"/);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const footer = await zip.file(/word\/footer\d*\.xml/)[0]!.async('string');
    expect(footer).toContain('PAGE');
    expect(xml).not.toContain('Puddleby Lane Test Primary');
  });

  it('refuses to export while the check finds a personal name, until it is replaced or accepted', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    call('observation.create', {
      focusChildId: year.child.id,
      date: '2025-12-03',
      kind: 'pupil_voice',
      text: 'Said she now helps Amelia with fractions.',
    });
    const request = { document: { kind: 'caseStudy', focusChildId: year.child.id } };
    const check = await dispatchAsync(handlers, 'export.check', request);
    if (!check.ok) throw new Error(check.error.message);
    const findings = (check.result as { findings: { kind: string; match: string; where: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.kind === 'name' && f.match === 'Amelia')).toBe(true);
    expect(findings[0]!.where).toBe(`In ${year.child.code}’s own words`);
    const refused = await dispatchAsync(handlers, 'export.document', request);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/may identify someone/) },
    });

    const fixed = await exported(handlers, {
      ...request,
      replacements: [{ match: 'Amelia', replacement: 'a classmate' }],
    });
    const { xml } = await parts(fixed.dataBase64);
    expect(xml).not.toContain('Amelia');
    expect(xml).toContain('helps a classmate with fractions');
    expect(call('observation.list', { workGroupId: year.workGroup.id }).some((o) => o.text.includes('Amelia'))).toBe(
      true,
    );
  });

  it('writes the end-of-year report with the same figures as the evaluation', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const evaluation = call('evaluation.workGroup', { id: year.workGroup.id });
    const doc = await exported(handlers, {
      document: { kind: 'report', workGroupId: year.workGroup.id },
      allowFlagged: true,
    });
    const { xml } = await parts(doc.dataBase64);
    for (const standard of evaluation.standards) expect(xml).toContain(standard.label.replace('’', '’'));
    // One participant, said in the singular: "1 participant", never "1 participants".
    expect(evaluation.figures.participants).toBe(1);
    expect(xml).toContain('1 participant took part');
    // The four evaluation questions, drafted by the same evaluation, for the Lead to edit.
    for (const q of evaluation.questions) {
      expect(xml).toContain(q.question);
      expect(xml).toContain(q.draft.slice(0, 60));
    }
    expect((xml.match(/<wp:docPr /g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});
