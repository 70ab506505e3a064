import { z } from 'zod';
import { isAcademicYear } from '../calendar/academicYear';
import { PD_ACTIVITY_TYPES, WORK_GROUP_STATUSES } from './enums';

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be ${max} characters or fewer.`);

export const workGroupCode = z
  .string({ error: 'Code is required.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, 'Code must be 2 to 24 letters, digits or hyphens, for example TRG-2025-01.');

export const academicYear = z
  .string({ error: 'Academic year is required.' })
  .trim()
  .refine(isAcademicYear, 'Academic year must look like 2025/26.');

export const entityId = z.uuid({ error: 'This is not a valid identifier.' });

export const workGroupFields = z.object({
  code: workGroupCode,
  name: requiredText('Name', 200),
  academicYear,
  project: requiredText('Project', 200),
  pdActivityType: z.enum(PD_ACTIVITY_TYPES, {
    error: 'Choose a PD activity type: Work Group, Programme, Community or Targeted Support in Maths.',
  }),
  leadName: requiredText("Lead's name", 200),
});
export type WorkGroupFields = z.infer<typeof workGroupFields>;

export const workGroup = workGroupFields.extend({
  id: entityId,
  status: z.enum(WORK_GROUP_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkGroup = z.infer<typeof workGroup>;
