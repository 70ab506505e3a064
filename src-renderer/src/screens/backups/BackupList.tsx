import { useState } from 'react';
import { formatDateTimeGB } from '../../../../src-shared/calendar/dates';
import { BACKUP_REASON_LABELS, type BackupFile } from '../../../../src-shared/api/backups';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { filterBy } from '../../components/listFilters';
import { RecordTable } from '../../components/RecordTable';
import { useAction } from '../../useAction';
import type { Query } from '../../useQuery';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`
    : `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

const describe = (backup: BackupFile) => `the backup taken ${formatDateTimeGB(backup.takenAt)}`;

interface BackupListProps {
  backups: Query<'backup.list'>;
  /** How many are kept (the workspace's setting), once known. */
  kept: number | undefined;
}

/** The backups beside the workspace, newest first: take one now, or put one back. */
export function BackupList({ backups, kept }: BackupListProps) {
  const backingUp = useAction();
  const restoring = useAction();
  const busy = backingUp.busy !== '' || restoring.busy !== '';
  const [notice, setNotice] = useState('');
  const [chosen, setChosen] = useState<BackupFile | undefined>();

  const backUpNow = () =>
    backingUp.run('Backing up…', async () => {
      setNotice('');
      const made = await api.call('backup.create', {});
      setNotice(`Backed up. The new backup is at the top of the list (${formatDateTimeGB(made.takenAt)}).`);
    });

  const restore = (backup: BackupFile) =>
    restoring.run('Restoring…', async () => {
      const done = await api.call('backup.restore', { fileName: backup.fileName });
      setChosen(undefined);
      setNotice(
        `Restored ${describe(done.restored)}: the workspace now holds what it held then.${
          done.keptAs ? ` What it held just before is kept as ${describe(done.keptAs)}, should you want it back.` : ''
        }`,
      );
    });

  return (
    <section className="panel" aria-labelledby="backup-list-heading">
      <h2 id="backup-list-heading">Backups</h2>
      <p className="intro">
        A backup is a copy of the whole workspace. One is taken every day you open it, before an upgrade, an import or a
        restore, and whenever you choose.{kept ? ` The newest ${kept} are kept.` : ''}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={backUpNow} disabled={busy}>
          Back up now
        </button>
      </div>
      {(backups.error || backingUp.error) && (
        <p className="form-error" role="alert">
          {backups.error ?? backingUp.error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {backups.data && (
        <>
          <RecordTable
            label="Backups"
            rows={backups.data.backups.map((backup) => ({ ...backup, id: backup.fileName }))}
            rowLabel={describe}
            emptyText="There are no backups yet. Choose “Back up now” to take the first."
            noun="backup"
            filters={filterBy(
              backups.data.backups,
              { label: 'Why', allLabel: 'Every reason' },
              (backup) => backup.reason,
              (reason) => BACKUP_REASON_LABELS[reason as BackupFile['reason']],
            )}
            columns={[
              { header: 'Taken', cell: (backup) => formatDateTimeGB(backup.takenAt), nowrap: true },
              { header: 'Why', cell: (backup) => BACKUP_REASON_LABELS[backup.reason] },
              { header: 'Size', cell: (backup) => size(backup.bytes), nowrap: true },
            ]}
            actions={(backup) => (
              <button
                type="button"
                onClick={() => setChosen(backup)}
                disabled={busy}
                aria-label={`Restore ${describe(backup)}`}
              >
                Restore
              </button>
            )}
          />
          <p className="field-hint">Kept in the folder {backups.data.folder}</p>
        </>
      )}
      {chosen && (
        <ConfirmDialog
          title={`Restore ${describe(chosen)}?`}
          confirmLabel="Restore this backup"
          busy={busy}
          problem={restoring.error}
          onConfirm={() => restore(chosen)}
          onCancel={() => setChosen(undefined)}
        >
          <p>
            The workspace goes back to how it was on {formatDateTimeGB(chosen.takenAt)}. Anything recorded since then is
            replaced.
          </p>
          <p>
            A backup of the workspace as it is now is taken first, so you can come back to it. Your settings for how
            long things are kept stay as they are.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
