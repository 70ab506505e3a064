import { z } from 'zod';
import { PHASE } from '../domain/enums';
import { academicYear } from '../domain/workGroup';
import { entityId, idOf, requiredText } from '../domain/fields';
import { CODABLE_KINDS } from '../themes/fields';
import { suppressible } from './evaluation';

// The codebook's own actions (beyond the list, create, update, delete and restore every kind of
// record has: `theme.*`, `codedPassage.*`) and the figures read from coded passages.

const workGroupInput = z.strictObject({ workGroupId: idOf('a Work Group') });

export const themesAddStarterInput = z.strictObject({
  workGroupId: idOf('a Work Group'),
  /** The starter themes to add, by name; those the codebook has already are left as they are. */
  names: z.array(requiredText('Theme name', 80)).min(1, 'Choose at least one theme to add.').max(100),
});

/** Merges one theme into another: its passages move to the survivor, and it goes to the Trash. */
export const themesMergeInput = z.strictObject({
  id: idOf('the theme to merge'),
  intoId: idOf('the theme to keep'),
});

/** In a hub's workspace, counts one Work Group's theme as another's in the roll-up (or stops doing so). */
export const themesMapInput = z.strictObject({
  themeId: idOf('a theme'),
  sameAsId: idOf('the theme it is the same as').nullable(),
});
export const themeMapping = z.object({ themeId: entityId, sameAsId: entityId.nullable() });

export const CASE_KINDS = ['participant', 'focusChild', 'school'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const themesFiguresInput = workGroupInput;

const cell = z.object({ count: z.int(), passageIds: z.array(entityId) });
const breakdown = z.array(z.object({ key: z.string(), label: z.string(), count: z.int() }));

const changeSpread = z.object({
  /** Focus children in this set (withheld when 1 to 4, as every count of pupils is). */
  n: suppressible,
  /** How many had each end-of-year judgement (1 to 5), when at least 5 children are in the set. */
  judgements: z.array(z.object({ judgement: z.int(), count: z.int() })).nullable(),
  median: z.number().nullable(),
  /** Children in the set with no end-of-year judgement yet. */
  notJudged: z.int(),
});

export const themeFigures = z.object({
  themes: z.array(
    z.object({
      id: entityId,
      name: z.string(),
      description: z.string(),
      parentId: entityId.optional(),
      retired: z.boolean(),
      /** Coded passages carrying the theme or a narrower theme under it (each passage once). */
      passages: z.int(),
      /** Records with at least one such passage. */
      records: z.int(),
      /** Of the passages, those whose words went in an edit and await the Lead's review. */
      needsReview: z.int(),
      byParticipant: breakdown,
      byFocusChild: breakdown,
      bySchool: breakdown,
      byTerm: breakdown,
      byRecordKind: breakdown,
    }),
  ),
  /** Rows are themes (in the order of `themes`); columns the cases of each kind. */
  matrix: z.object({
    participant: z.object({ cases: breakdown, cells: z.array(z.array(cell)) }),
    focusChild: z.object({ cases: breakdown, cells: z.array(z.array(cell)) }),
    school: z.object({ cases: breakdown, cells: z.array(z.array(cell)) }),
  }),
  /** Pairs of themes coded together: in the same record, and in overlapping passages. */
  coOccurrence: z.array(z.object({ themeId: entityId, otherId: entityId, records: z.int(), overlapping: z.int() })),
  /** Per theme, the end-of-year change of the focus children whose records carry it, beside the others'. */
  change: z.array(z.object({ themeId: entityId, with: changeSpread, without: changeSpread, wording: z.string() })),
  /** Coded passages in all, and those awaiting review. */
  totals: z.object({ passages: z.int(), needsReview: z.int() }),
});
export type ThemeFigures = z.infer<typeof themeFigures>;

export const themesPassagesInput = z.strictObject({
  workGroupId: idOf('a Work Group'),
  themeId: entityId.optional(),
  /** Only the passages of one participant, focus child or school (a cell of the matrix). */
  caseKind: z.enum(CASE_KINDS).optional(),
  caseId: entityId.optional(),
});

/** A coded passage with where it is from and the words around it. */
export const passageInContext = z.object({
  id: entityId,
  recordKind: z.enum(CODABLE_KINDS),
  recordId: entityId,
  field: z.string(),
  startOffset: z.int(),
  endOffset: z.int(),
  words: z.string(),
  themeIds: z.array(entityId),
  needsReview: z.boolean(),
  /** The record as a line names it: "Journal entry, 12/11/2025 (Teacher One)". */
  source: z.string(),
  /** The field's name in a sentence: "entry", "pen portrait (start of year)". */
  fieldLabel: z.string(),
  date: z.string().optional(),
  before: z.string(),
  after: z.string(),
});
export type PassageInContext = z.infer<typeof passageInContext>;

/** The hub's Work Groups whose themes are rolled up: as the hub view's filters choose them. */
export const themesHubInput = z.strictObject({
  projectId: entityId.optional(),
  academicYear: academicYear.optional(),
  phase: z.enum(PHASE.values, { error: 'Choose the phase.' }).optional(),
});

/** Themes across a hub's Work Groups, matched by name (or by the hub's own mapping). */
export const hubThemes = z.object({
  workGroups: z.int(),
  themes: z.array(
    z.object({
      name: z.string(),
      /** Work Groups whose codebooks have it (by name or mapping). */
      workGroups: z.int(),
      /** Work Groups with passages coded to it. */
      workGroupsCoding: z.int(),
      passages: z.int(),
      /** Focus children whose records carry it, across the hub (withheld when 1 to 4). */
      focusChildren: suppressible,
      /** Each group's theme counted under this name, and its passages. */
      groups: z.array(
        z.object({
          workGroupId: entityId,
          code: z.string(),
          themeId: entityId,
          name: z.string(),
          /** Its passages, and its narrower themes' when it is a broader theme. */
          passages: z.int(),
          /** The other group's theme the hub counts it as, when the hub mapped it. */
          mappedTo: z.object({ themeId: entityId, code: z.string(), name: z.string() }).optional(),
        }),
      ),
    }),
  ),
});
export type HubThemes = z.infer<typeof hubThemes>;
