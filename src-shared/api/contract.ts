import {
  inboxFolder,
  inboxFolderInput,
  inboxImportInput,
  inboxImportOutput,
  inboxList,
  inboxListInput,
  inboxSendInput,
  inboxSendOutput,
} from './inbox';
import { z } from 'zod';
import { entityId, idOf, requiredText } from '../domain/fields';
import { academicYear, workGroup, workGroupCode, workGroupFields } from '../domain/workGroup';
import { keyFindings, keyFindingsGetInput, keyFindingsSetInput } from './keyFindings';
import {
  hubInput,
  hubRollup,
  judgement,
  judgementInput,
  workGroupEvaluationInput,
  workGroupEvaluationResult,
  yearComparison,
} from './evaluation';
import { checkInput, checkOutput, documentCheckOutput, documentInput, documentOutput } from './exports';
import {
  backupFile,
  backupListOutput,
  backupRestoreInput,
  backupRestoreOutput,
  settingsSetInput,
  workspaceSettings,
} from './backups';
import {
  bundleCheckInput,
  bundleExportInput,
  bundleExportOutput,
  bundleImportInput,
  bundleImportOutput,
  bundlePreviewOutput,
  conflictIdInput,
  conflictListInput,
  keepPassphraseInput,
  keptPassphraseStatus,
  mergeConflict,
} from './exchange';
import { draft, draftDiscardInput, draftGetInput, draftListInput, draftSaveInput, draftSummary } from './drafts';
import { historyListInput, historyRestoreInput, historyRestoreOutput, recordVersion } from './history';
import { privacyCheckInput } from './privacy';
import { RECORD_METHODS } from './recordMethods';
import { retentionDeleteInput, retentionDeleteOutput, retentionListOutput } from './retention';
import {
  importCommitInput,
  importCommitOutput,
  importInspectInput,
  importInspectOutput,
  importPreviewInput,
  importPreviewOutput,
  workbookExportInput,
  workbookOutput,
  workbookRequest,
} from './spreadsheets';
import { unlockInput, workspaceStatus } from './workspace';
import { job, jobCancelInput } from './jobs';
import {
  hubThemes,
  passageInContext,
  themeFigures,
  themeMapping,
  themesAddStarterInput,
  themesFiguresInput,
  themesHubInput,
  themesMapInput,
  themesMergeInput,
  themesPassagesInput,
} from './themes';

// The kinds of record are defined once, in the registry; they are named here for the contract's users.
import { RECORD_KINDS, type RecordKind, type TrashKind } from '../domain/recordKinds';
export { RECORD_KINDS, type RecordKind, type TrashKind };

const trashItem = z.object({
  kind: z.string(),
  id: entityId,
  label: z.string(),
  workGroupId: entityId.optional(),
  deletedAt: z.string(),
  alsoDeleted: z.int(),
});

const searchHit = z.object({
  kind: z.string(),
  id: entityId,
  workGroupId: entityId.optional(),
  title: z.string(),
  snippet: z.string(),
  /** Whose record it is: the focus child, participant or school it belongs to ("Focus child Y4-A · Asha Patel"). */
  whose: z.string().optional(),
  /** The record's own date (a journal entry's, a meeting's), when it has one. */
  date: z.string().optional(),
});

/** The best 50 matches, and how many there are in all and of each kind. */
const searchResults = z.object({
  /** Every match of the kind asked for (or of all kinds), not only those returned. */
  total: z.int(),
  /** Counting stopped before the last match: the total and each kind's count are "at least". */
  more: z.boolean(),
  byKind: z.array(z.object({ kind: z.string(), count: z.int() })),
  hits: z.array(searchHit),
});

const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

/** What the demo brought into an empty workspace: its one Work Group and how much is in it. */
const demoLoaded = z.strictObject({
  workGroupId: entityId,
  workGroupName: z.string(),
  schools: z.int(),
  participants: z.int(),
  focusChildren: z.int(),
  meetings: z.int(),
});

// The one table of everything the app can be asked to do. Every door (IPC, HTTP, CLI) parses
// the input with these schemas before a service sees it.
export const contract = {
  'workGroup.list': {
    input: z.strictObject({
      includeArchived: z.boolean().default(false),
      projectId: entityId.optional(),
      academicYear: academicYear.optional(),
    }),
    output: z.array(workGroup),
  },
  'workGroup.get': { input: z.strictObject({ id: entityId }), output: workGroup },
  'workGroup.create': { input: workGroupFields.strict(), output: workGroup },
  'workGroup.update': { input: workGroupFields.extend({ id: entityId }).strict(), output: workGroup },
  'workGroup.rename': {
    input: z.strictObject({ id: entityId, name: workGroupFields.shape.name }),
    output: workGroup,
  },
  'workGroup.archive': {
    input: z.strictObject({ id: entityId, archived: z.boolean().default(true) }),
    output: workGroup,
  },
  'workGroup.delete': { input: z.strictObject({ id: entityId }), output: z.strictObject({ deleted: z.int() }) },
  'workGroup.restore': { input: z.strictObject({ id: entityId }), output: workGroup },
  'workGroup.rollover': {
    input: z.strictObject({
      id: entityId,
      code: workGroupCode,
      carryFocusChildren: z.boolean().default(false),
      /** The project of the next year, by the Lead's choice (a Sustaining one, say); the same project without one. */
      projectId: idOf('the project of the next year').optional(),
    }),
    output: workGroup,
  },
  // school.list, journalEntry.create…: five methods for each kind in the registry (src-shared/domain/recordKinds.ts).
  ...RECORD_METHODS,
  /** A record's versions, newest first, each with when and what changed. */
  'history.list': { input: historyListInput, output: z.array(recordVersion) },
  /** Puts an earlier version back, as a new change. */
  'history.restore': { input: historyRestoreInput, output: historyRestoreOutput },
  /** Marks participants present at a meeting (or not): one cell of the attendance grid, or the whole meeting. */
  'attendance.set': {
    input: z.strictObject({
      meetingId: idOf('a meeting'),
      participantIds: z.array(idOf('a participant')).min(1, 'Choose who attended.').max(100),
      present: z.boolean(),
    }),
    output: RECORD_METHODS['meeting.restore'].output,
  },
  /** A run of observations from the grid, saved together or not at all. */
  'observations.record': {
    input: z.strictObject({
      observations: z
        .array(RECORD_METHODS['observation.create'].input)
        .min(1, 'Type at least one observation.')
        .max(100, 'Save at most 100 observations at a time.'),
    }),
    output: z.array(RECORD_METHODS['observation.restore'].output),
  },
  'attachment.add': {
    input: z.strictObject({
      workGroupId: idOf('a Work Group'),
      mimeType: z.enum(IMAGE_TYPES, {
        error: 'Images must be PNG or JPEG: save the picture in one of those formats and choose it again.',
      }),
      dataBase64: z.base64({ error: 'The image could not be read.' }).max(7_000_000, 'Images must be 5 MB or smaller.'),
    }),
    output: z.strictObject({ id: entityId }),
  },
  'attachment.get': {
    input: z.strictObject({ id: entityId }),
    output: z.strictObject({ id: entityId, mimeType: z.string(), dataBase64: z.string() }),
  },
  'trash.list': { input: z.strictObject({}), output: z.array(trashItem) },
  /** What would go to the Trash along with a record, by kind: asked before a delete, to confirm a large one. */
  'trash.linked': {
    input: z.strictObject({ kind: z.enum(RECORD_KINDS), id: entityId }),
    output: z.array(z.strictObject({ kind: z.enum(RECORD_KINDS), count: z.int() })),
  },
  /** Erases for good what was deleted with each of these Trash items (their ids), or everything in the Trash. */
  'trash.erase': {
    input: z.union(
      [
        z.strictObject({ ids: z.array(entityId).min(1, 'Choose something in the Trash.').max(1000) }),
        z.strictObject({ everything: z.literal(true) }),
      ],
      { error: 'Choose what to erase: items in the Trash, or everything in it.' },
    ),
    output: z.strictObject({ erased: z.int() }),
  },
  'demo.load': { input: z.strictObject({}), output: demoLoaded },
  'search.query': {
    input: z.strictObject({
      text: requiredText('Search text', 200),
      workGroupId: entityId.optional(),
      kind: z.enum(RECORD_KINDS).optional(),
    }),
    output: searchResults,
  },
  'evaluation.workGroup': { input: workGroupEvaluationInput, output: workGroupEvaluationResult },
  /** The year beside the year it was rolled over from (null in a first year). */
  'evaluation.yearOnYear': { input: z.strictObject({ id: entityId }), output: yearComparison.nullable() },
  'evaluation.hub': { input: hubInput, output: hubRollup },
  'judgement.set': { input: judgementInput, output: judgement },
  'keyFindings.get': { input: keyFindingsGetInput, output: keyFindings },
  'keyFindings.set': { input: keyFindingsSetInput, output: keyFindings },
  /** Adds chosen themes of the starter set (src-shared/themes/starter.ts) to a Work Group's codebook. */
  'themes.addStarter': { input: themesAddStarterInput, output: z.array(RECORD_METHODS['theme.restore'].output) },
  /** Merges a theme into another: its passages and sub-themes move to the survivor; it goes to the Trash. */
  'themes.merge': { input: themesMergeInput, output: RECORD_METHODS['theme.restore'].output },
  /** In a hub: counts one Work Group's theme as another group's in the roll-up (null stops it). */
  'themes.map': { input: themesMapInput, output: themeMapping },
  'themeMapping.list': { input: z.strictObject({}), output: z.array(themeMapping) },
  /** Frequencies, the theme × case matrix, co-occurrence and themes beside change, for one Work Group. */
  'evaluation.themes': { input: themesFiguresInput, output: themeFigures },
  /** Coded passages with their source and context: of a theme, of a case, or all. */
  'evaluation.themePassages': { input: themesPassagesInput, output: z.array(passageInContext) },
  /** Themes across the hub's Work Groups, matched by name or by the hub's mapping. */
  'evaluation.hubThemes': { input: themesHubInput, output: hubThemes },
  'draft.get': { input: draftGetInput, output: draft.nullable() },
  'draft.save': { input: draftSaveInput, output: z.strictObject({ savedAt: z.string() }) },
  'draft.discard': { input: draftDiscardInput, output: z.strictObject({ discarded: z.boolean() }) },
  'draft.list': { input: draftListInput, output: z.array(draftSummary) },
  'export.check': { input: checkInput, output: documentCheckOutput },
  'privacy.check': { input: privacyCheckInput, output: checkOutput },
  'export.document': { input: documentInput, output: documentOutput },
  'export.workbookCheck': { input: workbookRequest, output: documentCheckOutput },
  'export.workbook': { input: workbookExportInput, output: workbookOutput },
  'import.inspect': { input: importInspectInput, output: importInspectOutput },
  'import.preview': { input: importPreviewInput, output: importPreviewOutput },
  'import.commit': { input: importCommitInput, output: importCommitOutput },
  'bundle.check': { input: bundleCheckInput, output: checkOutput },
  'bundle.export': { input: bundleExportInput, output: bundleExportOutput },
  'bundle.preview': { input: bundleImportInput, output: bundlePreviewOutput },
  'bundle.import': { input: bundleImportInput, output: bundleImportOutput },
  'inbox.status': { input: z.strictObject({}), output: inboxFolder },
  'inbox.setFolder': { input: inboxFolderInput, output: inboxFolder },
  'inbox.list': { input: inboxListInput, output: inboxList },
  'inbox.import': { input: inboxImportInput, output: inboxImportOutput },
  'inbox.send': { input: inboxSendInput, output: inboxSendOutput },
  'bundlePassphrase.status': { input: z.strictObject({}), output: keptPassphraseStatus },
  'bundlePassphrase.keep': { input: keepPassphraseInput, output: keptPassphraseStatus },
  'bundlePassphrase.forget': { input: z.strictObject({}), output: keptPassphraseStatus },
  'conflict.list': { input: conflictListInput, output: z.array(mergeConflict) },
  'conflict.swap': { input: conflictIdInput, output: mergeConflict },
  'conflict.resolve': { input: conflictIdInput, output: mergeConflict },
  'backup.list': { input: z.strictObject({}), output: backupListOutput },
  'backup.create': { input: z.strictObject({}), output: backupFile },
  'backup.restore': { input: backupRestoreInput, output: backupRestoreOutput },
  'settings.get': { input: z.strictObject({}), output: workspaceSettings },
  'settings.set': { input: settingsSetInput, output: workspaceSettings },
  'retention.list': { input: z.strictObject({}), output: retentionListOutput },
  'retention.delete': { input: retentionDeleteInput, output: retentionDeleteOutput },
  'workspace.status': { input: z.strictObject({}), output: workspaceStatus },
  'workspace.unlock': { input: unlockInput, output: workspaceStatus },
  'job.list': { input: z.strictObject({}), output: z.array(job) },
  'job.cancel': { input: jobCancelInput, output: z.object({ cancelled: z.boolean() }) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export type RecordOf<K extends RecordKind> = Output<`${K}.restore`>;
export type TrashItem = z.infer<typeof trashItem>;
export type SearchHit = z.infer<typeof searchHit>;
export type SearchResults = z.infer<typeof searchResults>;

/** Methods whose services answer later (they write documents); the rest answer at once. */
export const ASYNC_METHODS = [
  'export.check',
  'export.document',
  'export.workbookCheck',
  'export.workbook',
  'import.inspect',
  'import.preview',
  'import.commit',
  'bundle.export',
  'bundle.preview',
  'bundle.import',
  'inbox.list',
  'inbox.import',
  'inbox.send',
  'backup.restore',
] as const satisfies readonly Method[];
export type AsyncMethod = (typeof ASYNC_METHODS)[number];

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
