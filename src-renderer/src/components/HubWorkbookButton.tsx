import { useState } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import { api } from '../api';
import { base64ToBlob, downloadBlob } from '../download';
import { useJobProgress } from '../useJobProgress';

/** "Hub workbook (Excel)": every Work Group in one workbook, with a long evidence table for pivots. */
export function HubWorkbookButton() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const { job, cancel } = useJobProgress('export.workbook', busy);
  const download = async () => {
    setBusy(true);
    setStatus('');
    setError('');
    try {
      const file = await api.call('export.workbook', { kind: 'hub' });
      downloadBlob(base64ToBlob(file.dataBase64, file.mimeType), file.fileName);
      setStatus(`Downloaded ${file.fileName}.`);
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.error.code === 'cancelled') {
        setStatus('Cancelled: no workbook was made. Choose "Hub workbook (Excel)" to start again.');
      } else setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="button-row">
      <button type="button" onClick={download} disabled={busy} aria-describedby="hub-workbook-hint">
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
      <span className="status" role="status">
        {status}
      </span>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
