import { z } from 'zod';
import { isAcademicYear } from '../calendar/academicYear';
import { NCETM_AREA, OUTCOME_OWNER, WORK_GROUP_STATUSES } from './enums';
import { choice, entityId, idOf, listOf, optionalText, requiredText } from './fields';

export { entityId };

export const workGroupCode = z
  .string({ error: 'Code is required.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, 'Code must be 2 to 24 letters, digits or hyphens, for example TRG-2025-01.');

export const academicYear = z
  .string({ error: 'Academic year is required.' })
  .trim()
  .refine(isAcademicYear, 'Academic year must look like 2025/26.');

/** The most key findings a report opens with: a reader takes in five points, not ten. */
export const MAX_KEY_FINDINGS = 5;

/** "X will …": an intended outcome agreed at inception, in one NCETM area. */
export const intendedOutcome = z.strictObject({
  area: choice(NCETM_AREA.values, 'Choose the NCETM outcome area.'),
  owner: choice(OUTCOME_OWNER.values, 'Choose who the outcome belongs to: teachers, pupils or the school.'),
  statement: requiredText('The intended outcome', 1000),
});
export type IntendedOutcome = z.infer<typeof intendedOutcome>;

/** One statement of the Lead's own confidence survey, rated 1 to 5 at the start and the end. */
export const surveyItem = z.strictObject({
  id: requiredText('Survey item id', 40),
  statement: requiredText('Survey statement', 300),
});

export const DEFAULT_SURVEY_ITEMS = [
  { id: 'subject-knowledge', statement: 'I am confident in my subject knowledge for the mathematics I teach.' },
  { id: 'questioning', statement: 'I use questioning to reveal and develop pupils’ mathematical thinking.' },
  { id: 'representations', statement: 'I choose representations that expose the structure of the mathematics.' },
  { id: 'research', statement: 'I draw on research evidence when I plan and evaluate my teaching.' },
  { id: 'inquiry', statement: 'I can design and evaluate a small-scale inquiry in my own classroom.' },
];

export const workGroupFields = z.object({
  code: workGroupCode,
  name: requiredText('Name', 200),
  academicYear,
  projectId: idOf('a project'),
  leadName: requiredText("Lead's name", 200),
  umbrellaQuestion: optionalText('The umbrella research question', 1000),
  intendedOutcomes: listOf(intendedOutcome, 40),
  surveyItems: listOf(surveyItem, 20),
  /**
   * The 3–5 key findings that open the end-of-year report, in the Lead's words. Empty until the
   * Lead edits them: until then the report shows the app's draft, marked as a draft.
   */
  keyFindings: z
    .array(requiredText('A key finding', 600))
    .max(
      MAX_KEY_FINDINGS,
      `Keep to ${MAX_KEY_FINDINGS} key findings at most: a reader takes in a few points, not many.`,
    )
    .default([]),
});
export type WorkGroupFields = z.input<typeof workGroupFields>;

export const workGroup = workGroupFields.extend({
  id: entityId,
  status: z.enum(WORK_GROUP_STATUSES),
  projectName: z.string(),
  pdActivityType: z.string(),
  previousWorkGroupId: entityId.optional(),
  rolledOverToId: entityId.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkGroup = z.infer<typeof workGroup>;
