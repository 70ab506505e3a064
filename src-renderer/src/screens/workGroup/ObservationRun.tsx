import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ApiFailure } from '../../../../src-shared/api/client';
import { OBSERVATION_KIND } from '../../../../src-shared/domain/enums';
import { api, failureMessage } from '../../api';
import { BusyButton } from '../../components/BusyButton';
import { checkRecord } from '../../forms/checkRecord';
import { DraftBar } from '../../forms/DraftBar';
import { useDraft } from '../../forms/useDraft';
import { parseDateGB, type Values } from '../../forms/fieldSpec';
import { PUPIL_OUTCOME_TAGS, type TabProps } from './tabProps';

interface Row {
  key: number;
  focusChildId: string;
  date: string;
  kind: string;
  text: string;
  measureValue: string;
  measureScale: string;
}

const COLUMNS = ['focusChildId', 'date', 'kind', 'text', 'measureValue', 'measureScale'] as const;
type Column = (typeof COLUMNS)[number];
const HEADERS: Record<Column, string> = {
  focusChildId: 'Focus child',
  date: 'Date',
  kind: 'Kind',
  text: 'What was observed',
  measureValue: 'Value',
  measureScale: 'Scale',
};

let nextKey = 1;
/** A new row, carrying the child, date and kind of the row above, as a spreadsheet's fill-down would. */
const newRow = (above?: Row): Row => ({
  key: nextKey++,
  focusChildId: above?.focusChildId ?? '',
  date: above?.date ?? '',
  kind: above?.kind ?? 'note',
  text: '',
  measureValue: '',
  measureScale: above?.kind === 'measure' ? above.measureScale : '',
});

/** The rows as a draft keeps them: without the keys that tell React which row is which. */
type DraftRows = { rows: Omit<Row, 'key'>[] };
const draftOf = (rows: Row[]): DraftRows => ({ rows: rows.map(({ key: _key, ...row }) => row) });
const rowsOf = (draft: DraftRows): Row[] => draft.rows.map((row) => ({ ...row, key: nextKey++ }));

const isBlank = (row: Row) => !row.text.trim() && !row.measureValue.trim();

/**
 * What the service takes for a row: the date as ISO when it reads as one, measures only for a measure,
 * tagged as the observation form tags a new observation.
 */
function inputOf(row: Row): Values {
  const measure = row.kind === 'measure';
  return {
    ...PUPIL_OUTCOME_TAGS,
    focusChildId: row.focusChildId,
    date: parseDateGB(row.date) ?? row.date,
    kind: row.kind,
    text: row.text,
    ...(measure && row.measureValue.trim() ? { measureValue: Number(row.measureValue) } : {}),
    ...(measure ? { measureScale: row.measureScale } : {}),
  };
}

/**
 * Several observations typed row by row, as in a spreadsheet: Enter goes to the row below (a new
 * one at the end), the arrow keys move up and down a column. Each row is checked with the
 * observation's own schema, and the run is saved as one action.
 */
export function ObservationRun({ data }: TabProps) {
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  // What is typed in the grid is kept as a draft, as in any form, until it is saved or discarded.
  const [initial, setInitial] = useState<DraftRows>(() => draftOf(rows));
  const asDraft = useMemo(() => draftOf(rows), [rows]);
  const restore = useCallback((draft: DraftRows) => setRows(rowsOf(draft)), []);
  const drafted = useDraft({ key: `observation:run:${data.workGroup.id}` }, initial, asDraft, restore);
  const discard = async () => {
    await drafted.discard();
    setRows(rowsOf(initial));
    setErrors({});
    setProblem(undefined);
    setStatus('Draft discarded.');
  };
  const [errors, setErrors] = useState<Record<number, Partial<Record<Column, string>>>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const grid = useRef<HTMLTableElement>(null);

  const focusCell = (row: number, column: Column) =>
    requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus());
  const addRow = () => setRows((current) => [...current, newRow(current[current.length - 1])]);
  const set = (index: number, column: Column, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [column]: value } : row)));

  const move = (event: KeyboardEvent<HTMLElement>, index: number, column: Column) => {
    const isSelect = event.currentTarget.tagName === 'SELECT';
    if (event.key === 'Enter') {
      event.preventDefault();
      if (index === rows.length - 1) addRow();
      focusCell(index + 1, 'text');
    } else if (!isSelect && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const to = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (to >= 0 && to < rows.length) focusCell(to, column);
    }
  };

  const save = async () => {
    setStatus('');
    setProblem(undefined);
    const typed = rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
    if (typed.length === 0) {
      setProblem('Type at least one observation: what was observed, in the first empty row.');
      return;
    }
    const found: typeof errors = {};
    for (const { row, index } of typed) {
      const failure = checkRecord('observation', inputOf(row));
      if (failure) found[index] = Object.fromEntries(COLUMNS.map((c) => [c, failure.fieldMessage(c)]));
    }
    setErrors(found);
    const first = Object.keys(found).map(Number)[0];
    if (first !== undefined) {
      setProblem('Some rows need attention. Each problem is shown in its row.');
      focusCell(first, COLUMNS.find((c) => found[first]![c]) ?? 'text');
      return;
    }
    setSaving(true);
    try {
      const saved = await drafted.save(() =>
        api.call('observations.record', { observations: typed.map(({ row }) => inputOf(row)) as never }),
      );
      const next = [newRow(rows[rows.length - 1])];
      setRows(next);
      setInitial(draftOf(next));
      setStatus(`Saved ${saved.length} ${saved.length === 1 ? 'observation' : 'observations'}.`);
      focusCell(0, 'text');
    } catch (error) {
      setProblem(failureMessage(error));
      if (error instanceof ApiFailure) {
        // "observations.2.date": the third typed row's date.
        const fromService: typeof errors = {};
        for (const { field, message } of error.error.fields) {
          const [, at, column] = field.split('.');
          const index = typed[Number(at)]?.index;
          if (index !== undefined && column) fromService[index] = { ...fromService[index], [column]: message };
        }
        setErrors(fromService);
      }
    } finally {
      setSaving(false);
    }
  };

  const cell = (row: Row, index: number, column: Column) => {
    const error = errors[index]?.[column];
    const common = {
      'data-cell': `${index}:${column}`,
      'aria-label': `${HEADERS[column]}, row ${index + 1}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `run-error-${row.key}-${column}` : undefined,
      value: row[column],
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => move(event, index, column),
    };
    const control =
      column === 'focusChildId' ? (
        <select {...common} onChange={(e) => set(index, column, e.target.value)}>
          <option value="">Choose…</option>
          {data.focusChild.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code}
            </option>
          ))}
        </select>
      ) : column === 'kind' ? (
        <select {...common} onChange={(e) => set(index, column, e.target.value)}>
          {Object.entries(OBSERVATION_KIND.labels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          disabled={(column === 'measureValue' || column === 'measureScale') && row.kind !== 'measure'}
          placeholder={column === 'date' ? 'dd/mm/yyyy' : undefined}
          inputMode={column === 'measureValue' ? 'decimal' : undefined}
          onChange={(e) => set(index, column, e.target.value)}
        />
      );
    return (
      <td key={column} className={`run-${column}`}>
        {control}
        {error && (
          <span className="field-error" id={`run-error-${row.key}-${column}`}>
            {error}
          </span>
        )}
      </td>
    );
  };

  return (
    <section className="panel observation-run" aria-labelledby="observation-run-heading">
      <h2 id="observation-run-heading">Record a run of observations</h2>
      <p className="intro">
        For several observations at once, for example after a lesson: one row each. Enter goes to the next row, the
        arrow keys move up and down. Value and Scale are for measures.
      </p>
      {drafted.changed && <DraftBar saving={saving} onSave={() => void save()} onDiscard={() => void discard()} />}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="table-wrap" onBlur={drafted.flush}>
        <table className="list grid" aria-label="Observations to record" ref={grid}>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {HEADERS[column]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                {COLUMNS.map((column) => cell(row, index, column))}
                <td className="actions">
                  <button
                    type="button"
                    aria-label={`Remove row ${index + 1}`}
                    disabled={rows.length === 1}
                    onClick={() => {
                      setRows((current) => current.filter((r) => r.key !== row.key));
                      setErrors({});
                    }}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            addRow();
            focusCell(rows.length, 'text');
          }}
        >
          Add a row
        </button>
        <BusyButton type="button" className="primary" busy={saving} onClick={save}>
          {saving ? 'Saving…' : 'Save these observations'}
        </BusyButton>
      </div>
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}
