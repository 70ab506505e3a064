import { z } from 'zod';
import { entityId } from '../domain/fields';
import { RECORD_KINDS } from '../domain/recordKinds';

// A record's earlier versions: what changed and when, and putting one back (as a new change).

const recordKind = z.enum(RECORD_KINDS, { error: 'Choose a kind of record.' });
const versionNumber = z.int({ error: 'Choose a version.' }).min(1, 'Choose a version.');

export const historyListInput = z.strictObject({ kind: recordKind, id: entityId });

export const recordVersion = z.object({
  version: z.int(),
  /** When the record was saved as this version. */
  at: z.string(),
  /** What changed from the version before, in plain words: "Date changed from 03/02/2027 to 04/02/2027". */
  summary: z.string(),
  /** The version the record holds now. */
  current: z.boolean(),
  /** The change came in a bundle from another computer. */
  fromBundle: z.boolean(),
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
});
