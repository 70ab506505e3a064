import { z } from 'zod';
import { entityId } from '../domain/fields';
import { RECORD_KIND_SPECS, RECORD_KINDS } from '../domain/recordKinds';

// A record's earlier versions: what changed and when, and putting one back (as a new change).

/**
 * What keeps earlier versions: every kind of record, a Work Group's own fields (About this Work Group,
 * key findings) and each of the Lead's judgements.
 */
export const VERSIONED_KINDS = [...RECORD_KINDS, 'workGroup', 'judgement'] as const;
export type VersionedKind = (typeof VERSIONED_KINDS)[number];

/** What a versioned thing is called in a sentence: "journal entry", "Work Group", "judgement". */
export const versionedLabel = (kind: VersionedKind): string =>
  kind === 'workGroup' ? 'Work Group' : kind === 'judgement' ? 'judgement' : RECORD_KIND_SPECS[kind].label;

const recordKind = z.enum(VERSIONED_KINDS, { error: 'Choose a kind of record.' });
const versionNumber = z.int({ error: 'Choose a version.' }).min(1, 'Choose a version.');

export const historyListInput = z.strictObject({ kind: recordKind, id: entityId });

/** One field that differs from the version before, its values in the user's words ("–" for none). */
export const fieldChange = z.object({ field: z.string(), label: z.string(), from: z.string(), to: z.string() });
export type FieldChange = z.infer<typeof fieldChange>;

export const recordVersion = z.object({
  version: z.int(),
  /** When the record was saved as this version. */
  at: z.string(),
  /** What changed from the version before, in plain words: "Date changed from 03/02/2027 to 04/02/2027". */
  summary: z.string(),
  /** The fields that changed from the version before (none for the first). */
  changes: z.array(fieldChange),
  /** The first version: the record as created, or the earliest kept (its changes before were not kept). */
  start: z.enum(['created', 'earliest']).optional(),
  /** The version the record holds now. */
  current: z.boolean(),
  /** The change came in a bundle from another computer. */
  fromBundle: z.boolean(),
  /** Whose machine the bundle came from: "Ms Sample Teacher’s own computer", "a Lead’s computer". */
  cameFrom: z.string().optional(),
  /** This version put back an earlier one. */
  restoredFrom: z.int().optional(),
});
export type RecordVersion = z.infer<typeof recordVersion>;

export const historyRestoreInput = z.strictObject({
  kind: recordKind,
  id: entityId,
  version: versionNumber,
  /** Refuse if the record has changed since this version was its latest (an undo of a save, say). */
  ifLatest: versionNumber.optional(),
});

export const historyRestoreOutput = z.object({
  kind: recordKind,
  id: entityId,
  workGroupId: entityId.optional(),
  /** The new version the restore made. */
  version: z.int(),
  /** Pieces of a judgement's evidence no longer in the workspace, left out of the version put back. */
  evidenceLeftOut: z.int().optional(),
});

/** A short value reads well in a sentence; a paragraph does not. */
const isShort = (text: string) => text.length <= 40 && !text.includes('\n');

/**
 * What a version changed, as a sentence: "Date changed from 03/02/2027 to 04/02/2027; The entry changed."
 * A screen passes its own labels for the fields, so the words match its form.
 */
export function summariseVersion(
  version: Pick<RecordVersion, 'changes' | 'start' | 'restoredFrom'>,
  labelOf: (change: FieldChange) => string = (change) => change.label,
): string {
  if (version.start) return version.start === 'created' ? 'Created.' : 'The earliest version kept.';
  const changes = version.changes.map((change) => {
    const label = labelOf(change);
    if (change.from === '–' && isShort(change.to)) return `${label} set to ${change.to}`;
    if (change.to === '–') return `${label} cleared`;
    return isShort(change.from) && isShort(change.to)
      ? `${label} changed from ${change.from} to ${change.to}`
      : `${label} changed`;
  });
  const summary = changes.length > 0 ? changes.join('; ') : 'Nothing changed';
  // A value that ends a sentence itself (a key finding, say) needs no second full stop.
  return `${version.restoredFrom ? `Version ${version.restoredFrom} put back: ` : ''}${summary}${/[.!?]$/.test(summary) ? '' : '.'}`;
}
