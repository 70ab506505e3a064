import { z } from 'zod';
import { entityId } from '../domain/fields';
import { finding } from './exports';

// Bundles: one Work Group's rows (or one participant's), carried between machines on a USB stick
// and merged by UUID and timestamp, never by name. What the contract asks and answers for them.

/** A bundle file as base64; 400 MB of text is far beyond any Work Group's year, images included. */
export const MAX_BUNDLE_BASE64 = 400_000_000;
const bundleData = z
  .base64({ error: 'The bundle could not be read: choose a Work Group Evaluator bundle (.wgbundle).' })
  .min(1, 'Choose a bundle to import.')
  .max(MAX_BUNDLE_BASE64, 'That file is too large to be a Work Group Evaluator bundle.');

/**
 * The passphrase a Work Group shares for its bundles (not a workspace's own): a bundle made with one is
 * encrypted and authenticated, and opens only with it.
 */
const bundlePassphrase = z.string().min(1, 'Type the bundle passphrase.').max(1024, 'That passphrase is too long.');

export const bundleExportInput = z.strictObject({
  workGroupId: entityId,
  /** Only this participant and what hangs off them (focus children, observations, journal, cycles). */
  participantId: entityId.optional(),
  /** Go on although the personal-data check finds something (the user has looked and accepts it). */
  allowFlagged: z.boolean().default(false),
  /** Encrypts the bundle under this passphrase; without one, under the passphrase kept in the workspace. */
  bundlePassphrase: bundlePassphrase.optional(),
  /** Writes the bundle open, even where a passphrase is kept (only when asked for). */
  unencrypted: z.boolean().optional(),
});
/** The personal-data check alone, so the user can look at what it finds before the bundle is made. */
export const bundleCheckInput = bundleExportInput.omit({
  allowFlagged: true,
  bundlePassphrase: true,
  unencrypted: true,
});

/** The group's bundle passphrase kept in this workspace: only one encrypted with its own passphrase keeps it. */
export const keptPassphraseStatus = z.object({ kept: z.boolean(), canKeep: z.boolean() });
export const keepPassphraseInput = z.strictObject({ bundlePassphrase });

export const bundleExportOutput = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
  findings: z.array(finding),
});

export const tableChanges = z.object({
  table: z.string(),
  /** What its rows are, in the user's words ("journal entry"). */
  label: z.string(),
  added: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  conflicts: z.int(),
  /** Erased for good on the other computer, and so here too. */
  erased: z.int(),
});
export type TableChanges = z.infer<typeof tableChanges>;

export const bundleSummary = z.object({
  sourceWorkspaceId: entityId,
  createdAt: z.string(),
  workGroupId: entityId,
  workGroupCode: z.string(),
  workGroupName: z.string(),
  participantId: entityId.optional(),
  /** A participant pack: the group's frame from the Lead with one participant's own records. */
  pack: z.boolean(),
  /** Whose machine made it, in words: "Ms Sample Teacher’s own computer", "a Lead’s computer" (once known). */
  from: z.string().optional(),
  /** The pack makes this empty workspace that participant's own (or, after an import, made it). */
  startsTeacherWorkspace: z.boolean(),
  /** False for a bundle made without a passphrase: anyone who had the file could have read it. */
  encrypted: z.boolean(),
  /** Per table, what the merge does (or, after an import, did). */
  tables: z.array(tableChanges),
  totals: tableChanges.omit({ table: true, label: true }),
});
export type BundleSummary = z.infer<typeof bundleSummary>;

export const bundleImportInput = z.strictObject({
  dataBase64: bundleData,
  bundlePassphrase: bundlePassphrase.optional(),
});
export const bundlePreviewOutput = bundleSummary;
export const bundleImportOutput = bundleSummary.extend({
  /** Where the copy taken before the merge is kept (absent when nothing needed to change). */
  backupPath: z.string().optional(),
});

/** One field the two versions differ in (and when each was last changed), as a person reads it. */
export const conflictField = z.object({ column: z.string(), label: z.string(), kept: z.string(), other: z.string() });
export type ConflictField = z.infer<typeof conflictField>;

export const mergeConflict = z.object({
  id: entityId,
  table: z.string(),
  rowId: entityId,
  /** What the record is ("journal entry") and which one ("Journal entry 15/10/2025: Tried the bar model…"). */
  label: z.string(),
  title: z.string(),
  workGroupId: entityId.optional(),
  sourceWorkspaceId: z.string(),
  /** Both versions as they were stored: column name -> value (images as {base64}). */
  keptVersion: z.record(z.string(), z.unknown()),
  otherVersion: z.record(z.string(), z.unknown()),
  /** Where they differ, first when each was last changed. */
  fields: z.array(conflictField),
  detectedAt: z.string(),
  resolvedAt: z.string().optional(),
});
export type MergeConflict = z.infer<typeof mergeConflict>;

export const conflictListInput = z.strictObject({
  workGroupId: entityId.optional(),
  includeResolved: z.boolean().default(false),
});
export const conflictIdInput = z.strictObject({ id: entityId });
