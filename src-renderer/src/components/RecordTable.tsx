import { isValidElement, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { counted } from '../records';
import { useVirtualRows } from './virtualRows';
import { folded } from './listFilters';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column narrow and keeps its content on one line. */
  nowrap?: boolean;
}

/** A choice that narrows a list: by participant, focus child, term, tag… */
export interface ListFilter<T> {
  /** "Participant" */
  label: string;
  /** "All participants" */
  allLabel: string;
  options: { value: string; label: string }[];
  matches: (row: T, value: string) => boolean;
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
  /** Scrolls the highlighted row into view when it changes; false where the record is shown elsewhere on the screen. */
  scrollToHighlight?: boolean | undefined;
  /** "journal entry": with it, the list has a search box, its filters and a total ("162 journal entries, 12 shown"). */
  noun?: string | undefined;
  filters?: ListFilter<T>[] | undefined;
  /** Words a row is found by besides those its cells show (the whole of a long text, say). */
  searchText?: ((row: T) => string) | undefined;
  /** The rows come oldest first; show them the other way round until a column is chosen. */
  newestFirst?: boolean | undefined;
  /** Rows shown greyed, such as archived Work Groups (the row should say why in words too). */
  archived?: ((row: T) => boolean) | undefined;
}

/** The words a cell shows, for sorting and searching by what the reader sees. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
/** Dates are shown dd/mm/yyyy; sorted, they must go by year, then month, then day. */
const sortable = (text: string) => text.replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, '$3$2$1');
const blank = (text: string) => text === '' || text === '–';

type Sort = { column: number; descending: boolean };

/**
 * The one list every kind of record uses: sorted by a click on a column's heading, narrowed by a
 * search box and filters, and drawn a screenful at a time however long it is, so that it scrolls
 * smoothly under a heading row that stays in view.
 */
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
  scrollToHighlight = true,
  noun,
  filters = [],
  searchText,
  newestFirst = false,
  archived,
}: RecordTableProps<T>) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<Sort | undefined>();
  const id = useId();

  const words = folded(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const active = filters.filter((f) => chosen[f.label]);
  const matching = rows.filter((row) => {
    if (!active.every((f) => f.matches(row, chosen[f.label]!))) return false;
    if (words.length === 0) return true;
    const text = folded([...columns.map((c) => textOf(c.cell(row))), searchText?.(row) ?? ''].join(' '));
    return words.every((word) => text.includes(word));
  });
  const shown = sort
    ? sortedBy(matching, columns[sort.column]!, sort.descending)
    : newestFirst
      ? matching.reverse()
      : matching;
  const narrowed = words.length > 0 || active.length > 0;
  // A new order or a narrower list is read from its top, once drawn (the virtualizer would otherwise
  // keep its place in the rows it drew before).
  const toTop = useRef(false);
  const fromTop = () => {
    toTop.current = true;
  };
  const clear = () => {
    setQuery('');
    setChosen({});
    fromTop();
  };

  // A row to show (a search result, a record being edited) that the search or filters hide brings the whole list back.
  const [shownFor, setShownFor] = useState(highlightId);
  if (shownFor !== highlightId) {
    setShownFor(highlightId);
    // Not from the top: the list scrolls to that row instead.
    if (highlightId && narrowed && !shown.some((r) => r.id === highlightId)) {
      setQuery('');
      setChosen({});
    }
  }

  const hasActions = Boolean(onEdit || onDelete || actions);
  const { scrollBox, head, virtualizer, items, rowProps, before, after } = useVirtualRows({
    count: shown.length,
    keyOf: (index) => shown[index]!.id,
    colSpan: columns.length + (hasActions ? 1 : 0),
  });

  // Brings the row to show into view, once drawn: first the list scrolls to have it in its middle, then
  // the page only as far as it must, so that the record's form beside the list keeps its heading in view.
  const toScroll = useRef(scrollToHighlight ? highlightId : undefined);
  useEffect(() => {
    if (scrollToHighlight) toScroll.current = highlightId;
  }, [highlightId, scrollToHighlight]);

  useEffect(() => {
    if (toTop.current) {
      toTop.current = false;
      virtualizer.scrollToOffset(0);
    }
    const target = toScroll.current;
    if (!target) return;
    const row = document.getElementById(`row-${target}`);
    if (row) {
      toScroll.current = undefined;
      // After the frame, so that it comes after a new screen's heading takes the focus (and the view) first.
      requestAnimationFrame(() => {
        const box = scrollBox.current;
        if (box) {
          const [list, shown] = [box.getBoundingClientRect(), row.getBoundingClientRect()];
          box.scrollTop += shown.top - list.top - (list.height - shown.height) / 2;
        }
        row.scrollIntoView({ block: 'nearest' });
      });
      return;
    }
    const index = shown.findIndex((r) => r.id === target);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  });

  if (rows.length === 0) return <p className="empty">{emptyText}</p>;

  const sortBy = (column: number) => {
    fromTop();
    setSort(
      sort?.column !== column
        ? { column, descending: false }
        : !sort.descending
          ? { column, descending: true }
          : undefined,
    );
  };

  return (
    <div className="record-table">
      {noun && (
        <div className="list-tools" role="search" aria-label={`Find in ${label}`}>
          <label className="list-find">
            Find<span className="visually-hidden"> in {label}</span>
            <input
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                fromTop();
              }}
            />
          </label>
          {filters.map((f) => (
            <label key={f.label}>
              {f.label}
              <select
                value={chosen[f.label] ?? ''}
                onChange={(e) => {
                  setChosen({ ...chosen, [f.label]: e.target.value });
                  fromTop();
                }}
              >
                <option value="">{f.allLabel}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {noun && (
        <p className="list-total" role="status" id={`${id}-total`}>
          {counted(rows.length, noun)}
          {narrowed ? `, ${shown.length.toLocaleString('en-GB')} shown` : newestFirst && !sort ? ', newest first' : ''}
          {narrowed && (
            <button type="button" className="link-button" onClick={clear}>
              Show them all
            </button>
          )}
        </p>
      )}
      <div className="table-wrap" ref={scrollBox}>
        <table
          className="list"
          aria-label={label}
          aria-rowcount={shown.length + 1}
          aria-describedby={noun ? `${id}-total` : undefined}
        >
          <thead ref={head}>
            <tr aria-rowindex={1}>
              {columns.map((c, i) => (
                <th
                  key={c.header}
                  scope="col"
                  aria-sort={sort?.column === i ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(i)}>
                    {c.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.column === i ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
              {hasActions && (
                <th scope="col" className="actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {before}
            {items.map((item) => {
              const row = shown[item.index]!;
              return (
                <tr
                  key={row.id}
                  id={`row-${row.id}`}
                  {...rowProps(item.index)}
                  className={row.id === highlightId ? 'highlight' : archived?.(row) ? 'archived' : undefined}
                >
                  {columns.map((c) => (
                    <td key={c.header} className={c.nowrap ? 'nowrap' : undefined}>
                      <span className="cell-text">{c.cell(row)}</span>
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
              );
            })}
            {after}
          </tbody>
        </table>
        {shown.length === 0 && <p className="empty">Nothing here matches. Change the search or the filters.</p>}
      </div>
    </div>
  );
}

/** The rows in the order of what one column shows, blanks last whichever way round. */
function sortedBy<T>(rows: T[], column: Column<T>, descending: boolean): T[] {
  const keyed = rows.map((row) => ({ row, key: sortable(textOf(column.cell(row)).trim()) }));
  keyed.sort((a, b) => {
    if (blank(a.key) !== blank(b.key)) return blank(a.key) ? 1 : -1;
    const order = collator.compare(a.key, b.key);
    return descending ? -order : order;
  });
  return keyed.map((k) => k.row);
}
