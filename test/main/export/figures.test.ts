import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubRollup, WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { openStore } from '../../../src-main/store/store';
import { wge } from '../../support/cli';
import { readWithOpenpyxl, records, type ReadSheet } from '../excel/openpyxl';

// "One figure, one definition" (issue 14): every output of the group and hub demos is exported,
// read back with readers that share no code with ours (python-docx, openpyxl, the slides' XML),
// and each headline figure is compared with `wge evaluate --json` and a plain SQL count.

type DocxText = { paragraphs: string[]; tables: string[][][] };

/** Every paragraph and table cell of each .docx, as python-docx reads it (one run for them all). */
function docxTexts(paths: string[]): DocxText[] {
  const script = `
import docx, json, sys
out = []
for path in sys.argv[1:]:
    d = docx.Document(path)
    out.append({
        "paragraphs": [p.text for p in d.paragraphs],
        "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    })
print(json.dumps(out))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(`python-docx could not read ${paths.join(', ')} (is python3-docx installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as DocxText[];
}
const docxText = (path: string) => docxTexts([path])[0]!;
const allText = (d: DocxText) => [...d.paragraphs, ...d.tables.flatMap((t) => t.flatMap((r) => r))].join('\n');

/** Each slide's text and speaker notes, straight from the .pptx XML. */
async function slidesText(path: string): Promise<{ text: string; notes: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const words = (xml: string) => (xml.match(/<a:t>[^<]*<\/a:t>/g) ?? []).map((t) => t.slice(5, -6)).join(' ');
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
  const slides = [];
  for (const file of zip.file(/^ppt\/slides\/slide\d+\.xml$/).sort((a, b) => number(a.name) - number(b.name))) {
    const rels = await zip.file(file.name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
    const notesFile = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
    slides.push({
      text: words(await file.async('string')),
      notes: notesFile ? words(await zip.file(`ppt/notesSlides/${notesFile}`)!.async('string')) : '',
    });
  }
  return slides;
}

const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');

/** No output says "N of 5" (or "of the 5") with N above 5, nor "1 meetings" and the like. */
function expectHonestCounts(text: string, where: string) {
  for (const m of text.matchAll(/\b(\d+) of (?:the )?5\b/g)) {
    expect(Number(m[1]), `${where}: "${m[0]}"`).toBeLessThanOrEqual(5);
  }
  expect(text, where).not.toMatch(/\b1 (visits|sessions|meetings|schools|participants|Work Groups)\b/);
}

/** A workbook's sheet by name. */
const sheet = (book: ReadSheet[], name: string) => book.find((s) => s.name === name)!;

/** Every number in a workbook is stored as a number, without floating-point noise. */
function expectCleanNumbers(book: ReadSheet[]) {
  for (const s of book) {
    for (const row of s.rows) {
      for (const c of row) {
        if (c.t === 'n') expect(Number((c.v as number).toFixed(6)), `${s.name}: ${c.v}`).toBe(c.v);
        if (c.t === 's') expect(String(c.v), `${s.name}: a number stored as text`).not.toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
  }
}

const keyFigure = (rows: Record<string, { v: unknown }>[], label: string) =>
  rows.find((r) => r['Key figure']!.v === label)?.['Value']!.v;

/** Plain SQL over the workspace file: the figures as a reader of the database would count them. */
function countsBySql(path: string, asOf: string, workGroupId?: string) {
  const store = openStore(path);
  try {
    const scope = workGroupId ? 'AND work_group_id = @id' : '';
    const live = `deleted_at IS NULL ${scope} AND work_group_id IN (SELECT id FROM work_group WHERE deleted_at IS NULL)`;
    const one = (sql: string) =>
      (store.db.prepare(sql).get(workGroupId ? { id: workGroupId, asOf } : { asOf }) as { n: number }).n;
    const ratings = store.db
      .prepare(
        `SELECT COUNT(*) AS n, AVG(s) AS start, AVG(e) AS end FROM (
           SELECT (SELECT AVG(value) FROM json_each(start_ratings)) AS s, (SELECT AVG(value) FROM json_each(end_ratings)) AS e
           FROM participant WHERE ${live}) WHERE s IS NOT NULL AND e IS NOT NULL`,
      )
      .get(workGroupId ? { id: workGroupId } : {}) as { n: number; start: number | null; end: number | null };
    return {
      schools: one(`SELECT COUNT(DISTINCT school_id) AS n FROM school_participation WHERE ${live}`),
      schoolPlaces: one(`SELECT COUNT(*) AS n FROM school_participation WHERE ${live}`),
      participants: one(`SELECT COUNT(*) AS n FROM participant WHERE ${live}`),
      focusChildren: one(`SELECT COUNT(*) AS n FROM focus_child WHERE ${live}`),
      wholeGroupMeetings: one(
        `SELECT COUNT(*) AS n FROM meeting WHERE ${live} AND date <= @asOf
         AND kind IN ('work_group_meeting', 'research_lesson', 'collaborative_planning', 'programme_session')`,
      ),
      sessions: one(`SELECT COUNT(*) AS n FROM meeting WHERE ${live} AND date <= @asOf`),
      ratings,
    };
  } finally {
    store.close();
  }
}

/** A folder kept for the whole file (the demos are built once), removed at the end. */
function sharedFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'wge-figures-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

async function exportAll(db: string, folder: string, what: string[][]) {
  for (const args of what) {
    const out = join(folder, args[args.length - 1]!);
    const run = await wge('export', ...args.slice(0, -1), '--db', db, '--out', out, '--allow-flagged');
    expect(run.code, run.err.join('\n')).toBe(0);
  }
}

describe('one figure, one definition: the group demo', () => {
  const folder = sharedFolder();
  const db = join(folder, 'group.wgdb');
  let evaluation: WorkGroupEvaluationResult;
  let sql: ReturnType<typeof countsBySql>;

  beforeAll(async () => {
    expect((await wge('demo', '--db', db, '--scale', 'group', '--seed', '7')).code).toBe(0);
    const list = JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as { code: string }[];
    const code = list[0]!.code;
    evaluation = JSON.parse((await wge('evaluate', '--db', db, '--work-group', code, '--json')).out);
    sql = countsBySql(db, evaluation.asOf, evaluation.workGroup.id);
    await exportAll(db, folder, [
      ['report', '--work-group', code, 'report.docx'],
      ['case-study', '--work-group', code, 'case-studies'],
      ['summary', '--work-group', code, 'summary.xlsx'],
      ['slides', '--work-group', code, 'slides.pptx'],
    ]);
  }, 120_000);

  it('evaluates to the figures a plain SQL count gives', () => {
    const f = evaluation.figures;
    expect(f.schools).toBe(sql.schools);
    expect(f.schoolPlaces).toBe(sql.schoolPlaces);
    expect(f.participants).toBe(sql.participants);
    expect(f.focusChildren).toBe(sql.focusChildren);
    expect(f.sessions.wholeGroup).toBe(sql.wholeGroupMeetings);
    expect(f.sessions.total).toBe(sql.sessions);
    // Paired: the same people at the start and at the end.
    expect(f.selfRatings.n).toBe(sql.ratings.n);
    expect(f.selfRatings.startMean).toBeCloseTo(sql.ratings.start!, 2);
    expect(f.selfRatings.endMean).toBeCloseTo(sql.ratings.end!, 2);
    expect(f.standardsMet).toBe(evaluation.standards.filter((s) => s.status === 'met').length);
    // The demo has a leaders' session beside its whole-group meetings: the two must not be confused.
    expect(f.sessions.total).toBeGreaterThan(f.sessions.wholeGroup);
  });

  it('says the same figures, with the sessions explained, in the Word report', () => {
    const f = evaluation.figures;
    const report = docxText(join(folder, 'report.docx'));
    const text = allText(report);
    expect(text).toContain(
      `${f.schools} schools and ${f.participants} participants took part, following ${f.focusChildren} focus children.`,
    );
    expect(text).toContain(
      `The group held ${f.sessions.total} sessions: ${f.sessions.wholeGroup} whole-group meetings`,
    );
    expect(text).toContain(`${f.standardsMet} of the 5 DfE standards are met`);
    expect(text).toContain(`(${f.selfRatings.n} participants rated at both)`);
    // The meetings table lists every session; its caption says which are whole-group meetings.
    const meetings = report.tables.find((t) => t[0]!.join('|') === 'Date|Meeting|Host|Attendance')!;
    expect(meetings.length - 1).toBe(sql.sessions);
    expectHonestCounts(text, 'report');
  });

  it('writes one case study per focus child, none with a wrong count', () => {
    const files = readdirSync(join(folder, 'case-studies')).filter((n) => n.endsWith('.docx'));
    expect(files).toHaveLength(sql.focusChildren);
    const read = docxTexts(files.map((name) => join(folder, 'case-studies', name)));
    read.forEach((d, i) => expectHonestCounts(allText(d), files[i]!));
  }, 60_000);

  it('stores the same figures as numbers, without noise, in the workbook', () => {
    const f = evaluation.figures;
    const book = readWithOpenpyxl(join(folder, 'summary.xlsx'));
    const key = records(sheet(book, 'Overview'), 4);
    expect(keyFigure(key, 'Schools')).toBe(sql.schools);
    expect(keyFigure(key, 'School places in Work Groups')).toBe(sql.schoolPlaces);
    expect(keyFigure(key, 'Participants')).toBe(sql.participants);
    expect(keyFigure(key, 'Focus children')).toBe(sql.focusChildren);
    expect(keyFigure(key, 'Whole-group meetings')).toBe(sql.wholeGroupMeetings);
    expect(keyFigure(key, 'All sessions')).toBe(sql.sessions);
    expect(keyFigure(key, 'DfE standards met')).toBe(f.standardsMet);
    expect(keyFigure(key, 'Self-ratings: participants rated at both (n)')).toBe(sql.ratings.n);
    expect(keyFigure(key, 'Self-ratings: mean at the start')).toBe(f.selfRatings.startMean);
    // The Attendance sheet says what each column holds: a count of sessions, a share of meetings.
    const attendance = records(sheet(book, 'Attendance'));
    expect(attendance[0]!['Sessions attended']!.fmt).toBe('#,##0');
    expect(attendance[0]!['Attendance at whole-group meetings']!.fmt).toBe('0%');
    expectCleanNumbers(book);
  });

  it('shows the same figures on the slides', async () => {
    const f = evaluation.figures;
    const slides = await slidesText(join(folder, 'slides.pptx'));
    const numbers = slides.find((s) => s.text.startsWith('The year in numbers'))!;
    const text = xmlText(numbers.text);
    expect(text).toContain(`${f.schools} schools`);
    expect(text).toContain(`${f.focusChildren} focus children followed`);
    expect(text).toContain(`${f.sessions.wholeGroup} whole-group meetings`);
    expect(text).toContain(`${f.standardsMet} of the 5 DfE standards met`);
    expect(text).toContain(`${f.sessions.total} sessions: ${f.sessions.wholeGroup} whole-group meetings`);
    for (const s of slides) expectHonestCounts(xmlText(`${s.text}\n${s.notes}`), 'slides');
  });
});

describe('one figure, one definition: the hub demo', () => {
  const folder = sharedFolder();
  const db = join(folder, 'hub.wgdb');
  let rollup: HubRollup;
  let sql: ReturnType<typeof countsBySql>;

  beforeAll(async () => {
    expect((await wge('demo', '--db', db, '--scale', 'hub', '--seed', '7')).code).toBe(0);
    rollup = JSON.parse((await wge('evaluate', '--db', db, '--hub', '--json')).out);
    // Each group is evaluated as of its own year's end; the demo's years are over, so every meeting counts.
    sql = countsBySql(db, '9999-12-31');
    await exportAll(db, folder, [
      ['hub-report', 'hub-report.docx'],
      ['hub-summary', 'hub.xlsx'],
      ['slides', '--hub', 'hub.pptx'],
    ]);
  }, 300_000);

  it('counts each school once, however many Work Groups it is in', () => {
    const f = rollup.figures;
    expect(f.schools).toBe(sql.schools);
    expect(f.schoolPlaces).toBe(sql.schoolPlaces);
    expect(f.schools).toBeLessThan(f.schoolPlaces);
    expect(rollup.totals.schools).toBe(sql.schools);
    expect(f.participants).toBe(sql.participants);
    expect(f.focusChildren.value).toBe(sql.focusChildren);
    expect(f.sessions.wholeGroup).toBe(sql.wholeGroupMeetings);
    expect(f.sessions.total).toBe(sql.sessions);
    expect(f.selfRatings.n).toBe(sql.ratings.n);
    expect(f.selfRatings.startMean).toBeCloseTo(sql.ratings.start!, 1);
    expect(f.selfRatings.endMean).toBeCloseTo(sql.ratings.end!, 1);
    // Every standard expected of its kind: all five for a Work Group (kindRules.ts).
    expect(f.groupsMeetingAllFive).toBe(rollup.rows.filter((r) => r.standardsMet === r.standardsExpected).length);
  });

  it('says the same figures in the hub report, and standards met of five, never more', () => {
    const f = rollup.figures;
    const report = docxText(join(folder, 'hub-report.docx'));
    const headline = Object.fromEntries(report.tables.find((t) => t[0]!.join('|') === 'Figure|Value')!.slice(1));
    expect(headline['Schools']).toBe(sql.schools.toLocaleString('en-GB'));
    expect(headline['School places in Work Groups']).toBe(sql.schoolPlaces.toLocaleString('en-GB'));
    expect(headline['Participants']).toBe(sql.participants.toLocaleString('en-GB'));
    expect(headline['Focus children']).toBe(sql.focusChildren.toLocaleString('en-GB'));
    expect(headline['Whole-group meetings']).toBe(sql.wholeGroupMeetings.toLocaleString('en-GB'));
    expect(headline['All sessions']).toBe(sql.sessions.toLocaleString('en-GB'));
    expect(headline['Groups meeting every standard of their kind']).toBe(
      `${f.groupsMeetingAllFive} of ${f.workGroups}`,
    );
    const side = report.tables.find((t) => t[0]![0] === 'Work Group' && t[0]![3] === 'Standards met')!;
    expect(side.slice(1).map((r) => r[3])).toEqual(
      rollup.rows.map((r) => `${r.standardsMet} of ${r.standardsExpected}`),
    );
    expect(rollup.rows.every((r) => r.standardsExpected <= 5)).toBe(true);
    expectHonestCounts(allText(report), 'hub report');
  });

  it('agrees with itself in the hub workbook, its statuses and its key figures', () => {
    const f = rollup.figures;
    const book = readWithOpenpyxl(join(folder, 'hub.xlsx'));
    const key = records(sheet(book, 'Key figures'));
    expect(keyFigure(key, 'Schools')).toBe(sql.schools);
    expect(keyFigure(key, 'School places in Work Groups')).toBe(sql.schoolPlaces);
    expect(keyFigure(key, 'Whole-group meetings')).toBe(sql.wholeGroupMeetings);
    expect(keyFigure(key, 'All sessions')).toBe(sql.sessions);
    expect(keyFigure(key, 'Self-ratings: participants rated at both (n)')).toBe(sql.ratings.n);
    // Groups meeting all five, read from the workbook's own status columns.
    const groups = records(sheet(book, 'Work Groups'));
    const statusColumns = Object.keys(groups[0]!).filter((h) => /^Standard \d: status$/.test(h));
    expect(statusColumns).toHaveLength(5);
    // Every standard met, or not expected of the group's kind of PD.
    const allFive = groups.filter((g) =>
      statusColumns.every((h) => g[h]!.v === 'Met' || String(g[h]!.v).startsWith('Not expected for ')),
    ).length;
    expect(keyFigure(key, 'Groups meeting every standard of their kind')).toBe(allFive);
    expect(f.groupsMeetingAllFive).toBe(allFive);
    for (const g of groups) {
      expect(g['Standards met']!.v as number).toBeLessThanOrEqual(
        g['Standards expected of its kind (of 5)']!.v as number,
      );
      expect(g['Standards expected of its kind (of 5)']!.v as number).toBeLessThanOrEqual(5);
    }
    // One standard is a number; several are "1; 3", never a number stored as text.
    const standards = records(sheet(book, 'Evidence')).map((r) => r['Standards']!);
    expect(standards.some((c) => c.t === 'n')).toBe(true);
    expectCleanNumbers(book);
  }, 120_000);

  it('shows the same figures on the hub slides', async () => {
    const f = rollup.figures;
    const slides = await slidesText(join(folder, 'hub.pptx'));
    const text = xmlText(slides.find((s) => s.text.startsWith('The year in numbers'))!.text);
    expect(text).toContain(`${sql.schools} schools`);
    expect(text).toContain(`${sql.wholeGroupMeetings} whole-group meetings`);
    expect(text).toContain(
      `${f.groupsMeetingAllFive} of ${f.workGroups} Work Groups meet every DfE standard expected of their kind`,
    );
    for (const s of slides) expectHonestCounts(xmlText(`${s.text}\n${s.notes}`), 'hub slides');
  });
});
