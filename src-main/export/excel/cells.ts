import type ExcelJS from 'exceljs';
import type { AreaSummary } from '../../../src-shared/api/evaluation';

// What every workbook we write shares: text that can never run as a formula, real dates, the
// number formats, the colours of statuses and ratings, and widths fitted to what the cells hold.

/** Characters that make Excel, LibreOffice or Sheets read a typed or pasted value as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as it goes into a cell. A value that starts like a formula gets a leading apostrophe, the
 * OWASP-recommended neutraliser: it is stored as plain text, so no reader (Excel, a CSV save,
 * openpyxl) ever sees a formula, and the apostrophe shows that the text was changed.
 */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** An ISO date (yyyy-mm-dd) as the Date exceljs writes as an Excel date serial (no time zone shift). */
export function excelDate(iso: string | undefined | null): Date | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

export type CellValue = string | number | boolean | Date | null;

export type ColumnType =
  | 'text'
  | 'longText'
  | 'count'
  | 'number'
  | 'mean'
  | 'share'
  | 'date'
  | 'status'
  | 'rating'
  /** A focus child's change, judged 1 to 5. */
  | 'changeJudgement';

export interface Column {
  header: string;
  type: ColumnType;
}

export const col = (header: string, type: ColumnType = 'text'): Column => ({ header, type });

/** An NCETM area's evidence by term and its impact claims by strength: the same columns in both workbooks. */
export const AREA_EVIDENCE_COLUMNS: Column[] = [
  col('Evidence: Autumn', 'count'),
  col('Evidence: Spring', 'count'),
  col('Evidence: Summer', 'count'),
  col('Evidence: undated', 'count'),
  col('Evidence: total', 'count'),
  col('Claims: anecdotal', 'count'),
  col('Claims: triangulated', 'count'),
  col('Claims: measured', 'count'),
];

export const areaEvidenceCells = (area: Pick<AreaSummary, 'evidenceByTerm' | 'claimCounts'>): CellValue[] => [
  area.evidenceByTerm.autumn,
  area.evidenceByTerm.spring,
  area.evidenceByTerm.summer,
  area.evidenceByTerm.undated,
  area.evidenceByTerm.total,
  area.claimCounts.anecdotal,
  area.claimCounts.triangulated,
  area.claimCounts.measured,
];

/** Participants' self-ratings, shown with Professional Learning (empty for the other areas). */
export const AREA_SELF_RATING_COLUMNS: Column[] = [
  col('Self-rating at the start (mean)', 'mean'),
  col('Self-rating at the end (mean)', 'mean'),
];

export const areaSelfRatingCells = (area: Pick<AreaSummary, 'selfRatings'>): CellValue[] => [
  area.selfRatings?.overall.startMean ?? null,
  area.selfRatings?.overall.endMean ?? null,
];

export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  count: '#,##0',
  changeJudgement: '0',
  number: 'General',
  mean: '0.0',
  share: '0%',
  date: 'dd/mm/yyyy',
};

/** Cleans a value for a cell: text made safe, non-finite numbers left blank. */
export function cellValue(value: CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return safeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

const LONG_TEXT_WIDTH = 60;
const MAX_WIDTH = 50;
const MIN_WIDTH = 8;

/** How wide a value looks in a cell, in characters. */
function shownLength(value: CellValue, type: ColumnType): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return type === 'share' ? 5 : String(Math.round(value * 10) / 10).length;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}

/** Column widths fitted to the header and the values, capped so that long text wraps instead. */
export function fittedWidths(columns: Column[], rows: CellValue[][]): number[] {
  return columns.map((column, i) => {
    const longest = rows.reduce((most, row) => Math.max(most, shownLength(row[i] ?? null, column.type)), 0);
    const cap = column.type === 'longText' ? LONG_TEXT_WIDTH : MAX_WIDTH;
    return Math.min(cap, Math.max(MIN_WIDTH, column.header.length + 3, longest + 2));
  });
}

// Conditional fills name the colour twice: Excel reads bgColor, LibreOffice fgColor.
const fill = (argb: string) => ({
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb },
  bgColor: { argb },
});
const GREEN = { fill: fill('FFC6EFCE'), font: { color: { argb: 'FF006100' } } };
const AMBER = { fill: fill('FFFFEB9C'), font: { color: { argb: 'FF9C5700' } } };
const RED = { fill: fill('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } };

let nextPriority = 1;
/** Each rule its own priority: readers that find two rules of equal priority may apply neither. */
const equals = (text: string, style: typeof GREEN) => ({
  type: 'cellIs' as const,
  operator: 'equal' as const,
  formulae: [`"${text}"`],
  style,
  priority: nextPriority++,
});

/** From red (1, no change seen) through yellow to green (5, marked change). */
const changeScale = (): ExcelJS.ConditionalFormattingRule => ({
  type: 'colorScale',
  priority: nextPriority++,
  cfvo: [
    { type: 'num', value: 1 },
    { type: 'num', value: 3 },
    { type: 'num', value: 5 },
  ],
  color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
});

/** Conditional formats for a column: statuses and ratings coloured, change judgements on a colour scale. */
export function conditionalRules(type: ColumnType): ExcelJS.ConditionalFormattingRule[] {
  switch (type) {
    case 'status':
      return [
        equals('Met', GREEN),
        equals('Partly met', AMBER),
        equals('Not yet', RED),
        equals('High', RED),
        equals('Medium', AMBER),
        equals('Low', GREEN),
      ];
    case 'rating':
      return [equals('Green', GREEN), equals('Amber', AMBER), equals('Red', RED)];
    case 'changeJudgement':
      return [changeScale()];
    default:
      return [];
  }
}

/** A 1-based column number as Excel's letters (1 → A, 28 → AB). */
export function columnLetter(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
// The font is named: a reader without a name to go on picks its own, and headings then differ from the cells.
export const HEADER_FONT: Partial<ExcelJS.Font> = {
  name: 'Calibri',
  family: 2,
  size: 11,
  bold: true,
  color: { argb: 'FFFFFFFF' },
};
