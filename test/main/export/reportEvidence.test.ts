import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { generateDemo } from '../../../src-main/demo/generate';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';
import { caller, tempFolder } from '../../support/workspace';
import { wge } from '../../support/cli';

/** The report's paragraphs (style and text) and tables, as python-docx (a reader that shares nothing with ours) reads them. */
function readReport(path: string) {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "paragraphs": [[p.style.name, p.text] for p in d.paragraphs],
  "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
}))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python-docx could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { paragraphs: [string, string][]; tables: string[][][] };
}

/** The paragraphs under each heading, up to the next heading. */
function sections(paragraphs: [string, string][]) {
  const under = new Map<string, string[]>();
  let current: string[] = [];
  for (const [style, text] of paragraphs) {
    if (style.startsWith('Heading')) under.set(text, (current = []));
    else current.push(text);
  }
  return under;
}

describe('the report’s evidence lists (group demo)', () => {
  it('list each record once, say how many more there are, name each claim once and count undated evidence', async () => {
    const folder = tempFolder();
    const db = join(folder, 'demo.wgdb');
    const out = join(folder, 'report.docx');
    expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);
    const [group] = JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as { code: string }[];
    const exported = await wge(
      'export',
      'report',
      '--db',
      db,
      '--work-group',
      group!.code,
      '--out',
      out,
      '--allow-flagged',
    );
    expect(exported.err).toEqual([]);
    const evaluation = JSON.parse(
      (await wge('evaluate', '--db', db, '--work-group', group!.code, '--json')).out,
    ) as WorkGroupEvaluationResult;
    const read = readReport(out);
    const report = sections(read.paragraphs);

    for (const standard of evaluation.standards) {
      const keys = standard.evidence.map((e) => `${e.kind}:${e.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      const cited = new Set(standard.indicators.flatMap((i) => i.evidence.map((e) => `${e.kind}:${e.id}`)));
      expect(keys.length).toBe(cited.size);
      const lines = report.get(`Evidence for ${standard.label}`)!;
      const list = lines.slice(lines.indexOf('Evidence behind these indicators: ') + 1);
      expect(new Set(list).size).toBe(list.length);
      if (keys.length > 8) expect(list).toContain(`and ${keys.length - 8} more`);
    }
    // Standard 1 cites the group's 42 focus children and their observations, never more than there are.
    const first = evaluation.standards[0]!;
    expect(first.evidence.filter((e) => e.kind === 'focusChild')).toHaveLength(evaluation.totals.focusChildren);
    expect(first.evidence.length).toBeLessThanOrEqual(evaluation.totals.focusChildren + evaluation.totals.observations);

    for (const area of evaluation.areas) {
      const claims = report.get(area.label)!.filter((line) => line.startsWith('Claim ('));
      expect(new Set(claims.map((c) => c.replace(/^Claim \(\w+\): /, ''))).size).toBe(claims.length);
    }
    const policy = evaluation.areas.find((a) => a.area === 'school_policy')!.evidenceByTerm;
    expect(policy.undated).toBeGreaterThan(0);
    const termTables = read.tables.filter((t) => t[0]!.join('|') === 'Autumn|Spring|Summer|Undated|Total');
    expect(termTables).toHaveLength(4);
    expect(termTables[3]![1]).toEqual(
      [policy.autumn, policy.spring, policy.summer, policy.undated, policy.total].map(String),
    );
  }, 60_000);

  it('opens with key findings, answers "Did it work?" for pupils, teachers and schools, and keeps the matrix after the narrative', async () => {
    const folder = tempFolder();
    const db = join(folder, 'demo.wgdb');
    generateDemo(db, { scale: 'group', seed: 3 });
    const store = openStore(db);
    try {
      const handlers = createHandlers(store);
      const call = caller(handlers);
      const group = call('workGroup.list', {})[0]!;
      const evaluation = call('evaluation.workGroup', { id: group.id });
      const participants = call('participant.list', { workGroupId: group.id });
      const exportReport = async (name: string) => {
        const reply = await dispatchAsync(handlers, 'export.document', {
          document: { kind: 'report', workGroupId: group.id },
          allowFlagged: true,
        });
        if (!reply.ok) throw new Error(reply.error.message);
        const path = join(folder, name);
        writeFileSync(path, Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64'));
        return readReport(path);
      };

      const draft = await exportReport('draft.docx');
      const headings = draft.paragraphs.filter(([style]) => style.startsWith('Heading')).map(([, text]) => text);
      const didItWork = evaluation.questions.find((q) => q.id === 'did_it_work')!.question;
      const order = [
        'Key findings',
        'The four evaluation questions',
        didItWork,
        'For pupils',
        'For teachers',
        'For schools',
        'Intended outcomes: a verdict on each',
        'Next steps for every school',
        'The DfE Standard for teachers’ professional development',
        'The NCETM outcome areas',
        'Appendix: the record trail',
      ];
      const at = order.map((h) => headings.indexOf(h));
      expect(
        at.every((i) => i >= 0),
        `missing: ${order.filter((_, k) => at[k]! < 0).join(', ')}`,
      ).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(headings[0]).toBe('Key findings');

      // Key findings: three to five, drafted from the evidence and marked as a draft.
      const findings = sections(draft.paragraphs).get('Key findings')!;
      expect(findings[0]).toMatch(/^Draft — not yet edited by the Lead/);
      expect(findings.length - 1).toBeGreaterThanOrEqual(3);
      expect(findings.length - 1).toBeLessThanOrEqual(5);
      for (const finding of findings.slice(1)) expect(finding).toMatch(/\d/);

      // Pupils: pre and post on each named check, with its scale and n, from the children's own scores.
      const checks = draft.tables.find((t) => t[0]![0] === 'Check')!;
      expect(checks[0]).toEqual([
        'Check',
        'Scale',
        'Children (n)',
        'Mean first score',
        'Mean last score',
        'Rose',
        'Same',
        'Fell',
      ]);
      for (const row of checks.slice(1)) {
        const n = Number(row[2]);
        expect(n).toBeGreaterThan(0);
        expect(Number(row[5]) + Number(row[6]) + Number(row[7])).toBe(n);
        expect(row[1]).toMatch(/out of|rubric/);
      }
      // Teachers: their own ratings beside their own words, named by role, never by name.
      const teachers = draft.tables.find((t) => t[0]![0] === 'Teacher')!;
      expect(teachers.length).toBeGreaterThan(1);
      for (const row of teachers.slice(1)) expect(row[1]).toMatch(/^\d\.\d → \d\.\d$/);
      const quoteSources = draft.paragraphs.filter(([, t]) => t.startsWith('— ')).map(([, t]) => t);
      expect(quoteSources.length).toBeGreaterThan(3);
      for (const p of participants) {
        for (const source of quoteSources) expect(source).not.toContain(p.name);
        for (const row of teachers.slice(1)) expect(row[0]).not.toContain(p.name);
      }
      // Each quote once.
      const quotes = draft.paragraphs.filter(([, t]) => t.startsWith('“')).map(([, t]) => t);
      expect(new Set(quotes).size).toBe(quotes.length);
      // Next steps name every school, with its plan or what to do about a missing one.
      const steps = draft.tables.find((t) => t[0]!.join('|') === 'School|Plan for next year')!;
      expect(steps.length - 1).toBe(evaluation.figures.schools);
      // A verdict for every intended outcome.
      const verdicts = draft.paragraphs.filter(([, t]) => t.startsWith('Verdict: '));
      expect(verdicts).toHaveLength(group.intendedOutcomes.length);

      // Once the Lead edits the findings, the report prints theirs and drops the draft mark.
      const own = [
        'Pupils talk about their reasoning far more than in September.',
        'Two schools will take this further.',
        'Attendance held up all year.',
      ];
      expect(call('keyFindings.set', { workGroupId: group.id, findings: own })).toEqual({
        findings: own,
        edited: true,
      });
      const edited = sections((await exportReport('edited.docx')).paragraphs).get('Key findings')!;
      expect(edited).toEqual(own);
      // An empty list gives the draft back.
      expect(call('keyFindings.set', { workGroupId: group.id, findings: [] }).edited).toBe(false);
    } finally {
      store.close();
    }
  }, 120_000);
});
