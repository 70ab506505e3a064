import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { openStore } from '../../../src-main/store/store';
import { wge } from '../../support/cli';
import { readDocx, section, textsOf } from '../../support/docx';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

const TAGGED_TABLES = [
  'meeting',
  'journal_entry',
  'observation',
  'action_research_cycle',
  'school_participation',
  'research_lesson',
];

describe('Guskey’s five levels (group demo)', () => {
  // One demo workspace for both tests, in a folder of its own.
  const folder = mkdtempSync(join(tmpdir(), 'wge-guskey-test-'));
  const db = join(folder, 'demo.wgdb');
  let code = '';
  let evaluation: WorkGroupEvaluationResult;
  beforeAll(async () => {
    expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);
    code = (JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as { code: string }[])[0]!.code;
    const run = await wge('evaluate', '--db', db, '--work-group', code, '--json');
    expect(run.err).toEqual([]);
    evaluation = JSON.parse(run.out) as WorkGroupEvaluationResult;
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('wge evaluate prints each level with its evidence, strength and what is missing', async () => {
    const { out } = await wge('evaluate', '--db', db, '--work-group', code);
    for (const l of evaluation.guskeyLevels) {
      expect(out).toMatch(new RegExp(`${l.label}\\s+${l.total === 0 ? 'No records' : `${l.total} record`}`));
      if (l.missing) expect(out).toContain(`Missing: ${l.missing}`);
    }
  });

  it('wge evaluate --json gives five levels counting exactly the records tagged with each', () => {
    const store = openStore(db);
    const counted = (level: number) =>
      TAGGED_TABLES.reduce(
        (sum, t) =>
          sum +
          (
            store.db
              .prepare(
                `SELECT count(*) AS n FROM ${t} WHERE guskey_level = ? AND deleted_at IS NULL
                 AND work_group_id = (SELECT id FROM work_group WHERE code = ?)`,
              )
              .get(level, code) as { n: number }
          ).n,
        0,
      );
    try {
      expect(evaluation.guskeyLevels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const l of evaluation.guskeyLevels) {
        expect(l.total).toBe(counted(l.level));
        expect(l.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(l.total);
        expect(l.strongest.length).toBe(Math.min(3, l.total));
        // Nothing listed is weaker than the level's own strength, and a level without evidence says what to add.
        if (l.total === 0) expect(l.missing).toMatch(/: .*(add|record|tag)/);
        if (l.strength === 'measured' || l.strength === 'triangulated') expect(l.missing).toBe('');
        else expect(l.missing).not.toBe('');
      }
      expect(evaluation.guskeyLevels.some((l) => l.total > 0)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('the end-of-year report has an “Evidence by level” section with the five levels', async () => {
    const out = join(folder, 'report.docx');
    const exported = await wge('export', 'report', '--db', db, '--work-group', code, '--out', out, '--allow-flagged');
    expect(exported.err).toEqual([]);
    const [blocks] = readDocx([out]);
    const levels = section(blocks!, 'Evidence by level');
    const rows = levels.find((b) => b.kind === 'table')!;
    expect(rows.kind === 'table' && rows.rows.map((r) => r[0])).toEqual([
      'Level',
      '1 – Participants’ reactions',
      '2 – Participants’ learning',
      '3 – Organisational support and change',
      '4 – Use of new knowledge and skills',
      '5 – Pupil learning outcomes',
    ]);
    const evidence = rows.kind === 'table' ? rows.rows.slice(1).map((r) => r[1]) : [];
    expect(evidence).toEqual(
      evaluation.guskeyLevels.map((l) => (l.total === 0 ? 'No records' : expect.stringMatching(`^${l.total} record`))),
    );
    const texts = textsOf(levels).join('\n');
    for (const l of evaluation.guskeyLevels.filter((x) => x.missing)) expect(texts).toContain(l.missing);
  }, 120_000);
});

describe('Guskey’s five levels (a small year)', () => {
  it('judges each level by its strongest record and says what to record where a level is empty or anecdotal', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    // The small year's own records carry no level but its set of answers after a meeting, a reaction; these three do.
    call('meeting.create', {
      workGroupId: year.workGroup.id,
      date: '2025-11-12',
      kind: 'work_group_meeting',
      attendeeIds: [year.participant.id],
      guskeyLevel: 1,
      strength: 'anecdotal',
    });
    call('observation.create', {
      focusChildId: year.child.id,
      date: '2026-06-10',
      kind: 'measure',
      text: 'Fractions check again',
      measureValue: 18,
      measureScale: 'out of 20',
      guskeyLevel: 5,
      strength: 'measured',
    });
    call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2026-06-12',
      text: 'Pupils compared fractions with a bar model without prompting.',
      guskeyLevel: 5,
    });
    const levels = call('evaluation.workGroup', { id: year.workGroup.id, asOf: '2026-07-20' }).guskeyLevels;

    expect(levels.map((l) => [l.level, l.total, l.strength])).toEqual([
      [1, 2, 'anecdotal'],
      [2, 0, null],
      [3, 0, null],
      [4, 0, null],
      [5, 2, 'measured'],
    ]);
    expect(levels[0]!.missing).toMatch(/^Participants’ reactions rest on anecdote: /);
    expect(levels[1]!.missing).toMatch(/^Nothing shows what participants learnt: /);
    expect(levels[4]!.missing).toBe('');
    // The measured observation leads; the untagged-strength journal entry follows it.
    expect(levels[4]!.strongest.map((r) => [r.kind, r.strength])).toEqual([
      ['observation', 'measured'],
      ['journalEntry', undefined],
    ]);
    expect(levels[4]!.byKind).toEqual([
      { kind: 'journalEntry', label: 'journal entry', count: 1 },
      { kind: 'observation', label: 'observation', count: 1 },
    ]);

    // A second participant's answers about the same meeting: the reactions can be compared.
    const other = call('participant.create', {
      workGroupId: year.workGroup.id,
      schoolId: year.school.id,
      name: 'Mr Second Teacher',
    });
    call('surveyResponse.create', {
      participantId: other.id,
      questionnaireId: year.questionnaire.id,
      occasion: 'after_meeting',
      meetingId: year.meeting.id,
      date: year.meeting.date,
      answers: { useful: 5 },
    });
    const reactions = call('evaluation.workGroup', { id: year.workGroup.id, asOf: '2026-07-20' }).guskeyLevels[0]!;
    expect(reactions).toMatchObject({ total: 3, strength: 'triangulated', missing: '' });
    expect(reactions.byKind).toContainEqual({ kind: 'surveyResponse', label: 'set of answers', count: 2 });
  });
});
