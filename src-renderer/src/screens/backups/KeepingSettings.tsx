import type { WorkspaceSettings } from '../../../../src-shared/api/backups';
import { api } from '../../api';
import { RecordForm } from '../../forms/RecordForm';
import type { FieldSpec, Values } from '../../forms/fieldSpec';

const FIELDS: FieldSpec[] = [
  {
    name: 'backupsKept',
    label: 'Backups to keep',
    type: 'number',
    hint: 'The newest are kept; older ones are removed when the next backup is taken.',
  },
  {
    name: 'focusChildRetentionYears',
    label: 'Keep focus-child data for (years)',
    type: 'number',
    hint: 'Counted from the end of each Work Group’s academic year (31 August). Older data is listed for deletion.',
  },
];

/** The workspace's own settings for keeping things, saved in the workspace itself. */
export function KeepingSettings({ settings }: { settings: WorkspaceSettings }) {
  return (
    <RecordForm
      title="How long things are kept"
      fields={FIELDS}
      record={settings as unknown as Values}
      submitLabel="Save"
      savedMessage="Saved."
      draft={{ key: 'settings:keeping' }}
      onSubmit={async (input) => {
        await api.call('settings.set', input as Partial<WorkspaceSettings>);
      }}
    />
  );
}
