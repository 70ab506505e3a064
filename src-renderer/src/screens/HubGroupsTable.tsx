import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import {
  JUDGEMENT_RATING_LABELS,
  JUDGEMENT_SUBJECTS,
  type HubRollup,
  type HubRow,
  type IndicatorStatus,
  type JudgementSubject,
} from '../../../src-shared/api/evaluation';
import { DFE_STANDARD, DFE_STANDARD_SHORT, NCETM_AREA } from '../../../src-shared/domain/enums';
import { formatFigure } from '../../../src-shared/evaluation/format';
import { StatusBadge } from '../components/StatusBadge';
import { useVirtualRows } from '../components/virtualRows';
import { counted } from '../records';
import { paths } from '../router';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const column = createColumnHelper<typeof features, HubRow>();

/** Met sorts above partly met above not yet. */
const STATUS_RANK: Record<IndicatorStatus, number> = { met: 2, partly: 1, not_yet: 0, not_expected: -1 };

/** A computed status with the Lead's own rating under it, labelled as the Lead's. */
function StatusCell({
  status,
  row,
  subject,
}: {
  status: IndicatorStatus | undefined;
  row: HubRow;
  subject: JudgementSubject;
}) {
  const rating = row.judgements[subject];
  return (
    <>
      {status ? <StatusBadge status={status} /> : '–'}
      {rating && <span className={`lead-judgement rag-${rating}`}>Lead: {JUDGEMENT_RATING_LABELS[rating]}</span>}
    </>
  );
}

function columnsFor(below: number) {
  return column.columns([
    column.accessor((r) => r.workGroup.name, {
      id: 'workGroup',
      header: 'Work Group',
      sortFn: 'text',
      cell: ({ row }) => (
        <>
          <a href={paths.workGroup(row.original.workGroup.id, 'evaluation')}>{row.original.workGroup.name}</a>
          <span className="sub">
            {row.original.workGroup.code} · {row.original.workGroup.academicYear}
            {archived(row.original) && ' · Archived'}
          </span>
        </>
      ),
    }),
    // The same words as the hub summary, slides and workbook: the row's rules, from kindRules.ts.
    column.accessor('rules', { header: 'Judged by', sortFn: 'text', meta: { className: 'rules' } }),
    ...DFE_STANDARD.values.map((s) =>
      column.accessor((r) => STATUS_RANK[r.standards[s] ?? 'not_yet'], {
        id: `standard-${s}`,
        header: DFE_STANDARD_SHORT[s],
        meta: { title: DFE_STANDARD.labels[s] },
        sortFn: 'basic',
        sortDescFirst: true,
        cell: ({ row }) => (
          <StatusCell status={row.original.standards[s]} row={row.original} subject={`standard:${s}`} />
        ),
      }),
    ),
    ...NCETM_AREA.values.map((a) =>
      column.accessor((r) => STATUS_RANK[r.areas[a] ?? 'not_yet'], {
        id: `area-${a}`,
        header: NCETM_AREA.labels[a],
        sortFn: 'basic',
        sortDescFirst: true,
        cell: ({ row }) => <StatusCell status={row.original.areas[a]} row={row.original} subject={`area:${a}`} />,
      }),
    ),
    column.accessor((r) => Object.keys(r.judgements).length, {
      id: 'judgements',
      header: 'Lead’s judgements',
      sortFn: 'basic',
      sortDescFirst: true,
      cell: (info) => `${info.getValue()} of ${JUDGEMENT_SUBJECTS.length}`,
    }),
    column.accessor((r) => r.attendanceRate ?? -1, {
      id: 'attendance',
      header: 'Attendance',
      sortFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) => formatFigure(row.original.attendanceRate, 'share'),
    }),
    column.accessor('meetings', { header: 'Meetings', sortFn: 'basic', sortDescFirst: true }),
    column.accessor('participants', { header: 'Participants', sortFn: 'basic', sortDescFirst: true }),
    column.accessor((r) => r.focusChildren.value ?? 0, {
      id: 'focusChildren',
      header: 'Focus children',
      sortFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.focusChildren.suppressed ? (
          <span className="suppressed">fewer than {below}</span>
        ) : (
          row.original.focusChildren.value
        ),
    }),
    column.accessor('highGaps', { header: 'High-priority gaps', sortFn: 'basic', sortDescFirst: true }),
  ]);
}

const SORTED = { asc: 'ascending', desc: 'descending' } as const;

/** What a column says of itself besides its heading: the heading's full words, and a class for its width. */
const metaOf = (c: { columnDef: { meta?: unknown } }) =>
  (c.columnDef.meta ?? {}) as { title?: string; className?: string };

const archived = (row: HubRow) => row.workGroup.status === 'archived';

/** Narrows the table to the groups judged by one kind's rules, when the groups are of more than one kind. */
function JudgedByFilter({
  rollup,
  chosen,
  shown,
  choose,
}: {
  rollup: HubRollup;
  chosen: string;
  shown: number;
  choose: (rules: string) => void;
}) {
  if (rollup.kinds.length < 2) return null;
  return (
    <>
      <div className="list-tools" role="search" aria-label="Filter the Work Groups side by side">
        <label>
          Judged by
          <select value={chosen} onChange={(e) => choose(e.target.value)}>
            <option value="">All rules</option>
            {rollup.kinds.map((k) => (
              <option key={k.kind} value={k.rules}>
                {k.rules} ({k.workGroups})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="list-total" role="status">
        {counted(rollup.rows.length, 'Work Group')}
        {chosen && `, ${shown.toLocaleString('en-GB')} shown`}
        {chosen && (
          <button type="button" className="link-button" onClick={() => choose('')}>
            Show them all
          </button>
        )}
      </p>
    </>
  );
}

/**
 * Every Work Group in one table, sortable by any column: the standards and areas by name, with the
 * Leads' judgements. Only the rows in view are drawn, so a national workspace's scroll smoothly.
 */
export function HubGroupsTable({ rollup }: { rollup: HubRollup }) {
  const columns = useMemo(() => columnsFor(rollup.suppressBelow), [rollup.suppressBelow]);
  const [rules, setRules] = useState('');
  const data = useMemo(() => (rules ? rollup.rows.filter((r) => r.rules === rules) : rollup.rows), [rollup, rules]);
  const table = useTable({ features, columns, data });
  const rows = table.getRowModel().rows;
  const { scrollBox, head, items, rowProps, before, after } = useVirtualRows({
    count: rows.length,
    keyOf: (index) => rows[index]!.original.workGroup.id,
    colSpan: columns.length,
  });
  return (
    <div className="record-table">
      <JudgedByFilter rollup={rollup} chosen={rules} shown={data.length} choose={setRules} />
      <div className="table-wrap" ref={scrollBox}>
        <table className="list side-by-side" aria-label="Work Groups side by side" aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">
            Select a column’s heading to sort the Work Groups by it; select it again to reverse the order.
          </caption>
          <thead ref={head}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const { title, className } = metaOf(header.column);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? SORTED[sorted] : 'none'}
                      title={title}
                      className={className}
                    >
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {before}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr
                  key={row.original.workGroup.id}
                  className={archived(row.original) ? 'archived' : undefined}
                  {...rowProps(item.index)}
                >
                  {row.getAllCells().map((cell, i) =>
                    i === 0 ? (
                      <th key={cell.id} scope="row">
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={metaOf(cell.column).className}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {after}
          </tbody>
        </table>
      </div>
    </div>
  );
}
