import { z } from 'zod';
import { idOf } from '../domain/fields';
import { workGroupFields } from '../domain/workGroup';

// The key findings that open a Work Group's end-of-year report: the Lead's own once edited, the
// app's draft from the evidence until then.

export const keyFindingsGetInput = z.strictObject({ workGroupId: idOf('a Work Group') });

/** An empty list takes the Lead's findings away: the report goes back to the app's draft. */
export const keyFindingsSetInput = z.strictObject({
  workGroupId: idOf('a Work Group'),
  findings: workGroupFields.shape.keyFindings,
});

export const keyFindings = z.object({
  findings: z.array(z.string()),
  /** Whether these are the Lead's words; false while they are the app's draft. */
  edited: z.boolean(),
});
export type KeyFindings = z.infer<typeof keyFindings>;
