import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import type { DocumentRequest } from '../../../src-shared/api/exports';
import { wge } from '../../support/cli';
import { openWorkspace, tempFolder, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { asyncCaller } from '../exchange/support';

// The completeness check: one list of what each export is still missing, read by the app's dialog,
// by `wge export` and by the documents' one "Still to complete" box.

/** The sentences documents used to print wherever something was missing. */
const PLACEHOLDERS = [
  'has not been recorded yet',
  'No pen portrait',
  'has not been made yet',
  'was not recorded',
  'Not yet recorded',
  'Not recorded',
];

/** Reads a .docx with python-docx (Debian's python3-docx): every paragraph's text, in order. */
function paragraphsOf(data: string): string[] {
  const path = join(tempFolder(), 'read.docx');
  writeFileSync(path, Buffer.from(data, 'base64'));
  const script = `
import docx, json, sys
print(json.dumps([p.text for p in docx.Document(sys.argv[1]).paragraphs]))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python-docx could not read the document: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

function smallYear() {
  const workspace = tempWorkspace();
  const year = recordSmallYear(workspace.call);
  const callAsync = asyncCaller(workspace.handlers);
  const check = async (document: DocumentRequest) =>
    (await callAsync('export.check', { document })) as Output<'export.check'>;
  const produce = async (document: DocumentRequest) =>
    (await callAsync('export.document', { document, allowFlagged: true })) as Output<'export.document'>;
  // An update carries the record's own fields, not those the store adds.
  const { id, participantId, code, yearGroup, penPortraitStart, desiredChange } = year.child;
  const child = { id, participantId, code, yearGroup, penPortraitStart, desiredChange };
  const { schoolId, name, role } = year.participant;
  const participant = { id: year.participant.id, workGroupId: year.workGroup.id, schoolId, name, role };
  const updateChild = (changes: { penPortraitEnd: string; changeJudgement: number }) =>
    workspace.call('focusChild.update', { ...child, ...changes });
  const clearResearchQuestion = () => workspace.call('participant.update', { ...participant, researchQuestion: '' });
  return { call: workspace.call, callAsync, year, check, produce, updateChild, clearResearchQuestion };
}

describe('what each export is still missing', () => {
  it('lists a focus child’s end of year for the case study, with where to record it, until it is recorded', async () => {
    const { year, check, updateChild } = smallYear();
    const caseStudy = { kind: 'caseStudy', focusChildId: year.child.id } as const;
    const { missing } = await check(caseStudy);
    expect(missing.map((m) => m.text)).toEqual([
      `${year.child.code}: the end-of-year pen portrait has not been written.`,
      `${year.child.code}: the end-of-year judgement of change has not been made.`,
    ]);
    for (const m of missing) {
      expect(m).toMatchObject({ workGroupId: year.workGroup.id, tab: 'focus-children', itemId: year.child.id });
      expect(m.where).toBe(`the Focus children tab, ${year.child.code}`);
    }

    updateChild({ penPortraitEnd: 'Explains comparisons with a bar model, unprompted.', changeJudgement: 4 });
    expect((await check(caseStudy)).missing).toEqual([]);
  });

  it('lists the research question, each unfinished cycle and the children’s years for the action-research write-up', async () => {
    const { year, check, clearResearchQuestion } = smallYear();
    const writeUp = { kind: 'actionResearch', participantId: year.participant.id } as const;
    expect((await check(writeUp)).missing.map((m) => [m.text, m.tab, m.itemId])).toEqual([
      ['Cycle 1: what was observed, the reflection, the end date still to record.', 'action-research', year.cycle.id],
      [`${year.child.code}: the end-of-year pen portrait has not been written.`, 'focus-children', year.child.id],
      [`${year.child.code}: the end-of-year judgement of change has not been made.`, 'focus-children', year.child.id],
    ]);
    clearResearchQuestion();
    expect((await check(writeUp)).missing.map((m) => m.text)[0]).toBe('The research question has not been recorded.');
  });

  it('lists the Lead’s judgement of each standard and area, leaders’ evaluations and children for the report and slides', async () => {
    const { call, callAsync, year, check } = smallYear();
    const report = { kind: 'report', workGroupId: year.workGroup.id } as const;
    const before = (await check(report)).missing;
    // The judgements are given in one place, so they are one item.
    expect(before.filter((m) => m.tab === 'evaluation').map((m) => [m.text, m.where])).toEqual([
      [
        'The Lead’s judgement is still to give for standards 1, 2, 3, 4 and 5 and the areas “Improving Pupil Outcomes”, “Professional Learning”, “Practice Development” and “School Policy and Approaches”.',
        'the Evaluation tab',
      ],
    ]);
    expect(before.filter((m) => m.tab === 'schools').map((m) => [m.text, m.itemId])).toEqual([
      ['A senior leader’s end-of-year evaluation has not been recorded.', year.participation.id],
    ]);
    expect(before.filter((m) => m.tab === 'focus-children')).toHaveLength(2);

    call('judgement.set', {
      workGroupId: year.workGroup.id,
      subject: 'standard:pupil_outcomes',
      rating: 'green',
      narrative: 'Measured and observed gains for the focus children.',
      evidence: [],
    });
    const after = (await check(report)).missing;
    expect(after.filter((m) => m.tab === 'evaluation').map((m) => m.text)).toEqual([
      'The Lead’s judgement is still to give for standards 2, 3, 4 and 5 and the areas “Improving Pupil Outcomes”, “Professional Learning”, “Practice Development” and “School Policy and Approaches”.',
    ]);
    // The slides and the Excel summary tell the same year, so they are missing the same.
    expect((await check({ kind: 'workGroupSlides', workGroupId: year.workGroup.id })).missing).toEqual(after);
    const summary = (await callAsync('export.workbookCheck', {
      kind: 'workGroup',
      workGroupId: year.workGroup.id,
    })) as Output<'export.workbookCheck'>;
    expect(summary.missing).toEqual(after);
  });
});

describe('the documents say it once, in a "Still to complete" box', () => {
  it('opens the case study, write-up and report with one box and prints no placeholder anywhere', async () => {
    const { year, produce, clearResearchQuestion } = smallYear();
    clearResearchQuestion();
    // Each document with the first heading of its body, which the box comes before.
    for (const [document, firstHeading] of [
      [{ kind: 'caseStudy', focusChildId: year.child.id }, 'Key findings (draft)'],
      [{ kind: 'actionResearch', participantId: year.participant.id }, 'Key findings (draft)'],
      [{ kind: 'report', workGroupId: year.workGroup.id }, 'Key findings'],
    ] as const) {
      const produced = await produce(document);
      const text = paragraphsOf(produced.dataBase64);
      expect(
        text.filter((p) => p === 'Still to complete'),
        document.kind,
      ).toHaveLength(1);
      for (const placeholder of PLACEHOLDERS) {
        expect(
          text.filter((p) => p.includes(placeholder)),
          `${document.kind}: ${placeholder}`,
        ).toEqual([]);
      }
      // The box lists the first of the same items the app and the command line list.
      expect(text).toContain(`•  ${produced.missing[0]!.text}`);
      expect(text.indexOf('Still to complete')).toBeLessThan(text.indexOf(firstHeading));
    }
  });

  it('has no box when nothing is missing', async () => {
    const { year, produce, updateChild } = smallYear();
    updateChild({ penPortraitEnd: 'Explains with a bar model.', changeJudgement: 4 });
    const produced = await produce({ kind: 'caseStudy', focusChildId: year.child.id });
    expect(produced.missing).toEqual([]);
    expect(paragraphsOf(produced.dataBase64)).not.toContain('Still to complete');
  });
});

describe('wge export case-study --work-group on a demo where one child’s record names a pupil', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-batch-'));
  const db = join(folder, 'group.wgdb');
  let flaggedCode = '';
  beforeAll(async () => {
    expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);
    const workspace = openWorkspace(db);
    const own = { workGroupId: workspace.call('workGroup.list', {}).find((g) => g.code === 'TRG-2025-01')!.id };
    const child = workspace.call('focusChild.list', own)[5]!;
    flaggedCode = child.code;
    workspace.call('observation.create', {
      focusChildId: child.id,
      date: '2026-01-14',
      kind: 'note',
      text: 'Worked with Amelia Thornbury on the bar model and explained it to her.',
    });
    workspace.store.close();
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the 41 clean case studies, lists the one held back and what is still to complete, and exits 1', async () => {
    const out = join(folder, 'case-studies');
    const run = await wge('export', 'case-study', '--db', db, '--work-group', 'TRG-2025-01', '--out', out);
    expect(run.code).toBe(1);
    const written = readdirSync(out);
    expect(written).toHaveLength(41);
    expect(written).not.toContain(`case-study-${flaggedCode}.docx`);
    expect(run.out).toContain(`Held back case-study-${flaggedCode}.docx:`);
    expect(run.out).toMatch(/Amelia/);
    expect(run.out).toMatch(/Wrote 41 documents into /);
    // The demo leaves three children's end of year unrecorded: the Lead is told, and the documents still go.
    expect(run.out).toMatch(
      /Still to complete in case-study-[^:]+\.docx:\n {2}[^\n]+ Record it on the Focus children tab, /,
    );
    expect(run.err.join('\n')).toMatch(/1 of 42 documents was held back .*add --allow-flagged to export anyway/);
  }, 120_000);

  it('says the same as JSON, and writes all 42 with --allow-flagged', async () => {
    const out = join(folder, 'json');
    const run = await wge('export', 'case-study', '--db', db, '--work-group', 'TRG-2025-01', '--out', out, '--json');
    expect(run.code).toBe(1);
    const reply = JSON.parse(run.out) as {
      written: string[];
      heldBack: { document: string }[];
      missing: { document: string; tab: string }[];
    };
    expect(reply.written).toHaveLength(41);
    expect(reply.heldBack.map((h) => h.document)).toEqual([`case-study-${flaggedCode}.docx`]);
    expect(reply.missing.length).toBeGreaterThan(0);
    expect(reply.missing.every((m) => m.tab === 'focus-children')).toBe(true);

    const all = join(folder, 'all');
    const allowed = await wge(
      'export',
      'case-study',
      '--db',
      db,
      '--work-group',
      'TRG-2025-01',
      '--out',
      all,
      '--allow-flagged',
    );
    expect(allowed.code).toBe(0);
    expect(readdirSync(all)).toHaveLength(42);
    expect(existsSync(join(all, `case-study-${flaggedCode}.docx`))).toBe(true);
  }, 180_000);
});
