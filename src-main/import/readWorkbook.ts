import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { MAX_IMPORT_ROWS } from '../../src-shared/api/spreadsheets';
import { DomainError } from '../../src-shared/api/errors';
import { DEFAULT_ZIP_LIMITS, readZip, ZipRefused, ZipTooLarge, type ZipLimits } from '../exchange/zipReader';
import { knownHeadings } from './mapping';

// Reads an uploaded .xlsx or .csv into plain rows of values, refusing what is not a spreadsheet
// (or is one we cannot read safely) with a message that says what to do instead.

/** A cell as the importers see it: text, a number, a date (yyyy-mm-dd) or nothing. */
export type RawValue = string | number | boolean | { date: string } | null;

export interface RawRow {
  /** The row's number in the spreadsheet (1-based, as Excel shows it). */
  row: number;
  values: RawValue[];
}

export interface RawSheet {
  name: string;
  headers: string[];
  headerRow: number;
  rows: RawRow[];
  /** Reasons the sheet cannot be imported at all. */
  problems: string[];
  warnings: string[];
}

export interface RawWorkbook {
  fileType: 'xlsx' | 'csv';
  sheets: RawSheet[];
}

const refuse = (message: string) => new DomainError('invalid_input', message, [{ field: 'dataBase64', message }]);

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function isText(data: Buffer): boolean {
  const sample = data.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  const text = sample.toString('utf8');
  // A few replacement characters can be a cut multi-byte character at the end of the sample.
  return (text.match(/\uFFFD/g)?.length ?? 0) <= 2;
}

/** Text as the importers want it: trimmed, with runs of spaces (and non-breaking spaces) made one. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromExcel(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'string') return tidy(value) || null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return tidy(value.richText.map((r) => r.text).join('')) || null;
    if ('result' in value) return fromExcel((value.result ?? null) as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value && typeof value.text === 'string') return tidy(value.text) || null;
    if ('error' in value) return null;
  }
  return tidy(String(value)) || null;
}

export const isBlank = (v: RawValue) => v === null || v === '';

/** A merged range of cells, as "B1:C1" names it. */
interface Merge {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function readMerges(ranges: string[]): Merge[] {
  return ranges.flatMap((range) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    return m
      ? [{ range, left: columnNumber(m[1]!), top: Number(m[2]), right: columnNumber(m[3]!), bottom: Number(m[4]) }]
      : [];
  });
}

/**
 * The row holding the column headings, within the first ten rows: of those with two or more cells
 * of their own (a title merged across the columns repeats one cell's text), the one that reads most
 * like known headings, so a register's title and details above its headings are passed over.
 */
function findHeaderRow(rows: RawRow[], merges: Merge[]): RawRow | undefined {
  const mergedAway = (row: number, column: number) =>
    merges.some(
      (m) =>
        row >= m.top &&
        row <= m.bottom &&
        column >= m.left &&
        column <= m.right &&
        (row !== m.top || column !== m.left),
    );
  const candidates = rows
    .slice(0, 10)
    .filter((r) => r.values.filter((v, i) => !isBlank(v) && !mergedAway(r.row, i + 1)).length >= 2);
  // A row beats the first only with at least two known headings: one word in a title proves nothing.
  let best = candidates[0];
  let bestScore = 1;
  for (const r of candidates) {
    const score = knownHeadings(r.values.map(headerText));
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best ?? rows[0];
}

export const headerText = (v: RawValue) => (v === null ? '' : typeof v === 'object' ? v.date : tidy(String(v)));

/** Turns the grid of a sheet into headings and data rows, noting what needs the user's attention. */
function shapeSheet(name: string, grid: RawRow[], merges: string[], totalRows: number): RawSheet {
  const problems: string[] = [];
  const warnings: string[] = [];
  const filled = grid.filter((r) => r.values.some((v) => !isBlank(v)));
  if (totalRows > MAX_IMPORT_ROWS + 11) {
    problems.push(
      `The sheet has about ${totalRows.toLocaleString('en-GB')} rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split the file, or keep only this Work Group’s rows, and try again.`,
    );
    return { name, headers: [], headerRow: 0, rows: [], problems, warnings };
  }
  const merged = readMerges(merges);
  const header = findHeaderRow(filled, merged);
  if (!header) {
    problems.push('The sheet is empty. Choose a sheet with a row of headings and rows beneath it.');
    return { name, headers: [], headerRow: 0, rows: [], problems, warnings };
  }
  const skippedAbove = filled.filter((r) => r.row < header.row).length;
  if (skippedAbove > 0)
    warnings.push(
      `${skippedAbove} ${skippedAbove === 1 ? 'row' : 'rows'} above the headings (row ${header.row}) will be left out.`,
    );
  const mergedHeader = merged.filter((m) => m.top <= header.row && m.bottom >= header.row).map((m) => m.range);
  if (mergedHeader.length > 0)
    problems.push(
      `The headings in row ${header.row} include merged cells (${mergedHeader.join(', ')}). Unmerge them so that every column has its own heading, then import the file again.`,
    );
  const data = filled.filter((r) => r.row > header.row);
  const width = Math.max(header.values.length, ...data.map((r) => r.values.length));
  const seen = new Map<string, number>();
  const headers = Array.from({ length: width }, (_, i) => {
    const text = headerText(header.values[i] ?? null) || `Column ${columnName(i)}`;
    const n = (seen.get(text.toLowerCase()) ?? 0) + 1;
    seen.set(text.toLowerCase(), n);
    if (n === 2) warnings.push(`Two columns are headed “${text}”; the second is shown as “${text} (2)”.`);
    return n === 1 ? text : `${text} (${n})`;
  });
  if (data.length === 0 && problems.length === 0)
    problems.push('The sheet has headings but no rows beneath them. Add the rows to import, or choose another sheet.');
  if (data.length > MAX_IMPORT_ROWS)
    problems.push(
      `The sheet has ${data.length.toLocaleString('en-GB')} rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split the file, or keep only this Work Group’s rows, and try again.`,
    );
  return { name, headers, headerRow: header.row, rows: data, problems, warnings };
}

/** "A" is 1, "AB" is 28. */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

function columnName(i: number): string {
  let letters = '';
  for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/** The separator used most in the first lines: a title line above the headings may have none. */
function detectDelimiter(text: string): string {
  const firstLines = text
    .split(/\r?\n/, 20)
    .filter((line) => line.trim() !== '')
    .slice(0, 10)
    .join('\n');
  const outsideQuotes = firstLines.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as const)[0];
}

async function readCsv(data: Buffer): Promise<RawWorkbook> {
  let text = data.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  if (lines > MAX_IMPORT_ROWS + 11) {
    return {
      fileType: 'csv',
      sheets: [shapeSheet('CSV', [], [], lines)],
    };
  }
  if (!text.endsWith('\n')) text += '\n';
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet;
  try {
    // Every value is kept as the text it is, so 012345 stays a URN and 03/04/2026 stays British.
    sheet = await workbook.csv.read(Readable.from([text]), {
      map: (datum: string) => datum,
      parserOptions: { delimiter: detectDelimiter(text), ignoreEmpty: false, relaxColumnCount: true },
    } as Parameters<typeof workbook.csv.read>[1]);
  } catch (error) {
    throw refuse(
      `The CSV file could not be read (${(error as Error).message}). Open it in Excel and save it again as CSV UTF-8, or as .xlsx.`,
    );
  }
  const grid: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[])
      .slice(1)
      .map((v) => (typeof v === 'string' ? tidy(v) || null : null));
    grid.push({ row: rowNumber, values });
  });
  return { fileType: 'csv', sheets: [shapeSheet('CSV', grid, [], grid.length)] };
}

/**
 * A register unpacks to a few megabytes: a workbook that unpacks past these (a "zip bomb") is refused,
 * judged by the same reader as bundles, before the spreadsheet reader inflates anything.
 */
const XLSX_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 100 * 1024 * 1024, maxEntries: 1_000 };

const notReadable = () =>
  refuse(
    'The file is not an Excel workbook that can be read (it may be another kind of file, or damaged). Open it in Excel and save it as .xlsx or CSV, then try again.',
  );

async function readXlsx(data: Buffer): Promise<RawWorkbook> {
  try {
    await readZip(data, () => true, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof ZipTooLarge)
      throw refuse(
        `The workbook was refused because ${error.message}. Choose the register you meant; if this is it, open it in Excel, save it again as .xlsx (or CSV) and import that.`,
      );
    if (error instanceof ZipRefused) throw notReadable();
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw notReadable();
  }
  const sheets = workbook.worksheets.map((sheet) => {
    if (sheet.rowCount > MAX_IMPORT_ROWS + 11) return shapeSheet(sheet.name, [], [], sheet.rowCount);
    const grid: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      grid.push({ row: rowNumber, values: (row.values as ExcelJS.CellValue[]).slice(1).map(fromExcel) });
    });
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    return shapeSheet(sheet.name, grid, merges, grid.length);
  });
  if (sheets.length === 0) throw refuse('The workbook has no sheets. Choose a workbook with the rows to import.');
  return { fileType: 'xlsx', sheets };
}

/** Reads a file as the user chose it; throws a DomainError whose message says what to do. */
export async function readWorkbook(fileName: string, data: Buffer): Promise<RawWorkbook> {
  if (data.length === 0) throw refuse(`“${fileName}” is empty. Choose the spreadsheet with the rows to import.`);
  if (data.subarray(0, 8).equals(OLE)) {
    // Office keeps an encrypted .xlsx in an OLE container with an EncryptionInfo stream.
    if (data.includes(Buffer.from('EncryptionInfo', 'utf16le')))
      throw refuse(
        `“${fileName}” is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it, and import it again.`,
      );
    throw refuse(
      `“${fileName}” is an older Excel file (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.`,
    );
  }
  if (data.subarray(0, 4).equals(ZIP)) return readXlsx(data);
  const lower = fileName.toLowerCase();
  if ((lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) && isText(data))
    return readCsv(data);
  throw refuse(
    `“${fileName}” is not a spreadsheet this app can read. Choose an Excel workbook (.xlsx) or a CSV file (.csv).`,
  );
}
