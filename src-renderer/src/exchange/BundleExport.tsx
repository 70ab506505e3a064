import { useState } from 'react';
import { api } from '../api';
import { Field } from '../components/Field';
import { useCheckedExport } from '../exports/useCheckedExport';
import { paths } from '../router';
import type { TabProps } from '../screens/workGroup/tabProps';

/** Makes a bundle and saves it, after the personal-data check (useCheckedExport). */
export function useBundleExport(request: { workGroupId: string; participantId?: string }) {
  return useCheckedExport({
    what: 'this bundle',
    making: 'Making the bundle…',
    check: () => api.call('bundle.check', request),
    produce: (options) =>
      api.call('bundle.export', { ...request, ...(options.allowFlagged ? { allowFlagged: true } : {}) }),
    replaceable: false,
  });
}

/**
 * A bundle of a Work Group erased here: imported on another computer, it erases that computer's
 * copy too (an erased record always wins a merge).
 */
export function ErasureBundle({ workGroupId, label }: { workGroupId: string; label: string }) {
  const { start, busy, statusLine, dialog } = useBundleExport({ workGroupId });
  return (
    <li>
      {label}{' '}
      <button type="button" onClick={start} disabled={busy} aria-label={`Export a bundle of the erasure: ${label}`}>
        Export a bundle of the erasure
      </button>
      {statusLine}
      {dialog}
    </li>
  );
}

/**
 * "Export a bundle": this Work Group's records (or one participant's) in one file to carry on a USB
 * stick, checked for personal details before it leaves, like every other export.
 */
export function BundleExport({ data }: Pick<TabProps, 'data'>) {
  const [participantId, setParticipantId] = useState('');
  const { start, busy, statusLine, dialog } = useBundleExport({
    workGroupId: data.workGroup.id,
    ...(participantId ? { participantId } : {}),
  });

  return (
    <section className="panel form" aria-labelledby="bundle-export-heading">
      <h2 id="bundle-export-heading">Carry to another computer</h2>
      <p className="intro">
        A bundle (.wgbundle) holds this Work Group’s records in one file, to carry on a USB stick. On the other
        computer, import it on the <a href={paths.backups()}>Backups</a> screen: it is merged record by record, and
        anything changed on both computers is listed there for you to review.
      </p>
      {data.participant.length > 0 && (
        <Field label="What goes in the bundle">
          {(p) => (
            <select {...p} value={participantId} onChange={(event) => setParticipantId(event.target.value)}>
              <option value="">The whole Work Group</option>
              {data.participant.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  Only {participant.name}’s records and focus children
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="button" onClick={start} disabled={busy}>
          Export a bundle
        </button>
      </div>
      {statusLine}
      {dialog}
    </section>
  );
}
