import { z } from 'zod';
import { DFE_STANDARD, NCETM_AREA } from '../domain/enums';
import { choice, idOf, listOf, optionalText, requiredText } from '../domain/fields';

// The fields of a theme in a Work Group's codebook, and of a passage coded to themes.

/** The long-text fields that can be coded, by kind of record (field -> its name in a sentence). */
export const CODABLE_FIELDS = {
  journalEntry: { text: 'entry' },
  observation: { text: 'observation' },
  focusChild: {
    penPortraitStart: 'pen portrait (start of year)',
    penPortraitEnd: 'pen portrait (end of year)',
    desiredChange: 'desired change',
    changeNote: 'note on change',
  },
  meeting: { notes: 'notes' },
  schoolParticipation: {
    intendedImpact: 'intended impact',
    endEvaluation: "leader's end-of-year evaluation",
    continuationPlan: 'how the work continues',
  },
  actionResearchCycle: { plan: 'plan', act: 'act', observe: 'observe', reflect: 'reflect' },
} as const;
export type CodableKind = keyof typeof CODABLE_FIELDS;
export const CODABLE_KINDS = Object.keys(CODABLE_FIELDS) as [CodableKind, ...CodableKind[]];

/** Whether a kind of record has text that can be coded. */
export const isCodableKind = (kind: string): kind is CodableKind => Object.hasOwn(CODABLE_FIELDS, kind);

/** Whether a kind's field is one that can be coded. */
export const isCodable = (kind: string, field: string): kind is CodableKind =>
  isCodableKind(kind) && Object.hasOwn(CODABLE_FIELDS[kind], field);

export const themeFields = z.object({
  workGroupId: idOf('a Work Group'),
  name: requiredText('Theme name', 80),
  description: optionalText('Description', 1000),
  /** The broader theme this one sits under (two levels at most). */
  parentId: idOf('a broader theme').optional(),
  areas: listOf(choice(NCETM_AREA.values, 'Choose NCETM outcome areas from the list.'), 4),
  standards: listOf(choice(DFE_STANDARD.values, 'Choose DfE standards from the list.'), 5),
  /** No longer offered for coding; its passages stay and still count. */
  retired: z.boolean().default(false),
});

const offset = (label: string) =>
  z
    .int({ error: `${label} must be a whole number.` })
    .min(0, `${label} cannot be below 0.`)
    .max(1_000_000, `${label} is past the end of any text.`);

export const codedPassageFields = z.object({
  workGroupId: idOf('a Work Group'),
  recordKind: choice(CODABLE_KINDS, 'Choose a kind of record with text that can be coded.'),
  recordId: idOf('the record the passage is in'),
  field: requiredText('Field', 40),
  startOffset: offset('The start of the passage'),
  endOffset: offset('The end of the passage'),
  /** The words the passage covers, as they were when coded or last found (untrimmed: they are the text's own). */
  words: z
    .string({ error: 'The words coded must be text.' })
    .min(1, 'Select at least one word to code.')
    .max(5000, 'Code at most 5,000 characters at a time.'),
  themeIds: z
    .array(idOf('a theme'))
    .min(1, 'Choose at least one theme.')
    .max(20, 'No more than 20 themes may be applied to one passage.'),
  /** The words could not be found again after an edit of the record: the Lead should look. */
  needsReview: z.boolean().default(false),
});

/** A passage ends after it starts, and covers one of the fields that can be coded. */
export function checkPassage(value: z.output<typeof codedPassageFields>, ctx: z.RefinementCtx): void {
  if (value.endOffset <= value.startOffset)
    ctx.addIssue({ code: 'custom', path: ['endOffset'], message: 'Select at least one word to code.' });
  if (!isCodable(value.recordKind, value.field))
    ctx.addIssue({ code: 'custom', path: ['field'], message: 'That part of the record cannot be coded.' });
}
