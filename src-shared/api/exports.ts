import { z } from 'zod';
import { entityId } from '../domain/fields';
import { PHASE } from '../domain/enums';
import { academicYear } from '../domain/workGroup';

// What the Word documents and the PowerPoint slides are asked for, and what comes back: the file
// itself, and anything in it that may identify a person, for the user to fix, replace in this
// export only, or accept.

/** Which Work Groups a hub document covers: all of them, or those of one project, year or phase. */
const hubFilters = {
  projectId: entityId.optional(),
  academicYear: academicYear.optional(),
  phase: z.enum(PHASE.values).optional(),
};

export const documentRequest = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('caseStudy'), focusChildId: entityId }),
    z.strictObject({ kind: z.literal('actionResearch'), participantId: entityId }),
    z.strictObject({ kind: z.literal('report'), workGroupId: entityId }),
    z.strictObject({ kind: z.literal('hubSummary'), ...hubFilters }),
    z.strictObject({ kind: z.literal('workGroupSlides'), workGroupId: entityId }),
    z.strictObject({ kind: z.literal('hubSlides'), ...hubFilters }),
  ],
  {
    error: 'Choose what to export: a case study, an action-research write-up, a report, a hub summary or slides.',
  },
);
export type DocumentRequest = z.infer<typeof documentRequest>;

export const FINDING_KINDS = ['name', 'known_person', 'school', 'email', 'phone', 'date_of_birth', 'upn'] as const;
export const finding = z.object({
  where: z.string(),
  kind: z.enum(FINDING_KINDS),
  match: z.string(),
  context: z.string(),
});

export const replacement = z.strictObject({
  match: z.string().min(1).max(200),
  replacement: z.string().max(200),
});

export const exportOptions = {
  document: documentRequest,
  /** Schools and teachers' names appear only when the Lead chooses to show them. */
  showSchool: z.boolean().default(false),
};

export const checkInput = z.strictObject(exportOptions);
export const checkOutput = z.object({ findings: z.array(finding) });

/** The Work Group tabs where something still to complete is recorded. */
export const COMPLETION_TABS = [
  'overview',
  'schools',
  'participants',
  'focus-children',
  'action-research',
  'evaluation',
] as const;

/** Something an export would be the better for, and where in the app to record it. */
export const missingItem = z.object({
  /** A plain sentence: "Y5-A03: the end-of-year pen portrait has not been written." */
  text: z.string(),
  /** Where to fix it, in words: "the Focus children tab, Y5-A03". */
  where: z.string(),
  workGroupId: entityId,
  tab: z.enum(COMPLETION_TABS),
  itemId: entityId.optional(),
});
export type MissingItem = z.infer<typeof missingItem>;

/** A document's check: what may identify someone, and what is still to complete. */
export const documentCheckOutput = checkOutput.extend({ missing: z.array(missingItem) });

export const documentInput = z.strictObject({
  ...exportOptions,
  replacements: z.array(replacement).max(500).default([]),
  /** Go on although the check still finds something (the user has looked and accepts it). */
  allowFlagged: z.boolean().default(false),
});
export const documentOutput = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
  findings: z.array(finding),
  missing: z.array(missingItem),
});
