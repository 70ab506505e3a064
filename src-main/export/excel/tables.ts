import type ExcelJS from 'exceljs';
import {
  cellValue,
  type CellValue,
  HEADER_FILL,
  HEADER_FONT,
  type Column,
  columnLetter,
  conditionalRules,
  fittedWidths,
  NUMBER_FORMATS,
} from './cells';

export interface TableSpec {
  /** The defined table's name (letters, digits and underscores), unique in the workbook. */
  name: string;
  columns: Column[];
  rows: CellValue[][];
  /** Shown in the first cell when there are no rows (a defined table needs one). */
  emptyText: string;
}

/** Header names within one table must differ: a repeat gets " (2)". */
export function uniqueHeaders(columns: Column[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const n = (seen.get(c.header.toLowerCase()) ?? 0) + 1;
    seen.set(c.header.toLowerCase(), n);
    return n === 1 ? c.header : `${c.header} (${n})`;
  });
}

/**
 * Writes a defined Excel table (so a pivot table or a filter works at once) at a row of a sheet,
 * with each column's number format and conditional colours. Returns the row after the table.
 */
export function writeTable(sheet: ExcelJS.Worksheet, atRow: number, spec: TableSpec, widths: number[]): number {
  const rows = spec.rows.length > 0 ? spec.rows : [[spec.emptyText, ...spec.columns.slice(1).map(() => null)]];
  const values = rows.map((row) => spec.columns.map((_, i) => cellValue(row[i])));
  sheet.addTable({
    name: spec.name,
    ref: `A${atRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: uniqueHeaders(spec.columns).map((name) => ({ name: cellValue(name) as string, filterButton: true })),
    rows: values,
  });
  // The table style colours the headings in Excel; direct formatting does it in other readers too.
  spec.columns.forEach((_, i) => {
    const cell = sheet.getCell(atRow, i + 1);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  const first = atRow + 1;
  const last = atRow + values.length;
  spec.columns.forEach((column, i) => {
    const numFmt = NUMBER_FORMATS[column.type];
    const wrap = column.type === 'longText';
    for (let r = first; r <= last; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (numFmt) cell.numFmt = numFmt;
      const centred = column.type === 'status' || column.type === 'rating';
      cell.alignment = { vertical: 'top', wrapText: wrap, ...(centred ? { horizontal: 'center' as const } : {}) };
    }
    const rules = conditionalRules(column.type);
    if (rules.length > 0) {
      const letter = columnLetter(i + 1);
      sheet.addConditionalFormatting({ ref: `${letter}${first}:${letter}${last}`, rules });
    }
  });
  fittedWidths(spec.columns, values).forEach((w, i) => (widths[i] = Math.max(widths[i] ?? 0, w)));
  return last + 1;
}

/** Sets the widths gathered from a sheet's tables. */
export function applyWidths(sheet: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}
