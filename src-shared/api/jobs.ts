import { z } from 'zod';

// Long work (hub roll-ups, documents and workbooks) runs beside the other calls: the app can ask
// how far it has got and cancel it.

export const job = z.object({
  id: z.string(),
  /** The contract method the work answers. */
  method: z.string(),
  /** What it is doing now, in plain words ("Writing the workbook"), empty before it starts. */
  stage: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type Job = z.infer<typeof job>;

export const jobCancelInput = z.strictObject({ id: z.string({ error: 'Say which work to cancel.' }).min(1).max(100) });
