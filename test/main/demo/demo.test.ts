import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRefused, generateDemo, type DemoSummary } from '../../../src-main/demo/generate';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';
import { termOf } from '../../../src-shared/calendar/academicYear';
import { namesInCode } from '../../../src-shared/domain/firstNames';
import { caller, tempFolder } from '../../support/workspace';
import { allTables } from './tables';
import { wge } from '../../support/cli';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function demoFile(seed: number) {
  const path = join(tempFolder(), `demo-${seed}.wgdb`);
  const summary = generateDemo(path, { scale: 'group', seed });
  return { path, summary };
}

/** Reads one Work Group of a workspace back through the contract, as the app would. */
function readBack(path: string, code = 'TRG-2025-01') {
  const store = openStore(path);
  try {
    const call = caller(createHandlers(store));
    const workGroups = call('workGroup.list', { includeArchived: true });
    const own = { workGroupId: workGroups.find((g) => g.code === code)!.id };
    const participations = call('schoolParticipation.list', own);
    const taking = new Set(participations.map((sp) => sp.schoolId));
    return {
      workGroups: workGroups.filter((g) => g.code === code),
      schools: call('school.list', {}).filter((s) => taking.has(s.id)),
      participations,
      participants: call('participant.list', own),
      children: call('focusChild.list', own),
      meetings: call('meeting.list', own),
      readings: call('reading.list', own),
      journal: call('journalEntry.list', own),
      observations: call('observation.list', own),
      cycles: call('actionResearchCycle.list', own),
      claims: call('impactClaim.list', own),
      lessons: call('researchLesson.list', own),
    };
  } finally {
    store.close();
  }
}

describe('wge demo --scale group', () => {
  // One workspace shared by the tests below, in a folder of its own (tempFolder empties after each test).
  const folder = mkdtempSync(join(tmpdir(), 'wge-demo-test-'));
  let path = '';
  let summary: DemoSummary;
  let year: ReturnType<typeof readBack>;
  beforeAll(() => {
    path = join(folder, 'group.wgdb');
    summary = generateDemo(path, { scale: 'group', seed: 7 });
    year = readBack(path);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes its model Work Group of 7 schools, 14 participants, 42 focus children and 6 meetings in three terms', () => {
    expect(year.workGroups).toHaveLength(1);
    expect(year.workGroups[0]!.academicYear).toBe('2025/26');
    expect(year.schools).toHaveLength(7);
    expect(year.participations).toHaveLength(7);
    expect(year.participants).toHaveLength(14);
    for (const school of year.schools) {
      expect(year.participants.filter((p) => p.schoolId === school.id)).toHaveLength(2);
    }
    expect(year.children).toHaveLength(42);
    for (const p of year.participants) expect(year.children.filter((c) => c.participantId === p.id)).toHaveLength(3);
    expect(year.meetings).toHaveLength(6);
    expect(new Set(year.meetings.map((m) => termOf(m.date)))).toEqual(new Set(['autumn', 'spring', 'summer']));
    expect(year.meetings.every((m) => m.attendeeIds.length > 0 && m.hostSchoolId)).toBe(true);
  });

  it('writes hundreds of journal entries and observations, and says so in its summary', () => {
    expect(year.journal.length + year.observations.length).toBeGreaterThanOrEqual(300);
    expect(year.journal.length).toBeGreaterThanOrEqual(100);
    expect(year.observations.length).toBeGreaterThanOrEqual(100);
    // The summary counts the whole demo: the model group, and the second-year group with last year's.
    const rows = allTables(path);
    const live = (table: string) => rows[table]!.filter((row) => !(row as { deleted_at: unknown }).deleted_at).length;
    expect(summary).toMatchObject({
      workGroups: 3,
      schools: live('school'),
      participants: live('participant'),
      focusChildren: live('focus_child'),
      meetings: live('meeting'),
      journalEntries: live('journal_entry'),
      observations: live('observation'),
    });
    expect(summary.participants).toBe(14 + 7 + 7);
  });

  it('records every kind of evidence the evaluation looks for', () => {
    expect(year.readings.length).toBeGreaterThanOrEqual(6);
    expect(year.readings.length).toBeLessThanOrEqual(10);
    const discussed = new Set(year.meetings.flatMap((m) => m.readingIds));
    expect(year.readings.every((r) => discussed.has(r.id))).toBe(true);
    expect(new Set(year.observations.map((o) => o.kind))).toEqual(
      new Set(['note', 'pupil_voice', 'work_sample', 'measure']),
    );
    for (const m of year.observations.filter((o) => o.kind === 'measure')) {
      expect(m.measureValue).toBeTypeOf('number');
      expect(m.measureScale).not.toBe('');
    }
    for (const p of year.participants) {
      const cycles = year.cycles.filter((c) => c.participantId === p.id);
      expect(cycles.length).toBeGreaterThanOrEqual(2);
      expect(cycles.length).toBeLessThanOrEqual(3);
      expect(Object.keys(p.startRatings).length).toBeGreaterThan(0);
    }
    expect(year.participations.every((sp) => sp.intendedImpact && sp.seniorLeaderName)).toBe(true);
    expect(year.participations.some((sp) => sp.leaderEngagements.length > 0)).toBe(true);
    expect(year.claims.length).toBeGreaterThanOrEqual(4);
    expect(year.claims.every((c) => c.evidence.length > 0)).toBe(true);
    const tagged = [...year.journal, ...year.observations].filter((e) => e.areas.length && e.standards.length);
    expect(tagged.length).toBeGreaterThan(100);
    expect(tagged.some((e) => e.guskeyLevel && e.strength)).toBe(true);
    expect(year.children.every((c) => c.penPortraitStart && c.desiredChange)).toBe(true);
  });

  it('studies each research-lesson meeting through three case pupils, with predictions and interviews', () => {
    const lessonMeetings = year.meetings.filter((m) => m.kind === 'research_lesson');
    expect(lessonMeetings.length).toBeGreaterThan(0);
    expect(year.lessons.map((l) => l.meetingId).sort()).toEqual(lessonMeetings.map((m) => m.id).sort());
    expect(summary.researchLessons).toBe(allTables(path)['research_lesson']!.length);
    for (const lesson of year.lessons) {
      expect(lesson.casePupils).toHaveLength(3);
      const owners = lesson.casePupils.map((p) => year.children.find((c) => c.id === p.focusChildId)!.participantId);
      // One teacher's lesson, studied through three of their own focus children.
      expect(new Set(owners).size).toBe(1);
      expect(lesson.casePupils.every((p) => p.prediction && p.observed && p.interview)).toBe(true);
    }
  });

  it('leaves a few realistic gaps for an evaluation to find', () => {
    const evaluated = year.participations.filter((sp) => sp.endEvaluation);
    expect(evaluated.length).toBeGreaterThanOrEqual(5);
    expect(evaluated.length).toBeLessThan(7);
    const judged = year.children.filter((c) => c.changeJudgement !== undefined && c.penPortraitEnd);
    expect(judged.length).toBeGreaterThan(30);
    expect(judged.length).toBeLessThan(42);
    const withoutSpring = year.children.filter(
      (c) => !year.observations.some((o) => o.focusChildId === c.id && termOf(o.date) === 'spring'),
    );
    expect(withoutSpring.length).toBeGreaterThanOrEqual(2);
    expect(year.participants.filter((p) => Object.keys(p.endRatings).length === 0).length).toBeGreaterThanOrEqual(1);
  });

  it('lets each senior leader write their own intended impact and evaluation', () => {
    const differ = (texts: string[]) => expect(new Set(texts).size).toBe(texts.length);
    differ(year.participations.map((p) => p.intendedImpact));
    differ(year.participations.filter((p) => p.endEvaluation).map((p) => p.endEvaluation));
  });

  it('never names a teacher or leader in free text, and gives no one a "-Test" surname', () => {
    const people = [...year.participants.map((p) => p.name), ...year.participations.map((p) => p.seniorLeaderName)];
    const surnames = people.map((name) => name.split(' ').pop()!);
    for (const surname of surnames) expect(surname).not.toMatch(/-Test$/);
    const texts = [
      ...year.journal.map((j) => j.text),
      ...year.observations.map((o) => o.text),
      ...year.meetings.map((m) => m.notes),
      ...year.cycles.flatMap((c) => [c.plan, c.act, c.observe, c.reflect]),
    ];
    for (const text of texts) for (const surname of surnames) expect(text).not.toContain(surname);
  });

  it('codes focus children without first names, each code unique', () => {
    const codes = year.children.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(namesInCode(code), code).toEqual([]);
  });

  it('dates everything inside the academic year, with UUID v4 ids', () => {
    const dates = [
      ...year.meetings.map((m) => m.date),
      ...year.journal.map((j) => j.date),
      ...year.observations.map((o) => o.date),
      ...year.cycles.flatMap((c) => [c.startDate, c.endDate]).filter((d): d is string => d !== undefined),
      ...year.participations.flatMap((sp) => sp.leaderEngagements.map((e) => e.date)),
    ];
    for (const date of dates) expect(date >= '2025-09-01' && date <= '2026-08-31', date).toBe(true);
    const records = Object.values(year).flat();
    for (const r of records) {
      expect(r.id).toMatch(UUID_V4);
      expect(r.createdAt >= '2025-09-01' && r.updatedAt <= '2026-08-31T23:59:59.999Z', r.createdAt).toBe(true);
    }
  });

  it('gives the same workspace for the same seed, down to every id and timestamp', () => {
    const again = demoFile(7);
    const first = allTables(path);
    const second = allTables(again.path);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const table of Object.keys(first)) {
      // The store stamps when each migration ran with the real clock (src-main/store/store.ts), and
      // each workspace file gets its own identity for exchange (migration 004), so that two files never
      // share one even from the same seed: the values the seed does not decide.
      const rows = (t: Record<string, unknown[]>) =>
        table === 'schema_migration'
          ? t[table]!.map((row) => ({ ...(row as object), applied_at: undefined }))
          : table === 'workspace_meta'
            ? t[table]!.map((row) => ({ ...(row as object), value: undefined }))
            : t[table];
      expect(rows(second), table).toEqual(rows(first));
    }
    expect(first['journal_entry']!.length).toBeGreaterThan(0);
    expect(first['search_index']!.length).toBeGreaterThan(0);
  });

  it('gives a different workspace for a different seed', () => {
    const other = allTables(demoFile(8).path);
    const first = allTables(path);
    for (const table of ['work_group', 'school', 'participant', 'focus_child', 'journal_entry', 'observation']) {
      expect(other[table], table).not.toEqual(first[table]);
    }
  });

  it('refuses to overwrite an existing file', () => {
    expect(() => generateDemo(path, { scale: 'group', seed: 1 })).toThrow(DemoRefused);
    const mine = join(tempFolder(), 'mine.wgdb');
    writeFileSync(mine, 'my precious notes');
    expect(() => generateDemo(mine, { scale: 'group', seed: 1 })).toThrow(/already exists/);
  });
});

describe('wge demo on the command line', () => {
  it('writes a workspace and prints a JSON summary', async () => {
    const db = join(tempFolder(), 'cli.wgdb');
    const { code, out, err } = await wge('demo', '--db', db, '--scale', 'group', '--seed', '3', '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    // The model Work Group's 14 teachers, and 7 teachers in each of the other group's two years.
    expect(summary).toMatchObject({ scale: 'group', seed: 3, workGroups: 3, participants: 28 });
    expect(summary.focusChildren).toBe(3 * 28);
    expect(summary.seconds).toBeTypeOf('number');
    expect(existsSync(db)).toBe(true);
  });

  it('prints a short summary for people', async () => {
    const { code, out } = await wge('demo', '--db', join(tempFolder(), 'p.wgdb'), '--scale', 'group');
    expect(code).toBe(0);
    const text = out;
    for (const word of [
      'Work Group',
      'schools',
      'participants',
      'focus children',
      'journal entries',
      'observations',
      ' s',
    ]) {
      expect(text).toContain(word);
    }
  });

  it('exits 1 with one line when the file exists, and 2 for wrong usage', async () => {
    const db = join(tempFolder(), 'taken.wgdb');
    writeFileSync(db, 'not yours');
    const taken = await wge('demo', '--db', db, '--scale', 'group');
    expect(taken.code).toBe(1);
    expect(taken.err).toHaveLength(1);
    expect(taken.err[0]).toMatch(/already exists/);
    for (const argv of [
      ['demo', '--scale', 'group'],
      ['demo', '--db', join(tempFolder(), 'a.wgdb')],
      ['demo', '--db', join(tempFolder(), 'b.wgdb'), '--scale', 'planet'],
      ['demo', '--db', join(tempFolder(), 'c.wgdb'), '--scale', 'group', '--seed', 'abc'],
      ['demo', '--db', join(tempFolder(), 'd.wgdb'), '--scale', 'group', '--seed', '-1'],
      ['demo', '--db', join(tempFolder(), 'e.wgdb'), '--scale', 'group', '--colour'],
    ]) {
      const { code, err } = await wge(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
    }
  });
});

describe('wge demo leaves nothing behind', () => {
  /** The id of a process that has ended, as one killed part-way through a demo has. */
  const endedProcess = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('removes what demos killed part-way left, leaves one still being written, and leaves nothing of its own', async () => {
    const folder = tempFolder();
    const killed = join(folder, `.wge-demo-unfinished-${endedProcess()}-k1Ll3d`);
    const older = join(folder, '.wge-demo-unfinished-Ab12Cd'); // named by an earlier version, without its process
    const running = join(folder, `.wge-demo-unfinished-${process.pid}-Runn1n`);
    for (const left of [killed, older, running]) {
      mkdirSync(left);
      writeFileSync(join(left, 'demo.wgdb'), 'half a workspace');
    }
    const { code } = await wge('demo', '--db', join(folder, 'new.wgdb'), '--scale', 'group');
    expect(code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([basename(running), 'new.wgdb']);
  });

  it('refuses an existing file before saying it is writing anything, and writes nothing', async () => {
    const folder = tempFolder();
    const db = join(folder, 'mine.wgdb');
    writeFileSync(db, 'my precious notes');
    const { code, out, err } = await wge('demo', '--db', db, '--scale', 'hub');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toEqual([expect.stringMatching(/mine\.wgdb already exists\. .*choose another name/)]);
    expect(readdirSync(folder)).toEqual(['mine.wgdb']);
    expect(readFileSync(db, 'utf8')).toBe('my precious notes');
    const missing = await wge('demo', '--db', join(folder, 'nowhere', 'demo.wgdb'), '--scale', 'group');
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([expect.stringMatching(/does not exist\. Create it first/)]);
    expect(readdirSync(folder)).toEqual(['mine.wgdb']);
  });

  it('leaves no half-written workspace when it fails part-way, nor when the file appears while it works', () => {
    const folder = tempFolder();
    const path = join(folder, 'demo.wgdb');
    const fail = () => {
      throw new Error('the disk is full');
    };
    expect(() => generateDemo(path, { scale: 'group', seed: 1, onProgress: fail })).toThrow('the disk is full');
    expect(readdirSync(folder)).toEqual([]);
    const someoneElses = () => writeFileSync(path, 'written meanwhile');
    expect(() => generateDemo(path, { scale: 'group', seed: 1, onProgress: someoneElses })).toThrow(DemoRefused);
    expect(readdirSync(folder)).toEqual(['demo.wgdb']);
    expect(readFileSync(path, 'utf8')).toBe('written meanwhile');
  });
});
