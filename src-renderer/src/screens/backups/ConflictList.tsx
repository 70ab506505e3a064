import { useState } from 'react';
import type { MergeConflict } from '../../../../src-shared/api/exchange';
import { formatDateTimeGB } from '../../../../src-shared/calendar/dates';
import type { WorkGroup } from '../../../../src-shared/domain/workGroup';
import { api } from '../../api';
import { useAction } from '../../useAction';
import type { Query } from '../../useQuery';

// A conflict is a record changed on two computers: the newer version is in use, the other is kept
// beside it. Each is shown side by side, field by field where they differ (in words the main
// process chooses: src-main/exchange/conflictFields.ts).

function ConflictCard({
  conflict,
  groupCode,
  onChanged,
}: {
  conflict: MergeConflict;
  groupCode: string | undefined;
  onChanged: (message: string) => void;
}) {
  const { busy, error, run } = useAction();
  const act = (method: 'conflict.swap' | 'conflict.resolve', done: string) =>
    run('Saving…', async () => {
      await api.call(method, { id: conflict.id });
      onChanged(done);
    });
  const headingId = `conflict-${conflict.id}`;
  return (
    <article className="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{conflict.title}</h3>
      <p className="sub">
        {/^[aeiou]/i.test(conflict.label) ? 'An' : 'A'} {conflict.label}
        {groupCode && conflict.table !== 'work_group' ? ` in ${groupCode}` : ''}, changed on both computers. Found when
        a bundle was imported on {formatDateTimeGB(conflict.detectedAt)}.
        {conflict.resolvedAt ? ` Marked resolved on ${formatDateTimeGB(conflict.resolvedAt)}.` : ''}
      </p>
      <div className="table-wrap">
        <table className="list side-by-side" aria-label={`The two versions of ${conflict.title}`}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Field</span>
              </th>
              <th scope="col">In use now</th>
              <th scope="col">The other version</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.column}>
                <th scope="row">{field.label}</th>
                <td>{field.kept}</td>
                <td>{field.other}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!conflict.resolvedAt && (
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              act(
                'conflict.swap',
                `The other version of ${conflict.title} is now in use. The one it replaced is kept beside it.`,
              )
            }
            disabled={busy !== ''}
          >
            Use the other version
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => act('conflict.resolve', `${conflict.title}: marked resolved.`)}
            disabled={busy !== ''}
          >
            Mark as resolved
          </button>
        </div>
      )}
    </article>
  );
}

interface ConflictListProps {
  conflicts: Query<'conflict.list'>;
  groups: WorkGroup[];
  showResolved: boolean;
  onShowResolved: (show: boolean) => void;
}

export function ConflictList({ conflicts, groups, showResolved, onShowResolved }: ConflictListProps) {
  const [notice, setNotice] = useState('');
  const codeOf = (id: string | undefined) => groups.find((g) => g.id === id)?.code;
  return (
    <section className="panel" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicts to review</h2>
      <p className="intro">
        When a bundle brings in a record that was also changed here, the newer version is kept and the other is shown
        here. Use the other version if it was the right one, then mark the conflict resolved.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={showResolved} onChange={(event) => onShowResolved(event.target.checked)} />
        Show resolved conflicts too
      </label>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {conflicts.error && (
        <p className="form-error" role="alert">
          {conflicts.error}
        </p>
      )}
      {conflicts.data?.length === 0 && (
        <p className="empty">
          {showResolved ? 'No bundle has brought a conflict yet.' : 'There is nothing to review.'}
        </p>
      )}
      <div className="conflicts">
        {conflicts.data?.map((conflict) => (
          <ConflictCard
            key={conflict.id}
            conflict={conflict}
            groupCode={codeOf(conflict.workGroupId)}
            onChanged={setNotice}
          />
        ))}
      </div>
    </section>
  );
}
