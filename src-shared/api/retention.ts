import { z } from 'zod';
import { entityId } from '../domain/fields';

// Focus children's data is personal data, kept only as long as the workspace's setting says: this many
// years after the end of the academic year of its Work Group. What is older is offered for deletion.

export const retentionItem = z.object({
  /** The focus child's id. */
  id: entityId,
  code: z.string(),
  yearGroup: z.string(),
  workGroupId: entityId,
  workGroupCode: z.string(),
  academicYear: z.string(),
  observations: z.int(),
  /** The last day its data is kept under the setting (ISO date). */
  keepUntil: z.string(),
  /** The retain-until date recorded for the child, if any. */
  retainUntil: z.string().optional(),
});
export type RetentionItem = z.infer<typeof retentionItem>;

export const retentionListOutput = z.object({
  years: z.int(),
  items: z.array(retentionItem),
});

export const retentionDeleteInput = z.strictObject({
  focusChildIds: z
    .array(entityId, { error: 'Choose the focus children to delete.' })
    .min(1, 'Choose at least one focus child to delete.')
    .max(10_000, 'Delete no more than 10,000 focus children at a time.'),
  /** Erase for good at once rather than move to the Trash (then no backup is taken: it would keep the data). */
  eraseNow: z.boolean().default(false),
});
export const retentionDeleteOutput = z.object({
  /** Focus children moved to the Trash (or erased), and their observations with them. */
  deleted: z.int(),
  records: z.int(),
  erased: z.boolean(),
  /** The backup taken first, when the data went to the Trash. */
  backup: z.string().optional(),
});
