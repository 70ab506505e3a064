import { useState } from 'react';
import { formatDateTimeGB } from '../../../src-shared/calendar/dates';
import { ApiFailure } from '../../../src-shared/api/client';
import type { RecordKind, TrashItem } from '../../../src-shared/api/contract';
import { api } from '../api';
import { RecordTable } from '../components/RecordTable';
import { callRecord, KIND_LABELS } from '../records';
import { useQuery } from '../useQuery';

export function TrashScreen() {
  const { data: items, error, reload } = useQuery('trash.list', {});
  const { data: groups } = useQuery('workGroup.list', { includeArchived: true });
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  const groupCode = (id: string | undefined) => (id ? (groups?.find((g) => g.id === id)?.code ?? '–') : '–');

  const restore = async (item: TrashItem) => {
    try {
      if (item.kind === 'workGroup') await api.call('workGroup.restore', { id: item.id });
      else await callRecord(item.kind as RecordKind, 'restore', { id: item.id });
      setNotice({ text: `Restored ${item.label}.` });
      reload();
    } catch (failure) {
      if (!(failure instanceof ApiFailure)) throw failure;
      setNotice({ text: failure.message, error: true });
    }
  };

  return (
    <section className="screen" aria-labelledby="trash-heading">
      <h1 id="trash-heading" tabIndex={-1}>
        Trash
      </h1>
      <p className="intro">
        Deleted records wait here until you restore them. Restoring a record brings back what was deleted with it.
      </p>
      {(error || notice) && (
        <p
          className={error || notice?.error ? 'form-error' : 'notice'}
          role={error || notice?.error ? 'alert' : 'status'}
        >
          {error ?? notice?.text}
        </p>
      )}
      <div className="panel">
        {items && (
          <RecordTable
            label="Trash"
            rows={items}
            rowLabel={(item) => item.label}
            emptyText="The Trash is empty."
            columns={[
              { header: 'What', cell: (item) => KIND_LABELS[item.kind as RecordKind] ?? item.kind, nowrap: true },
              { header: 'Item', cell: (item) => item.label },
              { header: 'Work Group', cell: (item) => groupCode(item.workGroupId), nowrap: true },
              { header: 'Deleted', cell: (item) => formatDateTimeGB(item.deletedAt), nowrap: true },
              {
                header: 'Went with it',
                cell: (item) =>
                  item.alsoDeleted === 0
                    ? '–'
                    : `${item.alsoDeleted} linked ${item.alsoDeleted === 1 ? 'record' : 'records'}`,
              },
            ]}
            actions={(item) => (
              <button type="button" onClick={() => restore(item)} aria-label={`Restore ${item.label}`}>
                Restore
              </button>
            )}
          />
        )}
      </div>
    </section>
  );
}
