import { useEffect, useState, type ReactNode } from 'react';
import { usePages } from './Pager';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column narrow and keeps its content on one line. */
  nowrap?: boolean;
}

interface RecordTableProps<T extends { id: string }> {
  label: string;
  rows: T[];
  columns: Column<T>[];
  /** What a screen reader hears for the row's buttons: "Edit participant Ms Patel". */
  rowLabel: (row: T) => string;
  onEdit?: ((row: T) => void) | undefined;
  onDelete?: ((row: T) => void) | undefined;
  actions?: ((row: T) => ReactNode) | undefined;
  emptyText: string;
  highlightId?: string | undefined;
  pageSize?: number;
}

/** The one list every kind of record uses, a page at a time. */
export function RecordTable<T extends { id: string }>({
  label,
  rows,
  columns,
  rowLabel,
  onEdit,
  onDelete,
  actions,
  emptyText,
  highlightId,
  pageSize = 25,
}: RecordTableProps<T>) {
  const highlighted = highlightId ? rows.findIndex((r) => r.id === highlightId) : -1;
  const { current, setPage, shown, pager } = usePages(
    rows,
    pageSize,
    highlighted >= 0 ? Math.floor(highlighted / pageSize) : 0,
  );

  // When the row to show changes (a search result, a record being edited), turn to its page.
  const [pageFor, setPageFor] = useState(highlightId);
  if (pageFor !== highlightId) {
    setPageFor(highlightId);
    if (highlighted >= 0) setPage(Math.floor(highlighted / pageSize));
  }

  useEffect(() => {
    if (highlightId) document.getElementById(`row-${highlightId}`)?.scrollIntoView({ block: 'center' });
  }, [highlightId, current]);

  if (rows.length === 0) return <p className="empty">{emptyText}</p>;

  const hasActions = Boolean(onEdit || onDelete || actions);
  return (
    <div className="table-wrap">
      <table className="list" aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            {hasActions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} id={`row-${row.id}`} className={row.id === highlightId ? 'highlight' : undefined}>
              {columns.map((c) => (
                <td key={c.header} className={c.nowrap ? 'nowrap' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
              {hasActions && (
                <td className="actions">
                  {actions?.(row)}
                  {onEdit && (
                    <button type="button" onClick={() => onEdit(row)} aria-label={`Edit ${rowLabel(row)}`}>
                      Edit
                    </button>
                  )}
                  {onDelete && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => onDelete(row)}
                      aria-label={`Delete ${rowLabel(row)}`}
                    >
                      Delete
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {pager(label)}
    </div>
  );
}
