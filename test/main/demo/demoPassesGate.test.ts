import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wge } from '../../support/cli';

// The demo is what a Lead first exports: every document of the `group` demo must pass the app's own
// personal-data check as it stands, with no --allow-flagged.

describe('the group demo passes its own personal-data check', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-demo-gate-'));
  const db = join(folder, 'group.wgdb');
  beforeAll(async () => {
    expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes all 42 case studies of the Work Group with nothing flagged', async () => {
    const out = join(folder, 'case-studies');
    const run = await wge('export', 'case-study', '--db', db, '--work-group', 'TRG-2025-01', '--out', out, '--json');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(42);
  }, 120_000);

  // The second-year group's too: its report sets two years side by side, and shows the teachers' answers after meetings.
  it.each([
    ['report', 'TRG-2025-01', 'report.docx'],
    ['summary', 'TRG-2025-01', 'summary.xlsx'],
    ['slides', 'TRG-2025-01', 'slides.pptx'],
    ['report', 'TRG-2025-02', 'second-year-report.docx'],
    ['summary', 'TRG-2025-02', 'second-year-summary.xlsx'],
    ['slides', 'TRG-2025-02', 'second-year-slides.pptx'],
  ])(
    'writes the %s of %s with nothing flagged',
    async (what, code, file) => {
      const run = await wge('export', what, '--db', db, '--work-group', code, '--out', join(folder, file));
      expect(run.err).toEqual([]);
      expect(run.code).toBe(0);
    },
    60_000,
  );
});
