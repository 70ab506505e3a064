import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { INDICATOR_STATUS_LABELS } from '../../../src-shared/api/evaluation';
import { generateDemo } from '../../../src-main/demo/generate';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';
import { taggedEvidence } from '../../../src-shared/evaluation/areas';
import { evaluationService } from '../../../src-main/services/evaluation';
import { defaultAsOf, snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import { statusLabel } from '../../../src-shared/evaluation/kindRules';
import { printedPages } from '../../support/libreoffice';
import { recordSmallYear } from '../../support/year';
import { caller, tempFolder, tempWorkspace } from '../../support/workspace';
import { columnLetter } from '../../../src-main/export/excel/cells';
import { readWithOpenpyxl, records, type ReadSheet } from './openpyxl';

type Handlers = ReturnType<typeof createHandlers>;

async function workbook(handlers: Handlers, request: unknown) {
  const reply = await dispatchAsync(handlers, 'export.workbook', request);
  if (!reply.ok) throw new Error(reply.error.message);
  const result = reply.result as Output<'export.workbook'>;
  const path = join(tempFolder(), result.fileName);
  const data = Buffer.from(result.dataBase64, 'base64');
  writeFileSync(path, data);
  return { ...result, path, data };
}

const sheetNamed = (sheets: ReadSheet[], name: string) => {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}: ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
};

/** A realistic Work Group year from the demo generator, in a workspace of its own. */
function demoGroup() {
  const path = join(tempFolder(), 'demo.wgdb');
  generateDemo(path, { scale: 'group', seed: 7 });
  const store = openStore(path);
  const handlers = createHandlers(store);
  const call = caller(handlers);
  const group = call('workGroup.list', {})[0]!;
  return { store, handlers, call, group };
}

describe('Work Group summary workbook', () => {
  it('writes every sheet, typed and frozen, with a defined table each, and figures equal to evaluation.workGroup', async () => {
    const { store, handlers, call, group } = demoGroup();
    try {
      call('judgement.set', {
        workGroupId: group.id,
        subject: 'standard:collaboration',
        rating: 'green',
        narrative: 'Every meeting planned together.',
        evidence: [],
      });
      const result = call('evaluation.workGroup', { id: group.id });
      const file = await workbook(handlers, { kind: 'workGroup', workGroupId: group.id });
      expect(file.fileName).toBe(`work-group-summary-${group.code}.xlsx`);
      expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

      const sheets = readWithOpenpyxl(file.path);
      expect(sheets.map((s) => s.name)).toEqual([
        'Overview',
        'Schools and leaders',
        'Participants',
        'Meetings',
        'Attendance',
        'Focus children',
        'Evidence log',
        'NCETM areas',
        'Evidence by level',
        'Research lessons',
        'Questionnaires',
        'Gaps',
        'Codebook',
        'Coded passages',
        'Theme × case',
      ]);
      for (const sheet of sheets) {
        expect(sheet.freeze, sheet.name).toBe(sheet.name === 'Overview' ? 'A3' : 'A2');
        expect(Object.keys(sheet.tables).length, sheet.name).toBeGreaterThan(0);
        for (const width of Object.values(sheet.widths)) expect(width).toBeLessThanOrEqual(60);
      }

      // Overview: key figures and the DfE matrix, from the same engine as the screens.
      const overview = sheetNamed(sheets, 'Overview');
      expect(Object.keys(overview.tables).sort()).toEqual(['DfeMatrix', 'KeyFigures', 'LeadJudgements']);
      const key = Object.fromEntries(records(overview, 4).map((r) => [r['Key figure']!.v, r['Value']!]));
      expect(key['Schools']).toMatchObject({ t: 'n', v: result.totals.schools });
      expect(key['Participants']!.v).toBe(result.totals.participants);
      expect(key['Focus children']!.v).toBe(result.totals.focusChildren);
      expect(key['Observations']!.v).toBe(result.totals.observations);
      expect(key['Journal entries']!.v).toBe(result.totals.journalEntries);
      const matrixHeader = overview.rows.findIndex((r) => r[0]?.v === 'Standard') + 1;
      const matrix = records(overview, matrixHeader);
      const indicators = result.standards.flatMap((s) => s.indicators.map((i) => ({ s, i })));
      expect(matrix).toHaveLength(indicators.length);
      indicators.forEach(({ s, i }, k) => {
        const row = matrix[k]!;
        expect(row['Indicator']!.v).toBe(i.label);
        // Support days held is Targeted Support's alone: "Not expected for Work Group" here.
        expect(row['Status']!.v).toBe(statusLabel(i.status, result.workGroup.pdActivityType));
        expect(row['Standard status']!.v).toBe(INDICATOR_STATUS_LABELS[s.status]);
        if (i.value === null) expect(row['Value']!.v).toBeNull();
        else {
          expect(row['Value']!.t).toBe('n');
          expect(row['Value']!.v as number).toBeCloseTo(i.value, 6);
        }
        expect(row['Value']!.fmt).toBe(i.unit === 'share' ? '0%' : i.unit === 'mean' ? '0.0' : '0');
        expect(row['Lead’s rating']!.v).toBe(s.standard === 'collaboration' ? 'Green' : null);
      });
      expect(overview.conditionalRanges.length).toBeGreaterThan(0);

      // Meetings: real dates, attendance rates as numbers with a % format.
      const meetings = records(sheetNamed(sheets, 'Meetings'));
      expect(meetings).toHaveLength(result.attendance.length);
      result.attendance.forEach((m, k) => {
        expect(meetings[k]!['Date']).toMatchObject({ t: 'd', v: m.date, fmt: 'dd/mm/yyyy' });
        expect(meetings[k]!['Attended']).toMatchObject({ t: 'n', v: m.attended });
        if (m.rate !== null) {
          expect(meetings[k]!['Attendance']!.v as number).toBeCloseTo(m.rate, 6);
          expect(meetings[k]!['Attendance']!.fmt).toBe('0%');
        }
      });

      // Attendance grid: each meeting's column adds up to the engine's count, and is the one coloured.
      const attendance = sheetNamed(sheets, 'Attendance');
      const meetingColumns = attendance.rows[0]!.flatMap((cell, i) =>
        /^\d{2}\/\d{2}\/\d{4} /.test(String(cell.v)) ? [i] : [],
      );
      expect(meetingColumns).toHaveLength(result.attendance.length);
      result.attendance.forEach((m, k) => {
        const column = attendance.rows.slice(1).reduce((n, row) => n + Number(row[meetingColumns[k]!]?.v ?? 0), 0);
        expect(column).toBe(m.attended);
      });
      const letter = (i: number) => String.fromCharCode(65 + i);
      expect(attendance.conditionalRanges).toEqual([
        `${letter(meetingColumns[0]!)}2:${letter(meetingColumns.at(-1)!)}${attendance.rows.length}`,
      ]);

      // Focus children: codes, numbers and the judgement.
      const children = records(sheetNamed(sheets, 'Focus children'));
      expect(children).toHaveLength(result.totals.focusChildren);
      for (const c of children) {
        expect(String(c['Code']!.v)).toMatch(/^[A-Z0-9-]+$/);
        expect(c['Observations']!.t).toBe('n');
      }
      const judged = result.changeDistribution.reduce((n, b) => n + b.count, 0);
      expect(children.filter((c) => c['Change judgement (1–5)']!.t === 'n')).toHaveLength(judged);
      // The colour scale sits on the change judgement's column, wherever the sheet puts it.
      const focusChildren = sheetNamed(sheets, 'Focus children');
      const judgementColumn = String.fromCharCode(
        65 + focusChildren.rows[0]!.findIndex((cell) => cell.v === 'Change judgement (1–5)'),
      );
      expect(focusChildren.conditionalRanges).toEqual([`${judgementColumn}2:${judgementColumn}${children.length + 1}`]);

      // NCETM areas and gaps as the engine gives them.
      const areas = records(sheetNamed(sheets, 'NCETM areas'));
      result.areas.forEach((a, k) => {
        expect(areas[k]!['Outcome area']!.v).toBe(a.label);
        expect(areas[k]!['Evidence: total']!.v).toBe(a.evidenceByTerm.total);
        expect(areas[k]!['Claims: measured']!.v).toBe(a.claimCounts.measured);
      });
      const levels = records(sheetNamed(sheets, 'Evidence by level'));
      expect(levels.map((l) => l['Guskey level']!.v)).toEqual(result.guskeyLevels.map((l) => l.label));
      result.guskeyLevels.forEach((l, k) => {
        expect(levels[k]!['Records']).toMatchObject({ t: 'n', v: l.total });
        expect(levels[k]!['Still missing']!.v).toBe(l.missing || null);
      });
      const gaps = records(sheetNamed(sheets, 'Gaps'));
      expect(gaps.length).toBe(Math.max(1, result.gaps.length));

      // Evidence log: one row per journal entry, observation, meeting, cycle and claim.
      const log = records(sheetNamed(sheets, 'Evidence log'));
      const t = result.totals;
      expect(log).toHaveLength(
        t.journalEntries + t.observations + t.meetings + t.actionResearchCycles + t.impactClaims,
      );
      const dated = log.filter((r) => r['Date']!.v !== null);
      for (const r of dated) expect(r['Date']!.t).toBe('d');

      // The same file through exceljs: tables defined, dates are Dates, shares are numbers.
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(file.data as unknown as ArrayBuffer);
      const meetingSheet = read.getWorksheet('Meetings')!;
      expect(meetingSheet.getCell('A2').value).toBeInstanceOf(Date);
      expect(meetingSheet.getCell('A2').numFmt).toBe('dd/mm/yyyy');
      expect(typeof meetingSheet.getCell('H2').value).toBe('number');
      expect(Object.keys((read.getWorksheet('Participants') as unknown as { tables: object }).tables)).toEqual([
        'Participants',
      ]);
    } finally {
      store.close();
    }
  }, 60_000);

  it('never writes a formula: text starting with = + - @ tab or return is stored as plain text', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    const hostile = ['=HYPERLINK("http://example.invalid","click")', '+SUM(1,2)', '-2+3', '@cmd', '\tTAB', '\rCR'];
    call('participant.update', {
      ...pick(call('participant.list', { workGroupId: year.workGroup.id })[0]!),
      name: hostile[0]!,
      role: hostile[1]!,
      researchQuestion: hostile[2]!,
    });
    call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-11-20',
      text: hostile[3]!,
      focusChildIds: [],
      readingIds: [],
    });
    call('focusChild.update', { ...pickChild(call, year.workGroup.id), desiredChange: hostile[4]! });
    const summary = await workbook(handlers, { kind: 'workGroup', workGroupId: year.workGroup.id });
    const hub = await workbook(handlers, { kind: 'hub' });
    for (const file of [summary, hub]) {
      const zip = await JSZip.loadAsync(file.data);
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
        expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
      }
      const cells = readWithOpenpyxl(file.path).flatMap((s) => s.rows.flat());
      expect(cells.filter((c) => c.t === 'f')).toEqual([]);
      for (const c of cells) if (typeof c.v === 'string') expect(c.v, c.v).not.toMatch(/^[=+\-@\t\r]/);
    }
    const texts = readWithOpenpyxl(summary.path)
      .flatMap((s) => s.rows.flat())
      .map((c) => c.v);
    expect(texts).toContain(`'${hostile[0]}`);
    expect(texts).toContain(`'${hostile[1]}`);
    expect(texts).toContain(`'${hostile[2]}`);
  });
});

function pick(p: Output<'participant.list'>[number]) {
  const { id, workGroupId, schoolId, name, role, researchQuestion, startRatings, endRatings } = p;
  return { id, workGroupId: workGroupId!, schoolId, name, role, researchQuestion, startRatings, endRatings };
}

function pickChild(call: ReturnType<typeof caller>, workGroupId: string) {
  const c = call('focusChild.list', { workGroupId })[0]!;
  const { id, participantId, code, yearGroup, penPortraitStart, penPortraitEnd, desiredChange, changeNote } = c;
  return { id, participantId, code, yearGroup, penPortraitStart, penPortraitEnd, desiredChange, changeNote };
}

describe('Hub workbook', () => {
  it('has one row per Work Group with statuses and ratings, the roll-up, and one evidence row per piece', async () => {
    const { store, handlers, call, group } = demoGroup();
    try {
      recordSmallYear(call, 'TRG-2025-99');
      call('judgement.set', {
        workGroupId: group.id,
        subject: 'area:professional_learning',
        rating: 'amber',
        narrative: '',
        evidence: [],
      });
      const rollup = call('evaluation.hub', {});
      const file = await workbook(handlers, { kind: 'hub' });
      const sheets = readWithOpenpyxl(file.path);
      expect(sheets.map((s) => s.name)).toEqual([
        'Work Groups',
        'Indicators',
        'Rules by kind',
        'Not expected by kind',
        'NCETM areas',
        'Change',
        'Themes across groups',
        'Evidence',
        'Key figures',
        'About',
      ]);
      // Each sheet is one defined table (filters live in it) and prints landscape, one page wide,
      // its header row on every page, in a named font.
      for (const sheet of sheets) {
        expect(sheet.freeze, sheet.name).toBe('A2');
        expect(sheet.autoFilter, sheet.name).toBeNull();
        expect(Object.values(sheet.tables), sheet.name).toEqual([
          `A1:${columnLetter(sheet.rows[0]!.length)}${sheet.rows.length}`,
        ]);
        expect(sheet.print, sheet.name).toEqual({
          orientation: 'landscape',
          fitToPage: true,
          wide: 1,
          tall: 0,
          titles: '$1:$1',
        });
        expect(sheet.headerFont, sheet.name).toBe('Calibri');
      }
      const groups = records(sheetNamed(sheets, 'Work Groups'));
      expect(groups).toHaveLength(rollup.rows.length);
      for (const row of rollup.rows) {
        const read = groups.find((g) => g['Code']!.v === row.workGroup.code)!;
        expect(read['Indicators met']).toMatchObject({ t: 'n', v: row.met });
        expect(read['Whole-group meetings']!.v).toBe(row.meetings);
        expect(read['Standards met']!.v).toBe(row.standardsMet);
        expect(read['Standards expected of its kind (of 5)']!.v).toBe(row.standardsExpected);
        expect(read['Judged by']!.v).toBe(row.rules);
        if (row.attendanceRate !== null) expect(read['Attendance']!.v as number).toBeCloseTo(row.attendanceRate, 6);
        expect(read['Focus children (fewer than 5 not shown)']!.v).toBe(
          row.focusChildren.suppressed ? null : row.focusChildren.value,
        );
        for (const [id, status] of Object.entries(row.indicators)) {
          const label = rollup.standards.flatMap((s) => s.indicators).find((i) => i.id === id)!.label;
          expect(read[label]!.v).toBe(statusLabel(status, row.workGroup.pdActivityType));
        }
        expect(read['Professional Learning: Lead’s rating']!.v).toBe(row.workGroup.id === group.id ? 'Amber' : null);
      }
      const indicators = records(sheetNamed(sheets, 'Indicators'));
      expect(indicators).toHaveLength(rollup.standards.flatMap((s) => s.indicators).length);
      expect(indicators[0]!['Groups met']!.v).toBe(rollup.standards[0]!.indicators[0]!.met);
      expect(indicators[0]!['Groups met']!.fmt).toBe('#,##0');

      // The evidence table holds every piece of tagged evidence of every group, as of the same date.
      const service = evaluationService(store);
      const expected = rollup.rows.reduce((n, row) => {
        const full = service.snapshot(row.workGroup.id);
        const snap = snapshotAsOf(full, defaultAsOf(full.workGroup.academicYear, store.now().slice(0, 10)));
        return n + taggedEvidence(snap).length + snap.impactClaims.length;
      }, 0);
      const evidence = records(sheetNamed(sheets, 'Evidence'));
      expect(evidence).toHaveLength(expected);
      const dated = evidence.find((e) => e['Date']!.v !== null)!;
      expect(dated['Date']).toMatchObject({ t: 'd', fmt: 'dd/mm/yyyy' });
      expect(dated['Improving Pupil Outcomes']!.t).toBe('n');
      const areaTotal = evidence.reduce((n, e) => n + Number(e['Professional Learning']!.v), 0);
      expect(areaTotal).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  }, 60_000);

  it('prints the hub demo in a sensible number of landscape pages', async () => {
    const path = join(tempFolder(), 'hub.wgdb');
    generateDemo(path, { scale: 'hub', seed: 7 });
    const store = openStore(path);
    try {
      const file = await workbook(createHandlers(store), { kind: 'hub', allowFlagged: true });
      const evidenceRows = readWithOpenpyxl(file.path).find((s) => s.name === 'Evidence')!.rows.length;
      // Before the print set-up, LibreOffice printed it on 1,751 portrait pages. One page wide, the
      // long evidence table takes about one page per hundred rows and the six small sheets one each.
      expect(evidenceRows).toBeGreaterThan(5_000);
      const pages = printedPages(file.path);
      expect(pages).toBeLessThanOrEqual(Math.ceil(evidenceRows / 100) + 10);
    } finally {
      store.close();
    }
  }, 180_000);
});
