import { z } from 'zod';
import { entityId, MAX_LONG_TEXT } from '../domain/fields';

// The personal-data check asked for while a Lead types, so that the check's name lists stay in the
// main process and out of the window's bundle. It answers as the export check does (exports.ts).

export const privacyCheckInput = z.strictObject({
  /** What is typed in the long-text fields of a form; each finding's `where` is the text's number, from 1. */
  texts: z.array(z.string().max(MAX_LONG_TEXT)).min(1).max(20),
  /** The Work Group the record belongs to: its teachers, leaders and schools are looked for too. */
  workGroupId: entityId.optional(),
});
