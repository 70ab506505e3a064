import { useState } from 'react';
import { useQuery } from '../useQuery';
import { BackupList } from './backups/BackupList';
import { BundleImport } from './backups/BundleImport';
import { ConflictList } from './backups/ConflictList';
import { KeepingSettings } from './backups/KeepingSettings';
import { KeptPassphrase } from '../exchange/KeptPassphrase';
import { RetentionList } from './backups/RetentionList';
import { ScreenHeading } from '../components/ScreenHeading';

/** Backups to go back to, bundles from other computers and what they left to review, and how long things are kept. */
export function BackupsScreen() {
  const [showResolved, setShowResolved] = useState(false);
  const backups = useQuery('backup.list', {});
  const settings = useQuery('settings.get', {});
  const conflicts = useQuery('conflict.list', { includeResolved: showResolved });
  const retention = useQuery('retention.list', {});
  const { data: groups } = useQuery('workGroup.list', { includeArchived: true });

  return (
    <section className="screen backups-screen" aria-labelledby="backups-heading">
      <ScreenHeading id="backups-heading">Backups and sharing</ScreenHeading>
      <p className="intro">
        Copies of this workspace to go back to, bundles brought from other computers, and how long things are kept.
      </p>
      <div className="columns">
        <div className="stack">
          <BackupList backups={backups} kept={settings.data?.backupsKept} />
          <BundleImport />
          <ConflictList
            conflicts={conflicts}
            groups={groups ?? []}
            showResolved={showResolved}
            onShowResolved={setShowResolved}
          />
          <RetentionList retention={retention} />
        </div>
        <div className="stack">
          {settings.data && <KeepingSettings settings={settings.data} />}
          <KeptPassphrase />
        </div>
      </div>
    </section>
  );
}
