import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import {
  JUDGEMENT_RATING_LABELS,
  type HubRollup,
  type IndicatorStatus,
  type Judgement,
  type JudgementSubject,
} from '../../../src-shared/api/evaluation';
import { termOf } from '../../../src-shared/calendar/academicYear';
import { FIGURES, STANDARD_COUNT } from '../../../src-shared/evaluation/figures';
import { statusLabel } from '../../../src-shared/evaluation/kindRules';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import {
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  NCETM_AREA,
  PD_ACTIVITY_TYPE,
  PHASE,
  type DfeStandard,
  type NcetmArea,
} from '../../../src-shared/domain/enums';
import {
  AREA_EVIDENCE_COLUMNS,
  AREA_SELF_RATING_COLUMNS,
  areaEvidenceCells,
  areaSelfRatingCells,
  cellValue,
  col,
  type CellValue,
  type Column,
  columnLetter,
  conditionalRules,
  excelDate,
  fittedWidths,
  HEADER_FILL,
  HEADER_FONT,
  NUMBER_FORMATS,
  safeText,
} from './cells';
import { uniqueHeaders } from './tables';
import type { HubThemes } from '../../../src-shared/api/themes';
import { INCLUDING_NARROWER } from '../../../src-shared/themes/figures';

// The hub workbook: one row per Work Group, the rolled-up figures, and every piece of evidence
// in a long table for pivoting. It is written with exceljs's streaming writer, row by row, so a
// national workspace (a thousand Work Groups) never has the whole workbook in memory. The
// streaming writer has no defined tables of its own, so each sheet's table is added as the sheet
// is closed (see tabled below); every sheet prints landscape, one page wide, its header row on
// every page.

export interface HubEvidence {
  kind: string;
  id: string;
  date?: string | undefined;
  areas: NcetmArea[];
  standards: DfeStandard[];
  strength?: string | undefined;
  guskeyLevel?: number | undefined;
}

export interface HubWorkbookSource {
  rollup: HubRollup;
  /** The Lead's red/amber/green per Work Group and subject. */
  ratings: Map<string, Map<JudgementSubject, Judgement['rating']>>;
  /** Each Work Group's evidence, read one group at a time. */
  evidenceOf: (workGroupId: string) => HubEvidence[];
  /** The themes of the groups' codebooks, matched across them by name or by the hub's mapping. */
  themes: HubThemes;
  producedOn: string;
}

const EVIDENCE_KIND_LABELS: Record<string, string> = {
  journalEntry: 'Journal entry',
  observation: 'Observation',
  meeting: 'Meeting',
  supportDay: 'Support day',
  actionResearchCycle: 'Action-research cycle',
  schoolParticipation: 'School’s intended impact',
  impactClaim: 'Impact claim',
};
const TERM_LABELS = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' } as const;
const status = (s: IndicatorStatus | undefined, kind: string) => (s ? statusLabel(s, kind) : null);

/** One standard as a number (never a number stored as text), several as "1; 3". */
function standardNumbers(standards: DfeStandard[]): CellValue {
  const numbers = standards.map((s) => DFE_STANDARD.values.indexOf(s) + 1).sort((x, y) => x - y);
  if (numbers.length === 0) return 'Not tagged';
  return numbers.length === 1 ? numbers[0]! : numbers.join('; ');
}

/** The streaming writer's parts that a defined table is added through (exceljs 4.4). */
interface WriterInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
}
interface SheetInternals {
  _writeLegacyData(): void;
  _write(text: string): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
}

const TABLE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Lets a streamed workbook carry defined tables: each table's part is written into the package,
 * named in the content types, and linked from its sheet's last element (tableParts), which the
 * streaming writer would otherwise never write.
 */
function tabled(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
  const writer = workbook as unknown as WriterInternals;
  const parts: string[] = [];
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (source, data) =>
    append(
      data.name === '[Content_Types].xml' && typeof source === 'string'
        ? source.replace(
            '</Types>',
            `${parts.map((p) => `<Override PartName="/xl/tables/${p}" ContentType="${TABLE_CONTENT_TYPE}"/>`).join('')}</Types>`,
          )
        : source,
      data,
    );
  return (sheet: ExcelJS.Worksheet, name: string, headers: string[], rows: number) => {
    const part = `table${parts.length + 1}.xml`;
    parts.push(part);
    const ref = `A1:${columnLetter(headers.length)}${Math.max(rows, 2)}`;
    append(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${parts.length}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">` +
        headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlText(h)}"/>`).join('') +
        '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
      { name: `/xl/tables/${part}` },
    );
    const internals = sheet as unknown as SheetInternals;
    const writeLegacyData = internals._writeLegacyData.bind(internals);
    internals._writeLegacyData = () => {
      writeLegacyData();
      const id = internals._sheetRelsWriter.addRelationship({ Type: TABLE_RELATIONSHIP, Target: `../tables/${part}` });
      internals._write(`<tableParts count="1"><tablePart r:id="${id}"/></tableParts>`);
    };
  };
}
type AddTable = ReturnType<typeof tabled>;

/** A sheet written row by row as one defined table: header styled and frozen, filter buttons on every column. */
class StreamedSheet {
  private rows = 1;
  private readonly headers: string[];
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly columns: Column[],
    private readonly tableName: string,
    private readonly addTable: AddTable,
  ) {
    this.headers = uniqueHeaders(columns).map(safeText);
    const header = sheet.addRow(this.headers);
    header.font = HEADER_FONT;
    header.fill = HEADER_FILL;
    header.commit();
  }

  add(values: CellValue[]): void {
    const row = this.sheet.addRow(this.columns.map((_, i) => cellValue(values[i])));
    this.columns.forEach((column, i) => {
      const value = values[i];
      const numFmt =
        value === null || value === undefined
          ? undefined
          : value instanceof Date
            ? NUMBER_FORMATS.date
            : NUMBER_FORMATS[column.type];
      row.getCell(i + 1).style = this.styleFor(numFmt);
    });
    row.commit();
    this.rows += 1;
  }

  /**
   * One style object per number format, shared by every cell that has it: exceljs recognises a style
   * object it has seen, where a fresh one per cell costs it most of the time a national table takes.
   */
  private readonly styles = new Map<string | undefined, Partial<ExcelJS.Style>>();
  private styleFor(numFmt: string | undefined): Partial<ExcelJS.Style> {
    let style = this.styles.get(numFmt);
    if (!style) this.styles.set(numFmt, (style = Object.freeze(numFmt ? { numFmt } : {})));
    return style;
  }

  finish(): void {
    // A table needs a row under its header: an empty sheet gets a blank one.
    if (this.rows === 1) this.add([]);
    this.addTable(this.sheet, this.tableName, this.headers, this.rows);
    this.columns.forEach((column, i) => {
      const rules = conditionalRules(column.type);
      const letter = columnLetter(i + 1);
      if (rules.length > 0) this.sheet.addConditionalFormatting({ ref: `${letter}2:${letter}${this.rows}`, rules });
    });
    this.sheet.commit();
  }
}

/** Each sheet prints across one landscape A4 page (as many down as it takes), its header row on every page. */
const PRINTED: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  addTable: AddTable,
  name: string,
  columns: Column[],
  widths: number[],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }],
    pageSetup: PRINTED,
    headerFooter: { oddHeader: `&L&"Calibri,Bold"${name}`, oddFooter: '&CPage &P of &N' },
  });
  // Widths are set before the first row is written: the streaming writer cannot go back.
  sheet.columns = widths.map((width) => ({ width }));
  return new StreamedSheet(sheet, columns, name.replace(/[^A-Za-z0-9]/g, ''), addTable);
}

export async function writeHubWorkbook(source: HubWorkbookSource, stream: Writable): Promise<void> {
  const { rollup } = source;
  const created = excelDate(source.producedOn) ?? new Date(0);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    created,
    modified: created,
    creator: 'Work Group Evaluator',
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0] & { created: Date; modified: Date });
  const addTable = tabled(workbook);

  // Work Groups: one row each, their standards' and indicators' statuses and the Lead's ratings.
  const indicatorIds = rollup.standards.flatMap((s) => s.indicators.map((i) => ({ id: i.id, label: i.label })));
  const groupColumns: Column[] = [
    col('Code'),
    col('Name'),
    col('Academic year'),
    col('Project'),
    col('Kind of PD'),
    col('Judged by'),
    col('Phase'),
    col('Lead'),
    col('Status'),
    ...DFE_STANDARD.values.map((s) => col(`Standard ${DFE_STANDARD.labels[s].slice(0, 1)}: status`, 'status')),
    ...DFE_STANDARD.values.map((s) => col(`Standard ${DFE_STANDARD.labels[s].slice(0, 1)}: Lead’s rating`, 'rating')),
    ...NCETM_AREA.values.map((a) => col(`${NCETM_AREA.labels[a]}: Lead’s rating`, 'rating')),
    col('Indicators met', 'count'),
    col('Indicators partly met', 'count'),
    col('Indicators not yet met', 'count'),
    col('Standards met', 'count'),
    col(`Standards expected of its kind (of ${STANDARD_COUNT})`, 'count'),
    col('Schools', 'count'),
    col('Participants', 'count'),
    col('Focus children (fewer than 5 not shown)', 'count'),
    col('Whole-group meetings', 'count'),
    col('Attendance', 'share'),
    col('Gaps of high importance', 'count'),
    ...indicatorIds.map((i) => col(i.label, 'status')),
  ];
  const groupRows: CellValue[][] = rollup.rows.map((row) => {
    const g = row.workGroup;
    const ratings = source.ratings.get(g.id);
    const rating = (subject: JudgementSubject) => {
      const r = ratings?.get(subject);
      return r ? JUDGEMENT_RATING_LABELS[r] : null;
    };
    return [
      g.code,
      g.name,
      g.academicYear,
      g.projectName,
      PD_ACTIVITY_TYPE.labels[g.pdActivityType],
      row.rules,
      PHASE.labels[g.phase as keyof typeof PHASE.labels] ?? g.phase,
      g.leadName,
      g.status === 'archived' ? 'Archived' : 'Active',
      ...DFE_STANDARD.values.map((s) => status(row.standards[s] as IndicatorStatus | undefined, g.pdActivityType)),
      ...DFE_STANDARD.values.map((s) => rating(`standard:${s}`)),
      ...NCETM_AREA.values.map((a) => rating(`area:${a}`)),
      row.met,
      row.partly,
      row.notYet,
      row.standardsMet,
      row.standardsExpected,
      row.schools,
      row.participants,
      row.focusChildren.suppressed ? null : row.focusChildren.value,
      row.meetings,
      row.attendanceRate,
      row.highGaps,
      ...indicatorIds.map((i) => status(row.indicators[i.id] as IndicatorStatus | undefined, g.pdActivityType)),
    ];
  });
  const groups = addSheet(workbook, addTable, 'Work Groups', groupColumns, fittedWidths(groupColumns, groupRows));
  groupRows.forEach((r) => groups.add(r));
  groups.finish();

  // Indicators rolled up over the groups.
  const indicatorColumns: Column[] = [
    col('Standard'),
    col('Indicator'),
    col('Unit'),
    col('Target', 'number'),
    col('Groups met', 'count'),
    col('Groups partly met', 'count'),
    col('Groups not yet', 'count'),
    col('Groups not expected of their kind', 'count'),
    col('Share met (of the groups expected)', 'share'),
    col('Share partly met', 'share'),
    col('Share not yet', 'share'),
    col('Across the groups (a total, or a pooled share or mean)', 'number'),
    col('Numerator', 'number'),
    col('Denominator', 'number'),
    col('Withheld (fewer than 5 children)'),
  ];
  const indicatorRows: CellValue[][] = rollup.standards.flatMap((s) =>
    s.indicators.map((i) => [
      s.label,
      i.label,
      i.unit === 'share' ? 'Share' : i.unit === 'mean' ? 'Mean' : 'Count',
      i.target,
      i.met,
      i.partly,
      i.notYet,
      i.notExpected,
      i.shareMet,
      i.sharePartly,
      i.shareNotYet,
      i.summed.suppressed ? null : i.summed.value,
      i.numerator.suppressed ? null : i.numerator.value,
      i.denominator.suppressed ? null : i.denominator.value,
      i.summed.suppressed || i.numerator.suppressed || i.denominator.suppressed ? 'Yes' : 'No',
    ]),
  );
  const indicatorSheet = addSheet(
    workbook,
    addTable,
    'Indicators',
    indicatorColumns,
    fittedWidths(indicatorColumns, indicatorRows),
  );
  indicatorRows.forEach((r) => indicatorSheet.add(r));
  indicatorSheet.finish();

  // Rules by kind: like compared with like, each kind's groups by standard, and what each kind is not expected to show.
  const kindColumns: Column[] = [
    col('Kind of PD'),
    col('Judged by'),
    col('Work Groups', 'count'),
    col('Standard'),
    col('Groups met', 'count'),
    col('Groups partly met', 'count'),
    col('Groups not yet', 'count'),
    col('Groups not expected of their kind', 'count'),
  ];
  const kindRows: CellValue[][] = rollup.kinds.flatMap((k) =>
    k.standards.map((s) => [
      k.label,
      k.rules,
      k.workGroups,
      DFE_STANDARD.labels[s.standard],
      s.met,
      s.partly,
      s.notYet,
      s.notExpected,
    ]),
  );
  const kinds = addSheet(workbook, addTable, 'Rules by kind', kindColumns, fittedWidths(kindColumns, kindRows));
  kindRows.forEach((r) => kinds.add(r));
  kinds.finish();
  const notExpectedColumns: Column[] = [col('Kind of PD'), col('Indicator not expected'), col('Why', 'longText')];
  const notExpectedRows: CellValue[][] = rollup.kinds.flatMap((k) =>
    k.notExpected.map((n) => [k.label, n.label, n.why]),
  );
  // Only Work Groups (or none at all): say so, rather than leave a blank table.
  if (notExpectedRows.length === 0)
    notExpectedRows.push(['None', 'None', 'Every indicator is expected of the kinds of PD in this workbook.']);
  const notExpected = addSheet(workbook, addTable, 'Not expected by kind', notExpectedColumns, [28, 60, 100]);
  notExpectedRows.forEach((r) => notExpected.add(r));
  notExpected.finish();

  // NCETM areas and the change of focus children, rolled up.
  const areaColumns: Column[] = [col('Outcome area'), ...AREA_EVIDENCE_COLUMNS, ...AREA_SELF_RATING_COLUMNS];
  const areaRows: CellValue[][] = rollup.areas.map((a) => [
    a.label,
    ...areaEvidenceCells(a),
    ...areaSelfRatingCells(a),
  ]);
  const areas = addSheet(workbook, addTable, 'NCETM areas', areaColumns, fittedWidths(areaColumns, areaRows));
  areaRows.forEach((r) => areas.add(r));
  areas.finish();

  const changeColumns: Column[] = [col('Judgement of change (1–5)', 'count'), col('Focus children', 'count')];
  const changeRows: CellValue[][] = rollup.changeDistribution.map((c) => [
    c.judgement,
    c.count.suppressed ? null : c.count.value,
  ]);
  const change = addSheet(workbook, addTable, 'Change', changeColumns, fittedWidths(changeColumns, changeRows));
  changeRows.forEach((r) => change.add(r));
  change.finish();

  // Themes across the groups: matched by name (or the hub's mapping), with each group's own.
  const themeColumns: Column[] = [
    col('Theme'),
    col('Work Groups with it', 'count'),
    col('Work Groups coding it', 'count'),
    col(`Coded passages (${INCLUDING_NARROWER})`, 'count'),
    col('Focus children (fewer than 5 not shown)', 'count'),
    col('Each group’s theme (coded passages)', 'longText'),
  ];
  const themeRows: CellValue[][] = source.themes.themes.map((t) => [
    t.name,
    t.workGroups,
    t.workGroupsCoding,
    t.passages,
    t.focusChildren.suppressed ? null : t.focusChildren.value,
    t.groups.map((g) => `${g.code}: ${g.name} (${g.passages})`).join('; '),
  ]);
  const themes = addSheet(
    workbook,
    addTable,
    'Themes across groups',
    themeColumns,
    fittedWidths(themeColumns, themeRows),
  );
  themeRows.forEach((r) => themes.add(r));
  themes.finish();

  // Evidence: one row per piece, long format, with a 0/1 column per area and standard for pivots.
  const codeWidth = Math.max(10, ...rollup.rows.map((r) => r.workGroup.code.length + 2));
  const evidenceColumns: Column[] = [
    col('Work Group'),
    col('Evidence ID'),
    col('Kind'),
    col('Date', 'date'),
    col('Term'),
    col('Areas'),
    col('Standards'),
    col('Strength'),
    col('Guskey level', 'count'),
    ...NCETM_AREA.values.map((a) => col(NCETM_AREA.labels[a], 'count')),
    ...DFE_STANDARD.values.map((s) => col(`Standard ${DFE_STANDARD.labels[s].slice(0, 1)}`, 'count')),
  ];
  const evidenceWidths = [
    codeWidth,
    38,
    26,
    12,
    10,
    60,
    40,
    14,
    14,
    ...evidenceColumns.slice(9).map((c) => c.header.length + 3),
  ];
  const evidence = addSheet(workbook, addTable, 'Evidence', evidenceColumns, evidenceWidths);
  for (const row of rollup.rows) {
    for (const e of source.evidenceOf(row.workGroup.id)) {
      evidence.add([
        row.workGroup.code,
        e.id,
        EVIDENCE_KIND_LABELS[e.kind] ?? e.kind,
        excelDate(e.date),
        e.date ? TERM_LABELS[termOf(e.date)] : 'Undated',
        e.areas.map((a) => NCETM_AREA.labels[a]).join('; ') || 'Not tagged',
        standardNumbers(e.standards),
        e.strength
          ? (EVIDENCE_STRENGTH.labels[e.strength as keyof typeof EVIDENCE_STRENGTH.labels] ?? e.strength)
          : null,
        e.guskeyLevel ?? null,
        ...NCETM_AREA.values.map((a) => (e.areas.includes(a) ? 1 : 0)),
        ...DFE_STANDARD.values.map((s) => (e.standards.includes(s) ? 1 : 0)),
      ]);
    }
  }
  evidence.finish();

  // Key figures: the headline figures, each with the sentence that says what it counts.
  const { figures } = rollup;
  const headline = (id: keyof typeof FIGURES, value: number | null, label: string = FIGURES[id].label): CellValue[] => [
    label,
    value,
    FIGURES[id].definition,
  ];
  const keyColumns: Column[] = [col('Key figure'), col('Value', 'number'), col('What it counts', 'longText')];
  const keyRows: CellValue[][] = [
    headline('workGroups', figures.workGroups),
    headline('schools', figures.schools),
    headline('schoolPlaces', figures.schoolPlaces),
    headline('participants', figures.participants),
    headline('focusChildren', figures.focusChildren.value),
    headline('wholeGroupMeetings', figures.sessions.wholeGroup),
    headline('sessions', figures.sessions.total),
    headline('attendance', figures.attendance.rate, 'Attendance (a share: 0.9 is 90%)'),
    headline('changeJudged', figures.changeJudged.value),
    headline('groupsMeetingAllFive', figures.groupsMeetingAllFive),
    headline('selfRatings', figures.selfRatings.n, 'Self-ratings: participants rated at both (n)'),
    headline('selfRatings', figures.selfRatings.startMean, 'Self-ratings: mean at the start'),
    headline('selfRatings', figures.selfRatings.endMean, 'Self-ratings: mean at the end'),
  ];
  const keySheet = addSheet(workbook, addTable, 'Key figures', keyColumns, [44, 12, 100]);
  keyRows.forEach((r) => keySheet.add(r));
  keySheet.finish();

  // About: what the figures are, so a reader of the file alone can trust them.
  const aboutColumns: Column[] = [col('About this workbook'), col('Value', 'longText')];
  const f = rollup.filters;
  const aboutRows: CellValue[][] = [
    ['Produced', excelDate(source.producedOn)],
    ['Work Groups', rollup.workGroupCount],
    ['Project', f.projectId ? (rollup.rows[0]?.workGroup.projectName ?? f.projectId) : 'All projects'],
    ['Academic year', f.academicYear ?? 'All years'],
    ['Phase', f.phase ? (PHASE.labels[f.phase as keyof typeof PHASE.labels] ?? f.phase) : 'All phases'],
    [
      'Small numbers',
      `Counts of focus children below ${rollup.suppressBelow} are left blank so that no child can be identified.`,
    ],
    [
      'Evidence sheet',
      'One row per piece of evidence. The area and standard columns hold 1 where the evidence is tagged with it, so a pivot table can sum them by term, strength or Guskey level.',
    ],
    ['Dates', `Shown as dd/mm/yyyy (produced ${formatDateGB(source.producedOn)}).`],
  ];
  const about = addSheet(workbook, addTable, 'About', aboutColumns, [24, 100]);
  aboutRows.forEach((r) => about.add(r));
  about.finish();

  await workbook.commit();
}
