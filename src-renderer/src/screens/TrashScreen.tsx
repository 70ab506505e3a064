import { useState } from 'react';
import { formatDateTimeGB } from '../../../src-shared/calendar/dates';
import { ApiFailure } from '../../../src-shared/api/client';
import type { RecordKind, TrashItem } from '../../../src-shared/api/contract';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErasureBundle } from '../exchange/BundleExport';
import { filterBy } from '../components/listFilters';
import { RecordTable } from '../components/RecordTable';
import { callRecord, KIND_LABELS } from '../records';
import { useAction } from '../useAction';
import { useQuery } from '../useQuery';
import { ScreenHeading } from '../components/ScreenHeading';

export function TrashScreen() {
  const { data: items, error } = useQuery('trash.list', {});
  const { data: groups } = useQuery('workGroup.list', { includeArchived: true });
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();
  /** What the Lead chose to erase for good, waiting for their confirmation. */
  const [toErase, setToErase] = useState<{ items: TrashItem[]; everything: boolean } | undefined>();
  /** Work Groups erased here, whose erasure may still need carrying to other computers. */
  const [erasedGroups, setErasedGroups] = useState<TrashItem[]>([]);
  const erasing = useAction();
  const groupCode = (id: string | undefined) => (id ? (groups?.find((g) => g.id === id)?.code ?? '–') : '–');
  const kindLabel = (kind: string) => KIND_LABELS[kind as RecordKind] ?? kind;

  const restore = async (item: TrashItem) => {
    try {
      if (item.kind === 'workGroup') await api.call('workGroup.restore', { id: item.id });
      else await callRecord(item.kind as RecordKind, 'restore', { id: item.id });
      setNotice({ text: `Restored ${item.label}.` });
    } catch (failure) {
      if (!(failure instanceof ApiFailure)) throw failure;
      setNotice({ text: failure.message, error: true });
    }
  };

  const erase = ({ items: chosen, everything }: { items: TrashItem[]; everything: boolean }) =>
    erasing.run('Erasing…', async () => {
      // Everything is one request, however many items the Trash holds.
      const { erased } = await api.call(
        'trash.erase',
        everything ? { everything } : { ids: chosen.map((item) => item.id) },
      );
      setToErase(undefined);
      setErasedGroups((groups) => [...groups, ...chosen.filter((item) => item.kind === 'workGroup')]);
      setNotice({ text: `Erased ${erased} ${erased === 1 ? 'record' : 'records'} for good.` });
    });
  const what = ({ items: chosen, everything }: { items: TrashItem[]; everything: boolean }) =>
    everything
      ? `everything in the Trash (${chosen.length} ${chosen.length === 1 ? 'item' : 'items'})`
      : chosen[0]!.label;

  return (
    <section className="screen" aria-labelledby="trash-heading">
      <ScreenHeading id="trash-heading">Trash</ScreenHeading>
      <p className="intro">
        Deleted records wait here until you restore them. Restoring a record brings back what was deleted with it.
        Erasing a record for good takes its words out of the workspace, for children’s data you must no longer keep.
      </p>
      {(error || notice) && (
        <p
          className={error || notice?.error ? 'form-error' : 'notice'}
          role={error || notice?.error ? 'alert' : 'status'}
        >
          {error ?? notice?.text}
        </p>
      )}
      {erasedGroups.length > 0 && (
        <section className="panel" aria-labelledby="erasure-bundles-heading">
          <h2 id="erasure-bundles-heading">Erase them on other computers too</h2>
          <p className="intro">
            Another computer that has these Work Groups keeps them until it imports a bundle of the erasure (on its
            Backups screen).
          </p>
          <ul>
            {erasedGroups.map((group) => (
              <ErasureBundle key={group.id} workGroupId={group.id} label={group.label} />
            ))}
          </ul>
        </section>
      )}
      <div className="panel">
        {items && items.length > 0 && (
          <div className="button-row">
            <button type="button" className="danger" onClick={() => setToErase({ items, everything: true })}>
              Erase everything in the Trash
            </button>
          </div>
        )}
        {items && (
          <RecordTable
            label="Trash"
            rows={items}
            rowLabel={(item) => item.label}
            emptyText="The Trash is empty."
            noun="item"
            filters={[
              ...filterBy(items, { label: 'What', allLabel: 'Every kind' }, (item) => item.kind, kindLabel),
              ...filterBy(
                items,
                { label: 'Work Group', allLabel: 'All Work Groups' },
                (item) => item.workGroupId ?? '',
                groupCode,
              ),
            ]}
            columns={[
              { header: 'What', cell: (item) => kindLabel(item.kind), nowrap: true },
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
              <>
                <button type="button" onClick={() => restore(item)} aria-label={`Restore ${item.label}`}>
                  Restore
                </button>
                <button
                  type="button"
                  onClick={() => setToErase({ items: [item], everything: false })}
                  aria-label={`Erase for good: ${item.label}`}
                >
                  Erase for good
                </button>
              </>
            )}
          />
        )}
      </div>
      {toErase && (
        <ConfirmDialog
          title={`Erase ${what(toErase)} for good?`}
          confirmLabel="Erase for good"
          danger
          busy={erasing.busy !== ''}
          problem={erasing.error}
          onConfirm={() => erase(toErase)}
          onCancel={() => setToErase(undefined)}
        >
          <p>
            What was written, and any names and pictures, are taken out of the workspace and cannot be restored. What
            was deleted with it is erased too.
          </p>
          <p>
            The record is kept as “erased”, so that when you next exchange bundles the other computer erases its copy as
            well. Backups taken before now still hold it until they are cleared away (see Backups).
          </p>
          {erasing.busy && <p role="status">{erasing.busy} This can take a minute in a large workspace.</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
