import { spawnSync } from 'node:child_process';

// An independent reader for the workbooks we write: Debian's python3-openpyxl, which shares no
// code with exceljs. If it is missing the tests fail and say so: a silent skip would prove nothing.

export interface ReadCell {
  /** openpyxl's data type: n number, s string, d date, b boolean, f formula; null when empty. */
  t: 'n' | 's' | 'd' | 'b' | 'f' | 'e' | null;
  v: string | number | boolean | null;
  fmt: string;
}

export interface ReadSheet {
  name: string;
  freeze: string | null;
  autoFilter: string | null;
  tables: Record<string, string>;
  conditionalRanges: string[];
  widths: Record<string, number>;
  /** How the sheet prints: orientation, fit to pages wide and tall, the rows repeated on every page. */
  print: {
    orientation: string | null;
    fitToPage: boolean;
    wide: number | null;
    tall: number | null;
    titles: string | null;
  };
  /** The font of the first header cell, by name. */
  headerFont: string | null;
  rows: ReadCell[][];
}

const SCRIPT = `
import json, sys, datetime
try:
    import openpyxl
except ImportError:
    print("NO_OPENPYXL")
    sys.exit(3)
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            t = c.data_type if v is not None else None
            if isinstance(v, (datetime.datetime, datetime.date)):
                t = "d"
                v = v.strftime("%Y-%m-%d")
            cells.append({"t": t, "v": v, "fmt": c.number_format})
        rows.append(cells)
    out.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autoFilter": ws.auto_filter.ref,
        "tables": {name: (t if isinstance(t, str) else t.ref) for name, t in ws.tables.items()},
        "conditionalRanges": [str(cf.sqref) for cf in ws.conditional_formatting],
        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        "print": {
            "orientation": ws.page_setup.orientation,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "wide": ws.page_setup.fitToWidth,
            "tall": ws.page_setup.fitToHeight,
            "titles": ws.print_title_rows,
        },
        "headerFont": ws["A1"].font.name,
        "rows": rows,
    })
print(json.dumps(out))
`;

export function readWithOpenpyxl(path: string): ReadSheet[] {
  const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.error)
    throw new Error(`/usr/bin/python3 could not be run (${run.error.message}): install python3 and python3-openpyxl.`);
  if (run.status === 3 || run.stdout.startsWith('NO_OPENPYXL'))
    throw new Error(
      '/usr/bin/python3 has no openpyxl: install Debian’s python3-openpyxl so the workbooks can be checked by an independent reader.',
    );
  if (run.status !== 0) throw new Error(`openpyxl could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadSheet[];
}

/** A sheet's table as objects keyed by header, from the header row given (1-based). */
export function records(sheet: ReadSheet, headerRow = 1, untilBlank = true): Record<string, ReadCell>[] {
  const header = sheet.rows[headerRow - 1]!.map((c) => String(c.v ?? ''));
  const out: Record<string, ReadCell>[] = [];
  for (const row of sheet.rows.slice(headerRow)) {
    if (untilBlank && row.every((c) => c.v === null)) break;
    out.push(Object.fromEntries(header.map((h, i) => [h, row[i] ?? { t: null, v: null, fmt: 'General' }])));
  }
  return out;
}
