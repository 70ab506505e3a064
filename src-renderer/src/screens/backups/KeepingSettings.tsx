import type { WorkspaceSettings } from '../../../../src-shared/api/backups';
import { api } from '../../api';
import { RecordForm } from '../../forms/RecordForm';
import type { FieldSpec, Values } from '../../forms/fieldSpec';

const FIELDS: FieldSpec[] = [
  {
    name: 'hubName',
    label: 'Maths Hub',
    type: 'text',
    hint: 'Named on the title page of the hub report and the hub slides, e.g. “Jurassic Maths Hub”.',
  },
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

/** The workspace's own settings (its hub, and how long things are kept), saved in the workspace itself. */
export function KeepingSettings({ settings }: { settings: WorkspaceSettings }) {
  return (
    <RecordForm
      title="This workspace"
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
