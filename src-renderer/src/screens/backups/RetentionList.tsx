import { useState } from 'react';
import { YEAR_GROUP, type YearGroup } from '../../../../src-shared/domain/enums';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { filterBy } from '../../components/listFilters';
import { RecordTable } from '../../components/RecordTable';
import { dateGB } from '../../records';
import { paths } from '../../router';
import { useAction } from '../../useAction';
import type { Query } from '../../useQuery';

const children = (n: number) => `${n.toLocaleString('en-GB')} focus ${n === 1 ? 'child' : 'children'}`;

/**
 * Focus children's data older than the workspace keeps it, offered for deletion: all of it at once, after a
 * backup, to the Trash, or erased for good straight away.
 */
export function RetentionList({ retention }: { retention: Query<'retention.list'> }) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState('');
  const [eraseNow, setEraseNow] = useState(false);
  const items = retention.data?.items ?? [];
  const observations = items.reduce((n, item) => n + item.observations, 0);

  const remove = () =>
    run('Deleting…', async () => {
      const done = await api.call('retention.delete', {
        focusChildIds: items.map((item) => item.id),
        ...(eraseNow ? { eraseNow } : {}),
      });
      setAsking(false);
      const records = `${done.records.toLocaleString('en-GB')} records in all`;
      setNotice(
        done.erased
          ? `Erased the data of ${children(done.deleted)} for good (${records}).`
          : `Moved the data of ${children(done.deleted)} to the Trash (${records}). A backup was taken first. When you are sure, erase it for good from the Trash.`,
      );
    });

  return (
    <section className="panel" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Focus-child data due for deletion</h2>
      {retention.data && (
        <p className="intro">
          Pen portraits and observations of focus children are personal data, even under a code. This workspace keeps
          them for {retention.data.years} {retention.data.years === 1 ? 'year' : 'years'} after the end of their Work
          Group’s academic year (change this under “This workspace”).
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {retention.error && (
        <p className="form-error" role="alert">
          {retention.error}
        </p>
      )}
      {retention.data && (
        <RecordTable
          label="Focus children due for deletion"
          rows={items}
          rowLabel={(item) => `focus child ${item.code}`}
          emptyText="No focus child’s data is older than that. Nothing needs deleting."
          noun="focus child"
          filters={[
            ...filterBy(
              items,
              { label: 'Work Group', allLabel: 'All Work Groups' },
              (item) => item.workGroupCode,
              (code) => code,
            ),
            ...filterBy(
              items,
              { label: 'Academic year', allLabel: 'All years' },
              (item) => item.academicYear,
              (year) => year,
            ),
          ]}
          columns={[
            { header: 'Focus child', cell: (item) => item.code, nowrap: true },
            { header: 'Year group', cell: (item) => YEAR_GROUP.labels[item.yearGroup as YearGroup] ?? item.yearGroup },
            {
              header: 'Work Group',
              cell: (item) => <a href={paths.workGroup(item.workGroupId, 'focus-children')}>{item.workGroupCode}</a>,
              nowrap: true,
            },
            { header: 'Academic year', cell: (item) => item.academicYear, nowrap: true },
            { header: 'Observations', cell: (item) => item.observations },
            { header: 'Kept until', cell: (item) => dateGB(item.keepUntil), nowrap: true },
          ]}
        />
      )}
      {items.length > 0 && (
        <div className="button-row">
          <button type="button" className="danger" onClick={() => setAsking(true)}>
            {items.length === 1
              ? 'Delete this focus child’s data'
              : `Delete the data of these ${children(items.length)}`}
          </button>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title="Delete old focus-child data?"
          confirmLabel={`${eraseNow ? 'Erase' : 'Delete'} the data of ${children(items.length)}`}
          danger
          busy={busy !== ''}
          problem={error}
          onConfirm={remove}
          onCancel={() => setAsking(false)}
        >
          <p>
            The {children(items.length)} listed, with their {observations.toLocaleString('en-GB')}{' '}
            {observations === 1 ? 'observation' : 'observations'}, go to the Trash. A backup of the workspace is taken
            first. From the Trash you can restore them, or erase them for good.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={eraseNow} onChange={(event) => setEraseNow(event.target.checked)} />
            Erase them for good now instead: what was written about them and their photos are taken out of the workspace
            and cannot be restored, and no backup is taken (it would keep them).
          </label>
        </ConfirmDialog>
      )}
    </section>
  );
}
