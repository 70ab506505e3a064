import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { tempFolder } from '../../support/workspace';
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
      const lines = report.get(standard.label)!;
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
});
