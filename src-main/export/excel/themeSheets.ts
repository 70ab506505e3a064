import type ExcelJS from 'exceljs';
import type { CaseKind } from '../../../src-shared/api/themes';
import { NCETM_AREA } from '../../../src-shared/domain/enums';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import {
  countedPassages,
  INCLUDING_NARROWER,
  passageInContext,
  themeFiguresOf,
} from '../../../src-shared/themes/figures';
import { RECORD_KIND_SPECS } from '../../../src-shared/domain/recordKinds';
import { type CellValue, col, excelDate } from './cells';
import { applyWidths, type TableSpec, writeTable } from './tables';

// The group workbook's themes: the codebook with each theme's counts and the change beside it, every
// coded passage with its source, and the theme × case matrices (participants, focus children, schools).

const CASES: { kind: CaseKind; title: string; table: string }[] = [
  {
    kind: 'participant',
    title: `Themes by participant (coded passages, ${INCLUDING_NARROWER})`,
    table: 'ThemeByParticipant',
  },
  {
    kind: 'focusChild',
    title: `Themes by focus child (coded passages, ${INCLUDING_NARROWER})`,
    table: 'ThemeByFocusChild',
  },
  { kind: 'school', title: `Themes by school (coded passages, ${INCLUDING_NARROWER})`, table: 'ThemeBySchool' },
];

const spread = (s: { n: { value: number | null; suppressed: boolean }; median: number | null }): CellValue[] => [
  s.n.suppressed ? 'Fewer than 5' : s.n.value,
  s.median,
];

export function themeSheets(
  snapshot: WorkGroupSnapshot,
  sheets: {
    table(name: string, spec: TableSpec): ExcelJS.Worksheet;
    plain(name: string, frozenRows: number): ExcelJS.Worksheet;
  },
): void {
  const index = indexSnapshot(snapshot);
  const figures = themeFiguresOf(index);
  const nameOf = new Map(figures.themes.map((t) => [t.id, t.name]));
  const change = new Map(figures.change.map((c) => [c.themeId, c]));

  sheets.table('Codebook', {
    name: 'Codebook',
    columns: [
      col('Theme'),
      col('Broader theme'),
      col('Description', 'longText'),
      col('NCETM areas'),
      col('Retired'),
      col(`Coded passages (${INCLUDING_NARROWER})`, 'count'),
      col('Records', 'count'),
      col('Participants', 'count'),
      col('Focus children', 'count'),
      col('Schools', 'count'),
      col('Passages awaiting review', 'count'),
      col('With it: focus children', 'count'),
      col('With it: median change (1–5)', 'mean'),
      col('Others: focus children', 'count'),
      col('Others: median change (1–5)', 'mean'),
      col('Themes and change (an association, not a cause)', 'longText'),
    ],
    rows: figures.themes.map((t) => {
      const c = change.get(t.id)!;
      const theme = snapshot.themes.find((x) => x.id === t.id)!;
      return [
        t.name,
        t.parentId ? (nameOf.get(t.parentId) ?? null) : null,
        t.description,
        theme.areas.map((a) => NCETM_AREA.labels[a]).join('; '),
        t.retired ? 'Yes' : 'No',
        t.passages,
        t.records,
        t.byParticipant.length,
        t.byFocusChild.length,
        t.bySchool.length,
        t.needsReview,
        ...spread(c.with),
        ...spread(c.without),
        c.wording,
      ];
    }),
    emptyText: 'The codebook is empty',
  });

  sheets.table('Coded passages', {
    name: 'CodedPassages',
    columns: [
      col('Themes'),
      col('Passage', 'longText'),
      col('Record'),
      col('Kind of record'),
      col('Part'),
      col('Date', 'date'),
      col('Awaiting review'),
    ],
    rows: countedPassages(index).map(({ passage, themeIds }) => {
      const list = snapshot[RECORD_KIND_SPECS[passage.recordKind].plural as 'journalEntries'] as unknown as Record<
        string,
        unknown
      >[];
      const record = list.find((r) => r['id'] === passage.recordId)!;
      const shown = passageInContext(passage, index, String(record[passage.field] ?? ''));
      return [
        themeIds.map((id) => nameOf.get(id)!).join('; '),
        passage.words,
        shown.source,
        RECORD_KIND_SPECS[passage.recordKind].heading,
        shown.fieldLabel,
        excelDate(shown.date),
        passage.needsReview ? 'Yes' : 'No',
      ];
    }),
    emptyText: 'No passages are coded yet',
  });

  // The first table's title row stays in view.
  const sheet = sheets.plain('Theme × case', 1);
  const widths: number[] = [];
  let row = 1;
  for (const { kind, title, table } of CASES) {
    sheet.getCell(row, 1).value = title;
    sheet.getCell(row, 1).font = { bold: true, size: 12 };
    const matrix = figures.matrix[kind];
    row = writeTable(
      sheet,
      row + 1,
      {
        name: table,
        columns: [col('Theme'), ...matrix.cases.map((c) => col(c.label, 'count')), col('All', 'count')],
        rows: figures.themes.map((t, i) => [t.name, ...matrix.cells[i]!.map((cell) => cell.count), t.passages]),
        emptyText: 'The codebook is empty',
      },
      widths,
    );
    row += 1;
  }
  applyWidths(sheet, widths);
}
