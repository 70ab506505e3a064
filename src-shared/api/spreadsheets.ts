import { z } from 'zod';
import { PHASE, SURVEY_OCCASION } from '../domain/enums';
import { entityId, idOf } from '../domain/fields';
import { academicYear } from '../domain/workGroup';
import { finding, missingItem } from './exports';

// Excel summaries out, spreadsheets in: what the workbook exports and the importers are asked for,
// and what they answer. The importers are stateless: every step sends the file again.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The largest file an import accepts (the browser door carries at most 8 MB of JSON). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** More data rows than this is not a Work Group's register: the file is refused whole. */
export const MAX_IMPORT_ROWS = 10_000;

export const IMPORT_KINDS = ['schools', 'participants', 'attendance', 'observations', 'surveyResponses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  schools: 'Schools and senior leaders',
  participants: 'Participants',
  attendance: 'Attendance register',
  observations: 'Observations of focus children (with measures)',
  surveyResponses: 'Answers to a questionnaire (Microsoft Forms or Google Forms)',
};

/** A questionnaire's question as a field of the answers import: "question:<its id>". */
export const QUESTION_FIELD = 'question:';

export interface ImportField {
  key: string;
  label: string;
  /** Must be mapped to a column (participants need a name OR a first name and surname). */
  required: boolean;
  hint: string;
}

/** The columns each import understands, in the order the wizard shows them. */
export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  schools: [
    { key: 'name', label: 'School name', required: true, hint: 'The school’s name' },
    { key: 'urn', label: 'URN', required: false, hint: 'Six digits; used to match schools already recorded' },
    { key: 'phase', label: 'Phase', required: false, hint: 'Primary, Secondary…; blank means the project’s phase' },
    { key: 'seniorLeaderName', label: 'Senior leader', required: false, hint: 'The senior leader’s name' },
    { key: 'seniorLeaderRole', label: 'Senior leader’s role', required: false, hint: 'For example Deputy head' },
  ],
  participants: [
    { key: 'name', label: 'Full name', required: false, hint: 'Or map a first name and a surname instead' },
    { key: 'firstName', label: 'First name', required: false, hint: 'Joined with the surname' },
    { key: 'lastName', label: 'Surname', required: false, hint: 'Joined with the first name' },
    { key: 'school', label: 'School', required: true, hint: 'A school of this Work Group: its name or URN' },
    { key: 'role', label: 'Role', required: false, hint: 'For example Year 4 teacher' },
    { key: 'researchQuestion', label: 'Research question', required: false, hint: 'Their personal research question' },
  ],
  attendance: [
    { key: 'date', label: 'Meeting date', required: true, hint: 'dd/mm/yyyy' },
    { key: 'name', label: 'Participant’s full name', required: false, hint: 'Or map a first name and a surname' },
    { key: 'firstName', label: 'First name', required: false, hint: 'Joined with the surname' },
    { key: 'lastName', label: 'Surname', required: false, hint: 'Joined with the first name' },
    { key: 'attended', label: 'Attended', required: false, hint: 'Yes/No, Present/Absent; unmapped means present' },
    { key: 'meetingKind', label: 'Kind of meeting', required: false, hint: 'Used when a new meeting is added' },
  ],
  observations: [
    { key: 'code', label: 'Focus child’s code', required: true, hint: 'The code, never the child’s name' },
    { key: 'date', label: 'Date', required: true, hint: 'dd/mm/yyyy' },
    { key: 'kind', label: 'Kind', required: false, hint: 'Note, Pupil voice, Work sample or Measure' },
    { key: 'text', label: 'What was observed', required: false, hint: 'Optional for a measure' },
    { key: 'measureValue', label: 'Score', required: false, hint: 'A number; makes the row a measure' },
    { key: 'measureScale', label: 'Scale', required: false, hint: 'For example “out of 20” (or just 20)' },
  ],
  // And one field for each question of the chosen questionnaire (QUESTION_FIELD).
  surveyResponses: [
    { key: 'name', label: 'Respondent’s name', required: false, hint: 'Or map their email address' },
    { key: 'email', label: 'Email address', required: false, hint: 'Matched to a participant named in it' },
    { key: 'date', label: 'Date answered', required: true, hint: 'Completion time or Timestamp' },
    {
      key: 'occasion',
      label: 'Start or end',
      required: false,
      hint: 'Only if one file holds both; otherwise choose above',
    },
  ],
};

/** Column positions (0-based) for each field; null or absent means "not in this file". */
export const columnMapping = z.record(z.string().max(60), z.int().min(0).max(999).nullable());
export type ColumnMapping = z.infer<typeof columnMapping>;

const importFile = {
  fileName: z
    .string({ error: 'Choose a file to import.' })
    .trim()
    .min(1, 'Choose a file to import.')
    .max(260, 'The file name is too long.'),
  dataBase64: z
    .base64({ error: 'The file could not be read. Choose it again.' })
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'The file is larger than 5 MB. Import a smaller file.'),
};

export const importInspectInput = z.strictObject({ workGroupId: entityId.optional(), ...importFile });

export const importSheet = z.object({
  name: z.string(),
  headers: z.array(z.string()),
  /** The spreadsheet row (1-based) the headings were found on. */
  headerRow: z.int(),
  rowCount: z.int(),
  /** The first few rows as text, for the user to recognise the sheet. */
  sample: z.array(z.array(z.string())),
  /** Why the sheet cannot be imported (merged headings, too many rows…); empty when it can. */
  problems: z.array(z.string()),
  warnings: z.array(z.string()),
  proposals: z.record(z.enum(IMPORT_KINDS), columnMapping),
  suggestedKind: z.enum(IMPORT_KINDS).nullable(),
});
export type ImportSheet = z.infer<typeof importSheet>;

export const importInspectOutput = z.object({
  fileType: z.enum(['xlsx', 'csv']),
  sheets: z.array(importSheet),
});

/** Which questionnaire a file of answers answers, and when (unless a column says). */
export const surveyImport = z.strictObject({
  questionnaireId: idOf('the questionnaire the file answers'),
  occasion: z.enum(SURVEY_OCCASION.values, { error: 'Choose when the answers were given.' }).optional(),
  /** After-meeting answers without one go with the latest meeting on or before each answer's date. */
  meetingId: idOf('the meeting the answers are about').optional(),
});
export type SurveyImport = z.infer<typeof surveyImport>;

export const importPreviewInput = z.strictObject({
  workGroupId: idOf('a Work Group'),
  ...importFile,
  kind: z.enum(IMPORT_KINDS, {
    error: 'Choose what the file holds: schools, participants, attendance, observations or answers to a questionnaire.',
  }),
  sheet: z.string({ error: 'Choose a sheet.' }).min(1, 'Choose a sheet.').max(200),
  mapping: columnMapping,
  survey: surveyImport.optional(),
  /** Respondents as the file names them (a name or an email address) -> the participant each is. */
  respondents: z.record(z.string().max(320), idOf('the participant')).default({}),
});

export const ROW_FATES = ['new', 'existing', 'duplicate', 'skip', 'error'] as const;
export type RowFate = (typeof ROW_FATES)[number];
export const ROW_FATE_LABELS: Record<RowFate, string> = {
  new: 'New',
  existing: 'Already recorded',
  duplicate: 'Repeated row',
  skip: 'Nothing to import',
  error: 'Error',
};

export const previewRow = z.object({
  /** The row's number in the spreadsheet, as Excel shows it. */
  row: z.int(),
  fate: z.enum(ROW_FATES),
  summary: z.string(),
  message: z.string(),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const fateCounts = z.object({
  new: z.int(),
  existing: z.int(),
  duplicate: z.int(),
  skip: z.int(),
  error: z.int(),
});

export const importPreviewOutput = z.object({
  kind: z.enum(IMPORT_KINDS),
  sheet: z.string(),
  rows: z.array(previewRow),
  counts: fateCounts,
  warnings: z.array(z.string()),
  /** Respondents matched to no participant by name or email: the user says who each is. */
  unknownRespondents: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewOutput>;

export const importCommitInput = importPreviewInput.extend({
  /** Import the good rows and leave out those with errors (the user has seen the preview). */
  skipErrors: z.boolean().default(false),
});

export const importCommitOutput = z.object({
  counts: fateCounts,
  /** Records written, by kind of record (a new school also joins the Work Group, say). */
  written: z.record(z.string(), z.int()),
  /** The backup taken before anything was written; null when there was nothing to write. */
  backup: z.string().nullable(),
});
export type ImportCommit = z.infer<typeof importCommitOutput>;

const workGroupWorkbook = z.strictObject({
  kind: z.literal('workGroup'),
  workGroupId: idOf('a Work Group'),
  asOf: z.iso.date({ error: 'The "as of" date must be a date (dd/mm/yyyy).' }).optional(),
});
const hubWorkbook = z.strictObject({
  kind: z.literal('hub'),
  projectId: entityId.optional(),
  academicYear: academicYear.optional(),
  phase: z.enum(PHASE.values, { error: 'Choose the phase.' }).optional(),
  asOf: z.iso.date({ error: 'The "as of" date must be a date (dd/mm/yyyy).' }).optional(),
});
const whichWorkbook = { error: 'Choose which workbook: a Work Group summary or the hub workbook.' };

/** Which workbook: also what the personal-data check is asked to look at before it is made. */
export const workbookRequest = z.discriminatedUnion('kind', [workGroupWorkbook, hubWorkbook], whichWorkbook);
export type WorkbookRequest = z.infer<typeof workbookRequest>;

/** Go on although the check still finds something (the user has looked and accepts it). */
const accepted = { allowFlagged: z.boolean().default(false) };
export const workbookExportInput = z.discriminatedUnion(
  'kind',
  [workGroupWorkbook.extend(accepted), hubWorkbook.extend(accepted)],
  whichWorkbook,
);
export type WorkbookExportInput = z.infer<typeof workbookExportInput>;

export const workbookOutput = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
  findings: z.array(finding),
  missing: z.array(missingItem),
});
