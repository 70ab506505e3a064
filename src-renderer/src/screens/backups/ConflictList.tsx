import { useState } from 'react';
import type { MergeConflict } from '../../../../src-shared/api/exchange';
import { formatDateGB } from '../../../../src-shared/calendar/dates';
import type { WorkGroup } from '../../../../src-shared/domain/workGroup';
import { api } from '../../api';
import { dateTimeGB } from '../../records';
import { useAction } from '../../useAction';
import type { Query } from '../../useQuery';

// A conflict is a record changed on two computers: the newer version is in use, the other is kept
// beside it. Each is shown side by side, field by field where they differ.

/** Columns the user never needs to compare: identity and bookkeeping. */
const HIDDEN = new Set([
  'id',
  'created_at',
  'deleted_with',
  'work_group_id',
  'previous_work_group_id',
  'rolled_over_to_id',
]);
const COLUMN_LABELS: Record<string, string> = { updated_at: 'Last changed', deleted_at: 'In the Trash' };

const columnLabel = (column: string) =>
  COLUMN_LABELS[column] ?? (column[0]!.toUpperCase() + column.slice(1)).replace(/_ids?$/, '').replace(/_/g, ' ');

/** A stored value as a person reads it: dates the British way, lists as what they hold, images as "an image". */
function shown(column: string, value: unknown): string {
  if (column === 'deleted_at') return value ? `Yes, since ${dateTimeGB(String(value))}` : 'No';
  if (value === null || value === undefined || value === '') return '–';
  if (column === 'updated_at') return dateTimeGB(String(value));
  if (typeof value === 'object') return 'base64' in value ? 'An image' : JSON.stringify(value);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDateGB(text);
  if (/^[[{]/.test(text)) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) {
        if (parsed.length === 0) return 'None';
        if (parsed.every((item) => typeof item === 'string')) return `${parsed.length} chosen`;
        return parsed
          .map((item: Record<string, unknown>) =>
            String(item['statement'] ?? item['id'] ?? Object.values(item).join(' ')),
          )
          .join('; ');
      }
      return Object.entries(parsed as Record<string, unknown>)
        .map(([key, v]) => `${key}: ${String(v)}`)
        .join('; ');
    } catch {
      return text;
    }
  }
  return text;
}

function differences(conflict: MergeConflict): string[] {
  const columns = new Set([...Object.keys(conflict.keptVersion), ...Object.keys(conflict.otherVersion)]);
  const differs = (c: string) =>
    JSON.stringify(conflict.keptVersion[c] ?? null) !== JSON.stringify(conflict.otherVersion[c] ?? null);
  return ['updated_at', ...[...columns].filter((c) => c !== 'updated_at' && !HIDDEN.has(c) && differs(c))];
}

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
        a bundle was imported on {dateTimeGB(conflict.detectedAt)}.
        {conflict.resolvedAt ? ` Marked resolved on ${dateTimeGB(conflict.resolvedAt)}.` : ''}
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
            {differences(conflict).map((column) => (
              <tr key={column}>
                <th scope="row">{columnLabel(column)}</th>
                <td>{shown(column, conflict.keptVersion[column])}</td>
                <td>{shown(column, conflict.otherVersion[column])}</td>
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
            onChanged={(message) => {
              setNotice(message);
              conflicts.reload();
            }}
          />
        ))}
      </div>
    </section>
  );
}
