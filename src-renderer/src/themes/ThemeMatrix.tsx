import { useState, type CSSProperties } from 'react';
import type { CaseKind, ThemeFigures } from '../../../src-shared/api/themes';
import { INCLUDING_NARROWER } from '../../../src-shared/themes/figures';
import { counted } from '../records';
import { CellPassages, type PassagesOf } from './CellPassages';

/** What the matrix's columns are: cases (whose passages can be read from a cell) or a breakdown. */
const VIEWS = [
  { value: 'participant', label: 'Participant', noun: 'participant' },
  { value: 'focusChild', label: 'Focus child', noun: 'focus child' },
  { value: 'school', label: 'School', noun: 'school' },
  { value: 'term', label: 'Term', noun: 'term' },
  { value: 'recordKind', label: 'Kind of record', noun: 'kind of record' },
] as const;
type View = (typeof VIEWS)[number]['value'];

const isCase = (view: View): view is CaseKind => view === 'participant' || view === 'focusChild' || view === 'school';
const BREAKDOWN = { term: 'byTerm', recordKind: 'byRecordKind' } as const;

interface Column {
  key: string;
  label: string;
}
interface Row {
  id: string;
  name: string;
  sub: boolean;
  retired: boolean;
  total: number;
  cells: { count: number }[];
}

/** The table's columns and rows for a view: a case kind's matrix, or each theme's breakdown by term or kind. */
function tableOf(figures: ThemeFigures, view: View): { columns: Column[]; rows: Row[] } {
  const table = rowsAndColumns(figures, view);
  // Each broad theme is followed by the narrower themes under it.
  const parentOf = new Map(figures.themes.map((t) => [t.id, t.parentId]));
  const isTop = (row: Row) => !row.sub || !table.rows.some((r) => r.id === parentOf.get(row.id));
  const rows = table.rows
    .filter(isTop)
    .flatMap((top) => [top, ...table.rows.filter((r) => parentOf.get(r.id) === top.id)]);
  return { columns: table.columns, rows };
}

function rowsAndColumns(figures: ThemeFigures, view: View): { columns: Column[]; rows: Row[] } {
  const base = (i: number) => {
    const theme = figures.themes[i]!;
    return { id: theme.id, name: theme.name, sub: !!theme.parentId, retired: theme.retired, total: theme.passages };
  };
  if (isCase(view)) {
    const { cases, cells } = figures.matrix[view];
    return { columns: cases, rows: figures.themes.map((_, i) => ({ ...base(i), cells: cells[i] ?? [] })) };
  }
  const key = BREAKDOWN[view];
  const columns = [
    ...new Map(figures.themes.flatMap((t) => t[key]).map((b) => [b.key, { key: b.key, label: b.label }])).values(),
  ];
  return {
    columns,
    rows: figures.themes.map((theme, i) => ({
      ...base(i),
      cells: columns.map((c) => ({ count: theme[key].find((b) => b.key === c.key)?.count ?? 0 })),
    })),
  };
}

/**
 * Each theme's passages counted by participant, focus child, school, term or kind of record: rows
 * themes, columns cases; a cell (or a theme's total) opens its passages below, with their context.
 */
export function ThemeMatrix({ figures, workGroupId }: { figures: ThemeFigures; workGroupId: string }) {
  const [view, setView] = useState<View>('participant');
  const [open, setOpen] = useState<PassagesOf | undefined>();
  const { columns, rows } = tableOf(figures, view);
  const most = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.count)));
  const noun = VIEWS.find((v) => v.value === view)!.noun;
  const isOpen = (themeId: string, caseId?: string) => open?.themeId === themeId && open.caseId === caseId;

  return (
    <section className="panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Where the themes occur</h2>
      <p className="intro">
        {counted(figures.totals.passages, 'coded passage')}
        {figures.totals.needsReview > 0 && `, ${figures.totals.needsReview} awaiting your review`}. A broader theme is
        counted {INCLUDING_NARROWER}. Choose a number to read its passages.
      </p>
      <div className="matrix-tools">
        <label className="field">
          Show the themes by
          <select
            value={view}
            onChange={(event) => {
              setView(event.target.value as View);
              setOpen(undefined);
            }}
          >
            {VIEWS.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-wrap matrix-wrap">
        <table className="theme-matrix">
          <caption className="visually-hidden">Coded passages of each theme by {noun}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">All</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <span className={row.sub ? 'sub-theme' : undefined}>{row.name}</span>
                  {row.retired && <span className="sub">Retired</span>}
                </th>
                <td className="total">
                  {row.total === 0 ? (
                    0
                  ) : (
                    <button
                      type="button"
                      aria-pressed={isOpen(row.id)}
                      aria-label={`All ${counted(row.total, 'passage')} of ${row.name}`}
                      onClick={() => setOpen({ themeId: row.id, themeName: row.name })}
                    >
                      {row.total}
                    </button>
                  )}
                </td>
                {row.cells.map((cell, i) => {
                  const column = columns[i]!;
                  if (cell.count === 0) {
                    return (
                      <td key={column.key} className="none">
                        <span aria-label="none">·</span>
                      </td>
                    );
                  }
                  if (!isCase(view)) return <td key={column.key}>{cell.count}</td>;
                  return (
                    <td key={column.key}>
                      <button
                        type="button"
                        aria-pressed={isOpen(row.id, column.key)}
                        aria-label={`${counted(cell.count, 'passage')} of ${row.name} by ${column.label}`}
                        style={{ '--strength': `${Math.round((cell.count / most) * 80)}%` } as CSSProperties}
                        onClick={() =>
                          setOpen({
                            themeId: row.id,
                            themeName: row.name,
                            caseKind: view,
                            caseId: column.key,
                            caseLabel: column.label,
                          })
                        }
                      >
                        {cell.count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && <CellPassages key={JSON.stringify(open)} workGroupId={workGroupId} of={open} />}
    </section>
  );
}
