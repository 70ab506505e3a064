import { api } from '../api';
import { useCheckedExport } from '../exports/useCheckedExport';
import { useJobProgress } from '../useJobProgress';

/** "Hub workbook (Excel)": every Work Group in one workbook, with a long evidence table for pivots. */
export function HubWorkbookButton() {
  const { start, busy, statusLine, dialog } = useCheckedExport({
    what: 'the hub workbook',
    making: 'Preparing the hub workbook…',
    check: () => api.call('export.workbookCheck', { kind: 'hub' }),
    produce: (options) =>
      api.call('export.workbook', { kind: 'hub', ...(options.allowFlagged ? { allowFlagged: true } : {}) }),
    replaceable: false,
  });
  const { job, cancel } = useJobProgress('export.workbook', busy);
  return (
    <div className="button-row">
      <button type="button" onClick={start} disabled={busy} aria-describedby="hub-workbook-hint">
        {busy ? 'Preparing the hub workbook…' : 'Hub workbook (Excel)'}
      </button>
      {busy && (
        <button type="button" className="danger" onClick={cancel} disabled={!job}>
          Cancel
        </button>
      )}
      <span id="hub-workbook-hint" className="field-hint">
        Every Work Group in one workbook, with the evidence in a table ready for pivots.
      </span>
      {job?.stage && (
        <div className="batch-progress">
          <label htmlFor="hub-workbook-progress">
            {job.stage}: {job.done} of {job.total} Work Groups
          </label>
          <progress id="hub-workbook-progress" max={job.total} value={job.done} />
        </div>
      )}
      {statusLine}
      {dialog}
    </div>
  );
}
