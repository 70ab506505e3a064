import { useRef, useState } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import {
  summariseVersion,
  versionedLabel,
  type RecordVersion,
  type VersionedKind,
} from '../../../src-shared/api/history';
import { formatDateTimeGB } from '../../../src-shared/calendar/dates';
import { api, failureMessage } from '../api';
import { useQuery } from '../useQuery';

/** Puts back what a change replaced; answers what to tell the Lead. */
export type Undo = () => Promise<string>;

const refusal = (message: string) => new ApiFailure({ code: 'conflict', message, fields: [] });

/** "Undo" beside a message: undoes, once, and says how it went. */
export function UndoButton({ undo, onUndone }: { undo: Undo; onUndone: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          onUndone(await undo());
        } catch (error) {
          onUndone(failureMessage(error));
        }
      }}
    >
      Undo
    </button>
  );
}

/** Puts back version `previous`, unless the record has changed since it stood at version `latest`. */
const putBack =
  (kind: VersionedKind, id: string, previous: number, latest: number): Undo =>
  async () => {
    await api.call('history.restore', { kind, id, version: previous, ifLatest: latest });
    return 'The change was undone.';
  };

/** Undoes a save: puts back the version the save replaced, if nothing has changed the record since. */
export const undoSave =
  (kind: VersionedKind, saved: { id: string; updatedAt: string }): Undo =>
  async () => {
    const [latest, previous] = await api.call('history.list', { kind, id: saved.id });
    // A save that changed none of the fields made no version: the latest is older than the save.
    if (latest && (latest.at < saved.updatedAt || (latest.at === saved.updatedAt && !previous)))
      return 'That save changed nothing, so there was nothing to undo.';
    if (!latest || !previous || latest.at !== saved.updatedAt) {
      throw refusal(
        `This ${versionedLabel(kind)} has been changed since, so nothing was undone. Open it and use its History to choose the version you want.`,
      );
    }
    return putBack(kind, saved.id, previous.version, latest.version)();
  };

interface RecordHistoryProps {
  kind: VersionedKind;
  id: string;
  /** The form's labels of the fields, by name, so the History speaks as the form does. */
  labels: Record<string, string>;
  /** An earlier version was put back: what to tell the Lead, and how to undo it. */
  onRestored: (message: string, undo: Undo) => void;
}

/** A record's earlier versions, newest first, each with what changed; any of them can be put back. */
export function RecordHistory({ kind, id, labels, onRestored }: RecordHistoryProps) {
  const { data: versions, error } = useQuery('history.list', { kind, id });
  const [problem, setProblem] = useState('');
  const panel = useRef<HTMLDetailsElement>(null);

  const restore = async (version: RecordVersion, latest: RecordVersion) => {
    setProblem('');
    try {
      const restored = await api.call('history.restore', {
        kind,
        id,
        version: version.version,
        ifLatest: latest.version,
      });
      const leftOut = restored.evidenceLeftOut
        ? ` ${restored.evidenceLeftOut === 1 ? '1 piece' : `${restored.evidenceLeftOut} pieces`} of its evidence ${restored.evidenceLeftOut === 1 ? 'is' : 'are'} no longer in the workspace and ${restored.evidenceLeftOut === 1 ? 'was' : 'were'} left out.`
        : '';
      // Folded away, so that the message saying so (and its Undo) stays where the Lead is looking.
      if (panel.current) panel.current.open = false;
      onRestored(
        `The version of ${formatDateTimeGB(version.at)} was put back.${leftOut}`,
        putBack(kind, id, latest.version, restored.version),
      );
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  };

  const count = versions ? ` (${versions.length} ${versions.length === 1 ? 'version' : 'versions'})` : '';
  return (
    <details className="record-history" ref={panel}>
      <summary>History{count}</summary>
      {(error ?? problem) && (
        <p className="form-error" role="alert">
          {error ?? problem}
        </p>
      )}
      <ol aria-label="Versions, newest first">
        {versions?.map((version) => (
          <li key={version.version}>
            <p className="record-history-when">
              {formatDateTimeGB(version.at)}
              {version.current && ' (as it is now)'}
            </p>
            <p>
              {summariseVersion(version, (change) => labels[change.field] ?? change.label)}
              {version.fromBundle && ` Came in a bundle from ${version.cameFrom ?? 'another computer'}.`}
            </p>
            {!version.current && (
              <button
                type="button"
                onClick={() => restore(version, versions[0]!)}
                aria-label={`Restore this version, of ${formatDateTimeGB(version.at)}`}
              >
                Restore this version
              </button>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
