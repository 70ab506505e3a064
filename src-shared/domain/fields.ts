import { z } from 'zod';

// Building blocks for the entity schemas, with messages a teacher can act on.
export const MAX_LONG_TEXT = 20_000;

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be ${max} characters or fewer.`);

export const optionalText = (label: string, max = MAX_LONG_TEXT) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer.`)
    .default('');

export const entityId = z.uuid({ error: 'This is not a valid identifier.' });

export const idOf = (label: string) => z.uuid({ error: `Choose ${label}.` });

export const isoDate = (label: string) => z.iso.date({ error: `${label} must be a date (dd/mm/yyyy).` });

export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

export const listOf = <T extends z.ZodType>(item: T, max = 200) =>
  z.array(item).max(max, `No more than ${max} may be chosen.`).default([]);

export const rating = z
  .number({ error: 'A rating must be a number from 1 to 5.' })
  .int('A rating must be a whole number from 1 to 5.')
  .min(1, 'A rating must be from 1 to 5.')
  .max(5, 'A rating must be from 1 to 5.');
