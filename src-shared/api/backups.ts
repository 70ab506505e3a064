import { z } from 'zod';

// Backups of the open workspace, and the workspace's own settings for keeping things: how many
// backups to keep, and how long focus children's data is kept.

export const BACKUP_REASONS = [
  'before-migration',
  'daily',
  'before-import',
  'before-merge',
  'before-restore',
  'before-retention',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  'before-migration': 'Before the workspace was upgraded',
  daily: 'Daily backup',
  'before-import': 'Before a spreadsheet import',
  'before-merge': 'Before a bundle was imported',
  'before-restore': 'Before a backup was restored',
  'before-retention': 'Before old focus-child data was deleted',
  manual: 'Backed up by you',
};

export const backupFile = z.object({
  fileName: z.string(),
  takenAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.int(),
});
export type BackupFile = z.infer<typeof backupFile>;

export const backupListOutput = z.object({
  /** The folder beside the workspace that holds them, for the user to find it. */
  folder: z.string(),
  backups: z.array(backupFile),
});

export const backupRestoreInput = z.strictObject({
  fileName: z
    .string({ error: 'Choose a backup from the list.' })
    .max(100, 'Choose a backup from the list.')
    .regex(/^[0-9A-Za-z.-]+\.wgdb$/, 'Choose a backup from the list.'),
});
export const backupRestoreOutput = z.object({
  restored: backupFile,
  /** The copy of what was there just before the restore (absent if it could not be opened). */
  keptAs: backupFile.optional(),
});

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be from ${min} to ${max}.`)
    .max(max, `${label} must be from ${min} to ${max}.`);

export const workspaceSettings = z.object({
  /** The newest this many backups are kept; older ones go when the next is taken. */
  backupsKept: wholeNumber('The number of backups to keep', 1, 500),
  /** Focus children's data is kept for this many years after the end of its Work Group's academic year. */
  focusChildRetentionYears: wholeNumber('The number of years to keep focus-child data', 1, 25),
  /** The Maths Hub this workspace belongs to, named on the title of the hub report and the hub slides. */
  hubName: z
    .string({ error: 'The hub’s name must be text.' })
    .trim()
    .max(100, 'Keep the hub’s name to 100 characters or fewer.'),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettings>;

export const settingsSetInput = workspaceSettings.partial().strict();
