import { z } from 'zod';
import { entityId } from '../domain/fields';

// What is typed in a form and not saved yet, kept in the workspace as it is typed (migration 010).

/** The most a draft may hold, as JSON: far more than any form's fields, far less than a file. */
export const MAX_DRAFT_CHARS = 500_000;

/** Which form: "journalEntry:<id>" for a record being edited, "journalEntry:new:<parent id>" for a new one. */
export const draftKey = z
  .string({ error: 'Say which form the draft belongs to.' })
  .max(200, 'Say which form the draft belongs to.')
  .regex(/^[A-Za-z]+(:[0-9A-Za-z-]+)+$/, 'Say which form the draft belongs to.');

const draftFields = z
  .record(z.string().max(100), z.unknown(), { error: 'A draft holds the form’s fields.' })
  .refine(
    (fields) => JSON.stringify(fields).length <= MAX_DRAFT_CHARS,
    'This draft is too long to keep. Save what you have typed, or shorten it.',
  );

export const draftGetInput = z.strictObject({ key: draftKey });
export const draftSaveInput = z.strictObject({
  key: draftKey,
  /** The Work Group and record the form is about: erasing either erases the draft. */
  workGroupId: entityId.optional(),
  recordId: entityId.optional(),
  fields: draftFields,
});
export const draftDiscardInput = draftGetInput;
/** One Work Group's drafts, or (without one) every draft in the workspace. */
export const draftListInput = z.strictObject({ workGroupId: entityId.optional() });

/** A Work Group's drafts as its lists mark them: which form, about which record. */
export const draftSummary = z.object({ key: z.string(), recordId: z.string().nullable(), savedAt: z.string() });

export const draft = z.object({ fields: z.record(z.string(), z.unknown()), savedAt: z.string() });
export type Draft = z.infer<typeof draft>;
