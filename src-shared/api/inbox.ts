import { z } from 'zod';
import { bundleExportInput, bundleImportOutput, bundlePreviewOutput } from './exchange';

// The shared-folder inbox: a folder the schools already share (OneDrive, SharePoint, Google Drive, a USB
// stick) that carries bundles both ways. No network of our own: the folder is the carrier.

const bundlePassphrase = z.string().min(1, 'Type the bundle passphrase.').max(1024, 'That passphrase is too long.');

export const inboxFolderInput = z.strictObject({
  /** The folder's full path; empty to stop using one. */
  folder: z
    .string({ error: 'Type the folder’s full path.' })
    .trim()
    .max(4096, 'That folder path is too long: choose a folder nearer the top of the drive.'),
});
export const inboxFolder = z.object({ folder: z.string().optional() });

export const inboxListInput = z.strictObject({ bundlePassphrase: bundlePassphrase.optional() });

export const inboxBundle = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.int(),
  modifiedAt: z.string(),
  /** Read from the bundle's clear label, before any passphrase: when it was made and whose machine sent it. */
  createdAt: z.string().optional(),
  from: z.string().optional(),
  /** What importing would merge, once the bundle could be opened and checked. */
  preview: bundlePreviewOutput.optional(),
  /** Why there is no preview (no passphrase yet, a wrong one, a damaged file), and what to do. */
  problem: z.string().optional(),
});
export type InboxBundle = z.infer<typeof inboxBundle>;

export const inboxList = z.object({ folder: z.string().optional(), bundles: z.array(inboxBundle) });
export type InboxList = z.infer<typeof inboxList>;

export const inboxImportInput = z.strictObject({
  fileNames: z.array(z.string().min(1)).min(1, 'Choose at least one bundle to import.').max(500),
  bundlePassphrase: bundlePassphrase.optional(),
});
export const inboxImportOutput = z.object({
  imported: z.array(bundleImportOutput.extend({ fileName: z.string() })),
});

/** A bundle written into the folder is always encrypted: a shared folder is read by more than its owner. */
export const inboxSendInput = bundleExportInput.omit({ unencrypted: true });
export const inboxSendOutput = z.object({ fileName: z.string(), path: z.string() });
