import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { listBackups } from '../../../src-main/store/backup';
import type { Store } from '../../../src-main/store/store';
import { wge } from '../../support/cli';
import { recordSmallYear } from '../../support/year';
import { openWorkspace, tempFolder, tempWorkspace } from '../../support/workspace';
import { rawZip, zerosDeflated } from '../exchange/hostileBundles';
import { csv, date, encryptedLookalike, legacyXls, thirtyMessySchools, xlsx, type Cell } from './files';

type Workspace = ReturnType<typeof tempWorkspace>;

async function ask(ws: Workspace, method: string, input: unknown) {
  const reply = await dispatchAsync(ws.handlers, method, input);
  return reply;
}

async function must<T>(ws: Workspace, method: string, input: unknown): Promise<T> {
  const reply = await ask(ws, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

const file = (fileName: string, data: Buffer) => ({ fileName, dataBase64: data.toString('base64') });

/** Everything in the workspace's tables, to prove that a second import changes nothing at all. */
function dump(store: Store) {
  const tables = store.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  const rows = (t: string) =>
    store.db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
  return Object.fromEntries(tables.map((t) => [t, rows(t)]));
}

/** Inspects, takes the proposed mapping for the kind, previews. */
async function previewOf(ws: Workspace, workGroupId: string, f: ReturnType<typeof file>, kind: string, sheet?: string) {
  const inspected = await must<Output<'import.inspect'>>(ws, 'import.inspect', { workGroupId, ...f });
  const chosen = sheet ? inspected.sheets.find((s) => s.name === sheet)! : inspected.sheets[0]!;
  const mapping = chosen.proposals[kind as 'schools'];
  const input = { workGroupId, ...f, kind, sheet: chosen.name, mapping };
  const preview = await must<Output<'import.preview'>>(ws, 'import.preview', input);
  return { inspected, sheet: chosen, input, preview };
}

function setUp() {
  const ws = tempWorkspace();
  const year = recordSmallYear(ws.call);
  return { ws, year, workGroupId: year.workGroup.id };
}

describe('importing schools', () => {
  it('proposes columns from messy headings, previews each row, imports once, and a second import changes nothing', async () => {
    const { ws, workGroupId } = setUp();
    const f = file('schools.xlsx', await xlsx([{ name: 'Schools 2025', rows: thirtyMessySchools() }]));
    const { sheet, input, preview } = await previewOf(ws, workGroupId, f, 'schools');
    expect(sheet.suggestedKind).toBe('schools');
    expect(sheet.proposals.schools).toEqual({ name: 0, urn: 1, phase: 2, seniorLeaderName: 3, seniorLeaderRole: 4 });
    expect(preview.counts).toEqual({ new: 27, existing: 0, duplicate: 2, skip: 0, error: 0 });
    expect(preview.rows.find((r) => r.fate === 'duplicate')!.message).toMatch(/Repeats row \d+: imported once/);
    expect(preview.warnings.join(' ')).toMatch(/2 rows repeat an earlier row/);
    // The preview wrote nothing.
    expect(ws.call('school.list', {})).toHaveLength(1);

    const before = listBackups(ws.path).length;
    const done = await must<Output<'import.commit'>>(ws, 'import.commit', input);
    expect(done.counts.new).toBe(27);
    expect(done.written).toEqual({ schools: 27, schoolParticipations: 27 });
    expect(listBackups(ws.path).filter((b) => b.reason === 'before-import')).toHaveLength(1);
    expect(listBackups(ws.path).length).toBe(before + 1);
    const schools = ws.call('school.list', {});
    expect(schools).toHaveLength(28);
    // Stray spaces trimmed, phases read whatever their case.
    const fifth = schools.find((s) => s.urn === String(100000 + 5 * 37))!;
    expect(fifth.name).toBe('Meadowbank Primary School 5');
    expect(fifth.phase).toBe('primary');
    expect(schools.find((s) => s.name === 'Meadowbank Academy School 2')!.phase).toBe('secondary');
    const leaders = ws.call('schoolParticipation.list', { workGroupId });
    expect(leaders.find((l) => l.seniorLeaderName === 'Ms Leader 3')!.seniorLeaderRole).toBe('Deputy head');

    const after = dump(ws.store);
    const again = await must<Output<'import.commit'>>(ws, 'import.commit', input);
    expect(again.counts).toEqual({ new: 0, existing: 27, duplicate: 2, skip: 0, error: 0 });
    expect(again.backup).toBeNull();
    expect(dump(ws.store)).toEqual(after);
  });

  it('matches schools already recorded by URN or name, and joins them to the group', async () => {
    const { ws, workGroupId } = setUp();
    ws.call('school.create', { name: 'Elsewhere Primary', urn: '123456', phase: 'primary' });
    const rows: Cell[][] = [
      ['School', 'URN'],
      ['Elsewhere Primary (renamed)', '123456'],
      ['puddleby lane test primary', ''],
      ['Bad URN School', '12345'],
    ];
    const { preview } = await previewOf(ws, workGroupId, file('s.csv', csv(rows)), 'schools');
    expect(preview.rows.map((r) => r.fate)).toEqual(['new', 'existing', 'error']);
    expect(preview.rows[0]!.message).toMatch(/Matches Elsewhere Primary.*same URN.*joins this Work Group/);
    expect(preview.rows[1]!.message).toMatch(/Already in this Work Group/);
    expect(preview.rows[2]!.message).toMatch(/a URN is six digits/);
  });
});

describe('importing participants, attendance and observations', () => {
  it('reads participants from a CSV with first names and surnames, refusing unknown schools', async () => {
    const { ws, workGroupId } = setUp();
    const rows: Cell[][] = [
      ['Forename', 'Surname', 'School Name', 'Job title', 'Enquiry question'],
      [' Asha ', 'Okafor', 'Puddleby Lane Test Primary', 'Year 3 teacher', 'How do pupils use number lines?'],
      ['Tom', 'Brennan', 'PUDDLEBY LANE TEST PRIMARY ', '', ''],
      ['Sample Teacher', '', 'Puddleby Lane Test Primary', '', ''],
      ['Zed', 'Nowhere', 'No Such School', '', ''],
    ];
    const { sheet, preview, input } = await previewOf(ws, workGroupId, file('people.csv', csv(rows)), 'participants');
    expect(sheet.proposals.participants).toMatchObject({
      firstName: 0,
      lastName: 1,
      school: 2,
      role: 3,
      researchQuestion: 4,
    });
    expect(preview.rows.map((r) => r.fate)).toEqual(['new', 'new', 'new', 'error']);
    expect(preview.rows[3]!.message).toMatch(
      /No school of this Work Group is called No Such School. Import the schools first/,
    );
    // Rows with errors stop the import unless the user chooses to leave them out.
    const refused = await ask(ws, 'import.commit', input);
    expect(refused.ok).toBe(false);
    expect(ws.call('participant.list', { workGroupId })).toHaveLength(1);
    await must(ws, 'import.commit', { ...input, skipErrors: true });
    const names = ws.call('participant.list', { workGroupId }).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Asha Okafor', 'Tom Brennan', 'Sample Teacher']));
  });

  it('reads an attendance register with text dates in dd/mm/yyyy, adds missing meetings, and is idempotent', async () => {
    const { ws, year, workGroupId } = setUp();
    const rows: Cell[][] = [
      ['Attendance register 2025/26', null, null],
      ['Date of meeting', 'Participant name', 'Present?'],
      ['08/10/2025', 'Ms Sample Teacher', 'Yes'],
      [date('2025-11-12'), '  ms sample  teacher ', 'present'],
      ['12/11/2025', 'Ms Sample Teacher', 'Y'],
      ['31/02/2026', 'Ms Sample Teacher', 'Yes'],
      ['14/01/2026', 'Ms Sample Teacher', 'Absent'],
      ['14/01/2026', 'Mr Unknown', 'Yes'],
    ];
    const f = file('register.xlsx', await xlsx([{ name: 'Register', rows }]));
    const { sheet, preview, input } = await previewOf(ws, workGroupId, f, 'attendance');
    expect(sheet.headerRow).toBe(2);
    expect(sheet.warnings.join(' ')).toMatch(/1 row above the headings/);
    expect(preview.rows.map((r) => [r.row, r.fate])).toEqual([
      [3, 'existing'],
      [4, 'new'],
      [5, 'duplicate'],
      [6, 'error'],
      [7, 'skip'],
      [8, 'error'],
    ]);
    expect(preview.rows[3]!.message).toMatch(/“31\/02\/2026” is not a date/);
    expect(preview.rows[1]!.message).toMatch(/Adds a Work Group meeting on 12\/11\/2025/);
    await must(ws, 'import.commit', { ...input, skipErrors: true });
    const meetings = ws.call('meeting.list', { workGroupId });
    const added = meetings.find((m) => m.date === '2025-11-12')!;
    expect(added.attendeeIds).toEqual([year.participant.id]);
    expect(added.kind).toBe('work_group_meeting');
    const after = dump(ws.store);
    const again = await must<Output<'import.commit'>>(ws, 'import.commit', { ...input, skipErrors: true });
    expect(again.counts.new).toBe(0);
    expect(dump(ws.store)).toEqual(after);
  });

  it('imports observations with measures by code, never by name, and warns about a column of names', async () => {
    const { ws, year, workGroupId } = setUp();
    const code = year.child.code;
    const rows: Cell[][] = [
      ['Pupil code', 'Pupil name', 'Date of assessment', 'Mark', 'Out of', 'Comments'],
      [code.toLowerCase(), 'Not imported', '03/12/2025', '15', '20', 'Used a bar model unprompted.'],
      [code, '', '2026-01-21', '17/20', '', ''],
      ['AMELIA', '', '21/01/2026', '12', '20', ''],
      ['Y9-ZZ', '', '21/01/2026', '12', '20', ''],
      [code, '', '21/01/2026', 'twelve', '20', ''],
    ];
    const { sheet, preview, input } = await previewOf(ws, workGroupId, file('marks.csv', csv(rows)), 'observations');
    expect(sheet.proposals.observations).toMatchObject({ code: 0, date: 2, measureValue: 3, measureScale: 4, text: 5 });
    expect(preview.warnings.join(' ')).toMatch(/“Pupil name” may hold children’s names/);
    expect(preview.rows.map((r) => r.fate)).toEqual(['new', 'new', 'error', 'error', 'error']);
    expect(preview.rows[2]!.message).toMatch(/looks like a child’s name.*recorded by code only/);
    expect(preview.rows[3]!.message).toMatch(/No focus child of this Work Group has the code Y9-ZZ/);
    expect(preview.rows[4]!.message).toMatch(/“twelve” is not a number/);
    await must(ws, 'import.commit', { ...input, skipErrors: true });
    const measures = ws
      .call('observation.list', { workGroupId })
      .filter((o) => o.kind === 'measure' && o.date !== '2025-11-05');
    expect(measures.map((m) => [m.date, m.measureValue, m.measureScale])).toEqual([
      ['2025-12-03', 15, 'out of 20'],
      ['2026-01-21', 17, 'out of 20'],
    ]);
    expect(JSON.stringify(dump(ws.store))).not.toContain('Not imported');
  });
});

describe('files that cannot be imported', () => {
  it('refuses each with a clear message and writes nothing', async () => {
    const { ws, workGroupId } = setUp();
    const before = dump(ws.store);
    const refusal = async (fileName: string, data: Buffer) => {
      const reply = await ask(ws, 'import.inspect', { workGroupId, ...file(fileName, data) });
      expect(reply.ok, fileName).toBe(false);
      return reply.ok ? '' : reply.error.message;
    };
    expect(await refusal('report.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'))).toMatch(
      /not a spreadsheet this app can read. Choose an Excel workbook \(\.xlsx\) or a CSV file/,
    );
    expect(await refusal('empty.csv', Buffer.alloc(0))).toMatch(/is empty/);
    expect(await refusal('locked.xlsx', encryptedLookalike())).toMatch(
      /protected with a password.*remove the password/,
    );
    expect(await refusal('old.xls', legacyXls())).toMatch(/older Excel file \(\.xls\).*save it as an Excel Workbook/);
    expect(await refusal('fake.xlsx', Buffer.from('PK\u0003\u0004 this is not really a zip'))).toMatch(
      /not an Excel workbook that can be read/,
    );

    const problemsOf = async (fileName: string, data: Buffer) => {
      const inspected = await must<Output<'import.inspect'>>(ws, 'import.inspect', {
        workGroupId,
        ...file(fileName, data),
      });
      return inspected.sheets[0]!.problems.join(' ');
    };
    expect(await problemsOf('blank.xlsx', await xlsx([{ name: 'Sheet1', rows: [] }]))).toMatch(/The sheet is empty/);
    expect(await problemsOf('headings.csv', csv([['School', 'URN']]))).toMatch(/headings but no rows/);
    const merged = await xlsx([
      {
        name: 'Register',
        rows: [
          ['Participant', 'Autumn term', null, 'Spring term'],
          ['Ms Sample Teacher', 'Yes', 'Yes', 'No'],
        ],
        merges: ['B1:C1'],
      },
    ]);
    expect(await problemsOf('merged.xlsx', merged)).toMatch(/merged cells \(B1:C1\). Unmerge them/);
    const huge: Cell[][] = [['School', 'URN']];
    for (let i = 0; i < 100_000; i++) huge.push([`School ${i}`, String(100000 + (i % 899999))]);
    expect(await problemsOf('huge.csv', csv(huge))).toMatch(/about 100,001 rows; an import takes at most 10,000/);

    // A preview or an import of a sheet with a problem is refused whole.
    const reply = await ask(ws, 'import.commit', {
      workGroupId,
      ...file('merged.xlsx', merged),
      kind: 'attendance',
      sheet: 'Register',
      mapping: { date: 1, name: 0 },
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/Unmerge them/);
    // A mapping without a needed field says which column to choose.
    const missing = await ask(ws, 'import.preview', {
      workGroupId,
      ...file('s.csv', csv([['URN'], ['123456']])),
      kind: 'schools',
      sheet: 'CSV',
      mapping: { urn: 0 },
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/Choose the column that holds: School name/);
    expect(dump(ws.store)).toEqual(before);
    expect(listBackups(ws.path).filter((b) => b.reason === 'before-import')).toHaveLength(0);
  }, 60_000);
});

describe('a spreadsheet that is a zip bomb', () => {
  it('is refused with the same limits as a bundle, before it is unpacked, and writes nothing', async () => {
    const { ws, workGroupId } = setUp();
    const before = dump(ws.store);
    // 4.5 GB of zeros packed into about 4.6 MB: a sheet that would take the computer's memory.
    const zeros = zerosDeflated(4608);
    const bomb = (declaredSize: number) =>
      rawZip([
        {
          name: '[Content_Types].xml',
          data: Buffer.from(
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          ),
        },
        { name: 'xl/worksheets/sheet1.xml', data: zeros, method: 8, declaredSize },
      ]);
    // Its headers admit the size (as far as a 32-bit field can), or lie about it: both are refused.
    for (const declared of [4000 * 1024 * 1024, 2048]) {
      const started = performance.now();
      const reply = await ask(ws, 'import.inspect', { workGroupId, ...file('register.xlsx', bomb(declared)) });
      expect(reply).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          message: expect.stringMatching(
            /^The workbook was refused because .*\(a "zip bomb"\)\. Choose the register you meant/,
          ),
        },
      });
      // Loosely: the budget itself belongs in the bench; unpacked in full it took 42 s.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
    expect(dump(ws.store)).toEqual(before);
  }, 60_000);
});

describe('wge import', () => {
  it('prints the preview, imports with a backup, and exits 1 when a row has an error', async () => {
    const { ws } = setUp();
    ws.store.close();
    const folder = tempFolder();
    const good = join(folder, 'schools.csv');
    writeFileSync(
      good,
      csv([
        ['School Name', 'URN'],
        ['Harbour View Primary', '234567'],
        ['Harbour View Primary', '234567'],
      ]),
    );
    const bad = join(folder, 'bad.csv');
    writeFileSync(
      bad,
      csv([
        ['School', 'URN'],
        ['Bad URN', '12'],
      ]),
    );
    const args = ['--db', ws.path, '--work-group', 'TRG-2025-01'];
    const dryRun = await wge('import', 'schools', ...args, good, '--dry-run');
    expect(dryRun.code).toBe(0);
    expect(dryRun.out).toMatch(/Row 2: New: Harbour View Primary \(URN 234567\)/);
    expect(dryRun.out).toMatch(/Row 3: Repeated row/);
    expect(dryRun.out).toMatch(/Dry run: nothing was imported/);
    const first = await wge('import', 'schools', ...args, good);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Imported 1 row \(backup taken first: .*before-import\.wgdb\)/);
    const again = await wge('import', 'schools', ...args, good);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Nothing new to import/);
    const refused = await wge('import', 'schools', ...args, bad);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toMatch(/1 row has an error/);
    expect((await wge('import', 'pupils', ...args, good)).code).toBe(2);
  });
});

describe('registers as schools keep them', () => {
  it('finds the headings below a merged title row, a details row and a blank line, in a workbook and a CSV', async () => {
    const { ws, year, workGroupId } = setUp();
    const register = await xlsx([
      {
        name: 'Autumn',
        rows: [
          ['Attendance register — Autumn 2025', null, null, null],
          [null, null, null, null],
          ['Date', 'First name', 'Surname', 'Present'],
          ['12/11/2025', 'Ms Sample', 'Teacher', 'Y'],
        ],
        merges: ['A1:D1'],
      },
    ]);
    const fromWorkbook = await previewOf(ws, workGroupId, file('register.xlsx', register), 'attendance');
    expect(fromWorkbook.sheet.problems).toEqual([]);
    expect(fromWorkbook.sheet.headerRow).toBe(3);
    expect(fromWorkbook.sheet.headers).toEqual(['Date', 'First name', 'Surname', 'Present']);
    expect(fromWorkbook.sheet.warnings.join(' ')).toMatch(/1 row above the headings \(row 3\) will be left out/);
    expect(fromWorkbook.sheet.suggestedKind).toBe('attendance');
    expect(fromWorkbook.preview.rows.map((r) => [r.row, r.fate])).toEqual([[4, 'new']]);
    await must(ws, 'import.commit', fromWorkbook.input);
    expect(ws.call('meeting.list', { workGroupId }).find((m) => m.date === '2025-11-12')!.attendeeIds).toEqual([
      year.participant.id,
    ]);

    // Two cells of details above the headings are not headings either.
    const rows: Cell[][] = [
      ['Maths Hub Work Group', 'TRG-2025-01', null, null],
      ['Lead', 'Ms Example Lead', null, null],
      [null, null, null, null],
      ['Meeting date', 'Teacher', 'School', 'Attended'],
      ['14/01/2026', 'Ms Sample Teacher', 'Puddleby Lane Test Primary', 'Yes'],
    ];
    const fromCsv = await previewOf(ws, workGroupId, file('register.csv', csv(rows)), 'attendance');
    expect(fromCsv.sheet.headerRow).toBe(4);
    expect(fromCsv.sheet.proposals.attendance).toMatchObject({ date: 0, name: 1, attended: 3 });
    expect(fromCsv.preview.rows.map((r) => [r.row, r.fate])).toEqual([[5, 'new']]);

    // A CSV saved with semicolons, whose title line has no separator at all.
    const semicolons = Buffer.from(
      'Register of attendance\r\n\r\nDate;Participant name;Present\r\n04/02/2026;Ms Sample Teacher;Yes\r\n',
    );
    const separated = await previewOf(ws, workGroupId, file('register.csv', semicolons), 'attendance');
    expect(separated.sheet.headers).toEqual(['Date', 'Participant name', 'Present']);
    expect(separated.preview.rows.map((r) => [r.row, r.fate])).toEqual([[4, 'new']]);
  });

  it('joins first names and surnames, however the register splits or orders them', async () => {
    const { ws, workGroupId } = setUp();
    // "Name" beside "Surname" holds the first name.
    const people: Cell[][] = [
      ['Participants 2025/26', null, null, null],
      ['Name', 'Surname', 'School', 'Role'],
      ['Asha', 'Okafor', 'Puddleby Lane Test Primary', 'Year 3 teacher'],
      ['Tomasz', 'Brennan-Kowalski', 'Puddleby Lane Test Primary', 'Maths lead'],
    ];
    const named = await previewOf(ws, workGroupId, file('people.csv', csv(people)), 'participants');
    expect(named.sheet.proposals.participants).toMatchObject({ name: null, firstName: 0, lastName: 1, role: 3 });
    expect(named.preview.rows.map((r) => r.summary)).toEqual([
      'Asha Okafor, Puddleby Lane Test Primary',
      'Tomasz Brennan-Kowalski, Puddleby Lane Test Primary',
    ]);
    await must(ws, 'import.commit', named.input);

    // Headings that say whose name it is.
    const teachers = await xlsx([
      {
        name: 'Teachers',
        rows: [
          ['Teacher first name', 'Teacher surname', 'School'],
          ['Grace', 'Adeyemi', 'Puddleby Lane Test Primary'],
        ],
      },
    ]);
    const whose = await previewOf(ws, workGroupId, file('teachers.xlsx', teachers), 'participants');
    expect(whose.sheet.proposals.participants).toMatchObject({ name: null, firstName: 0, lastName: 1, school: 2 });
    expect(whose.preview.rows[0]!.summary).toBe('Grace Adeyemi, Puddleby Lane Test Primary');
    await must(ws, 'import.commit', whose.input);

    // "Surname, First name" in one column, as many registers print it.
    const register: Cell[][] = [
      ['Date', 'Surname, First name', 'Present'],
      ['14/01/2026', 'Okafor, Asha', 'Y'],
      ['14/01/2026', 'ADEYEMI,  Grace', 'Y'],
      ['14/01/2026', 'Brennan-Kowalski, Tomasz', 'N'],
    ];
    const attended = await previewOf(ws, workGroupId, file('register.csv', csv(register)), 'attendance');
    expect(attended.sheet.proposals.attendance).toMatchObject({ date: 0, name: 1, attended: 2 });
    expect(attended.preview.rows.map((r) => [r.summary, r.fate])).toEqual([
      ['Asha Okafor, 14/01/2026', 'new'],
      ['Grace ADEYEMI, 14/01/2026', 'new'],
      ['Tomasz Brennan-Kowalski, 14/01/2026 (absent)', 'skip'],
    ]);
    await must(ws, 'import.commit', attended.input);
    const names = ws.call('participant.list', { workGroupId }).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Asha Okafor', 'Tomasz Brennan-Kowalski', 'Grace Adeyemi']));
    const meeting = ws.call('meeting.list', { workGroupId }).find((m) => m.date === '2026-01-14')!;
    expect(meeting.attendeeIds).toHaveLength(2);
  });

  it('maps role columns by meaning, and a bare “Role” to a senior leader only beside one', async () => {
    const proposalsOf = async (headers: string[]) => {
      const { ws } = setUp();
      const inspected = await must<Output<'import.inspect'>>(
        ws,
        'import.inspect',
        file('sheet.csv', csv([headers, headers.map((_, i) => `value ${i}`)])),
      );
      return inspected.sheets[0]!;
    };
    for (const heading of ['Job title', 'Position', 'Role in school', 'Job role', 'Current role', 'Position held']) {
      const sheet = await proposalsOf(['Name', 'School', heading]);
      expect(sheet.proposals.participants.role, heading).toBe(2);
    }
    // A participants register with a URN column is not taken for schools with senior leaders' roles.
    const people = await proposalsOf(['Name', 'School', 'URN', 'Role']);
    expect(people.proposals.schools.seniorLeaderRole).toBeNull();
    expect(people.suggestedKind).toBe('participants');
    const leaders = await proposalsOf(['School', 'URN', 'Headteacher', 'Role']);
    expect(leaders.proposals.schools).toMatchObject({ seniorLeaderName: 2, seniorLeaderRole: 3 });
    expect(leaders.suggestedKind).toBe('schools');
  });

  it('refuses a measure outside its scale, on import and when typed', async () => {
    const { ws, year, workGroupId } = setUp();
    const code = year.child.code;
    const rows: Cell[][] = [
      ['Pupil code', 'Date', 'Score', 'Out of'],
      [code, '03/12/2025', '23', '20'],
      [code, '04/12/2025', '25/20', ''],
      [code, '05/12/2025', '6', 'on a 1–5 rubric'],
      [code, '06/12/2025', '20', '20'],
      [code, '07/12/2025', '1', 'on a 1–5 rubric'],
      [code, '08/12/2025', '31', 'reading age in months'],
    ];
    const { preview, input } = await previewOf(ws, workGroupId, file('marks.csv', csv(rows)), 'observations');
    expect(preview.rows.map((r) => r.fate)).toEqual(['error', 'error', 'error', 'new', 'new', 'new']);
    expect(preview.rows[0]!.message).toBe(
      'The score 23 is above its scale: “out of 20” goes up to 20. Correct the score or the scale.',
    );
    expect(preview.rows[1]!.message).toMatch(/The score 25 is above its scale: “out of 20” goes up to 20/);
    expect(preview.rows[2]!.message).toMatch(/The score 6 is above its scale: “on a 1–5 rubric” goes up to 5/);
    await must(ws, 'import.commit', { ...input, skipErrors: true });
    const kept = ws
      .call('observation.list', { workGroupId })
      .filter((o) => o.date >= '2025-12-01')
      .map((o) => o.measureValue);
    expect(kept.sort()).toEqual([1, 20, 31]);
    const typed = await ask(ws, 'observation.create', {
      focusChildId: year.child.id,
      date: '2025-12-10',
      kind: 'measure',
      text: 'Times-tables check.',
      measureValue: 0,
      measureScale: 'on a 1–5 rubric',
    });
    expect(typed).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/The score 0 is below its scale: “on a 1–5 rubric” starts at 1/),
      },
    });
  });

  it('wge import --map changes the proposed columns, and a field that does not exist is a usage error', async () => {
    const { ws, workGroupId } = setUp();
    ws.store.close();
    const path = join(tempFolder(), 'colleagues.csv');
    writeFileSync(
      path,
      csv([
        ['Colleague', 'Base', 'Responsibility', 'Question'],
        ['Priya Natarajan', 'Puddleby Lane Test Primary', 'Year 6 teacher', 'Joined in October'],
      ]),
    );
    const args = ['import', 'participants', '--db', ws.path, '--work-group', 'TRG-2025-01', path];
    const unmapped = await wge(...args, '--dry-run');
    expect(unmapped.code).toBe(2);
    expect(unmapped.err.join('\n')).toMatch(
      /No column was found for: Full name \(or First name and Surname\); School\. Name it with --map "Heading=field" \(the headings: Colleague, Base, Responsibility, Question; the fields: name, firstName/,
    );

    // "Question=" leaves out a column proposed as the research question.
    const maps = [
      '--map',
      'colleague=name',
      '--map',
      'Base = school',
      '--map',
      'Responsibility=role',
      '--map',
      'Question=',
    ];
    const mapped = await wge(...args, ...maps);
    expect(mapped.code).toBe(0);
    expect(mapped.out).toMatch(/Full name ← "Colleague"; School ← "Base"; Role ← "Responsibility"/);
    expect(mapped.out).toMatch(/Imported 1 row/);

    const badField = await wge(...args, '--map', 'Base=schol');
    expect(badField.code).toBe(2);
    expect(badField.err.join('\n')).toMatch(
      /"schol" is not a field of a participants import\. The fields are: name, firstName, lastName, school, role, researchQuestion\./,
    );
    const badHeading = await wge(...args, '--map', 'Staff=name');
    expect(badHeading.code).toBe(2);
    expect(badHeading.err.join('\n')).toMatch(/No column is headed "Staff".*Colleague, Base, Responsibility, Question/);
    expect((await wge(...args, '--map', 'Base')).code).toBe(2);

    const participant = openWorkspace(ws.path)
      .call('participant.list', { workGroupId })
      .find((p) => p.name === 'Priya Natarajan')!;
    expect(participant.role).toBe('Year 6 teacher');
    expect(participant.researchQuestion).toBe('');
  });
});
