import type { z } from 'zod';
import { formatDateGB } from '../calendar/dates';
import { IMPLEMENTATION_STAGE, MEETING_KIND, OBSERVATION_KIND, SURVEY_OCCASION } from './enums';
import {
  actionPlanFields,
  actionResearchCycleFields,
  checkMeasure,
  checkOccasion,
  checkQuestions,
  EVIDENCE_KINDS,
  focusChildFields,
  impactClaimFields,
  journalEntryFields,
  meetingFields,
  observationFields,
  participantFields,
  projectFields,
  questionnaireFields,
  readingFields,
  researchLessonFields,
  schoolFields,
  schoolParticipationFields,
  surveyResponseFields,
  supportDayFields,
} from './records';
import { checkPassage, codedPassageFields, themeFields } from '../themes/fields';

// The registry of record kinds: everything the app knows about a kind of record, in one place.
// The contract's methods, the services' tables and rules, the exchange tables, erasure, search,
// the evaluation snapshot and the renderer's lists are all derived from it. Rules that need the
// store live in src-main/kinds/<kind>.ts.

/** Every kind of record, in the order their rows can be written (a kind before the kinds that point at it). */
export const RECORD_KINDS = [
  'project',
  'school',
  'schoolParticipation',
  'participant',
  'reading',
  'meeting',
  'supportDay',
  'actionPlan',
  'focusChild',
  'journalEntry',
  'observation',
  'actionResearchCycle',
  'impactClaim',
  'questionnaire',
  'surveyResponse',
  'theme',
  'codedPassage',
  'researchLesson',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
/** What can go to the Trash: a record, or a whole Work Group. */
export type TrashKind = RecordKind | 'workGroup';
/** What a field can point at: another record, or an image. */
export type Referenced = RecordKind | 'attachment';

type FieldName<S extends z.ZodRawShape> = keyof S & string;

interface KindDefinition<S extends z.ZodRawShape, Plural extends string> {
  /** The kind's name in a sentence: "journal entry". */
  label: string;
  /** The fields a person types or picks (the store adds ids and timestamps). */
  fields: z.ZodObject<S>;
  /** A check across fields that the fields alone cannot say; run by forms, doors and bundles alike. */
  refine?: (value: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void;
  /** The record this one belongs to: deleting that takes this one to the Trash too. Without one, a kind is workspace-wide. */
  parent?: { field: FieldName<S>; kind: TrashKind };
  /** Fields holding the id (or a list of ids) of another record, which must exist in the same Work Group. */
  refs?: Partial<Record<FieldName<S>, Referenced>>;
  /** Links to another year's record (rollover), which bundles do not carry. */
  rolloverLinks?: Partial<Record<FieldName<S>, RecordKind>>;
  /** A field holding links to pieces of evidence ({kind, id}), which must exist in the same Work Group. */
  evidenceLinks?: FieldName<S>;
  /** Date fields that must fall inside the Work Group's academic year unless the user confirms. */
  dates?: FieldName<S>[];
  /** Free-text fields indexed for search. */
  searchable?: FieldName<S>[];
  /** What erasing for good overwrites: what people wrote, and names. */
  erased: FieldName<S>[];
  /** SQL ORDER BY of a list. */
  orderBy?: string;
  /** Lists show the latest first, as a diary is read, rather than in orderBy's order. */
  newestFirst?: boolean;
  /** The name of the snapshot's list of these records (a Work Group's kinds only). */
  plural?: Plural;
  /** A record named in a line: the Trash, search results. */
  title(record: z.output<z.ZodObject<S>>): string;
}

const kind = <S extends z.ZodRawShape, const Plural extends string = never>(definition: KindDefinition<S, Plural>) =>
  definition;

/** A noun with its indefinite article: "an observation", "a journal entry". */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const firstWords = (text: string, words = 8) => {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.slice(0, words).join(' ') + (parts.length > words ? '…' : '');
};
const dated = (date: string, what: string) => `${what}, ${formatDateGB(date)}`;

export const RECORD_KIND_REGISTRY = {
  project: kind({
    label: 'project',
    fields: projectFields,
    erased: ['name'],
    orderBy: 'name',
    title: (r) => r.name,
  }),
  school: kind({
    label: 'school',
    fields: schoolFields,
    searchable: ['name'],
    erased: ['name'],
    orderBy: 'name',
    title: (r) => r.name,
  }),
  schoolParticipation: kind({
    label: "school's participation",
    plural: 'schoolParticipations',
    fields: schoolParticipationFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school' },
    searchable: ['seniorLeaderName', 'intendedImpact', 'endEvaluation', 'continuationPlan'],
    erased: [
      'seniorLeaderName',
      'seniorLeaderRole',
      'intendedImpact',
      'endEvaluation',
      'continuationPlan',
      'leaderEngagements',
    ],
    title: (r) => `Participation of a school${r.seniorLeaderName ? ` (leader: ${r.seniorLeaderName})` : ''}`,
  }),
  participant: kind({
    label: 'participant',
    plural: 'participants',
    fields: participantFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school' },
    searchable: ['name', 'role', 'researchQuestion', 'cohort', 'comesFrom'],
    erased: ['name', 'role', 'researchQuestion', 'comesFrom', 'startRatings', 'endRatings'],
    orderBy: 'name',
    title: (r) => r.name,
  }),
  reading: kind({
    label: 'reading',
    plural: 'readings',
    fields: readingFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    searchable: ['citation', 'summary'],
    erased: ['citation', 'link', 'summary'],
    orderBy: 'citation',
    title: (r) => firstWords(r.citation, 12),
  }),
  meeting: kind({
    label: 'meeting',
    plural: 'meetings',
    fields: meetingFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { hostSchoolId: 'school', attendeeIds: 'participant', readingIds: 'reading' },
    dates: ['date'],
    searchable: ['notes', 'materialsUnit'],
    erased: ['notes'],
    orderBy: 'date, created_at',
    title: (r) => dated(r.date, MEETING_KIND.labels[r.kind] ?? 'Meeting'),
  }),
  supportDay: kind({
    label: 'support day',
    plural: 'supportDays',
    fields: supportDayFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school', attendeeIds: 'participant' },
    dates: ['date'],
    searchable: ['notes', 'nextSteps'],
    erased: ['notes', 'nextSteps'],
    orderBy: 'date, created_at',
    title: (r) => dated(r.date, `Support day (${IMPLEMENTATION_STAGE.labels[r.stage] ?? 'support'})`),
  }),
  actionPlan: kind({
    label: 'action plan',
    plural: 'actionPlans',
    fields: actionPlanFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school' },
    searchable: ['developmentFocus', 'successCriteria', 'actions', 'review'],
    erased: ['developmentFocus', 'successCriteria', 'actions', 'review'],
    title: (r) => `Action plan: ${firstWords(r.developmentFocus)}`,
  }),
  focusChild: kind({
    label: 'focus child',
    plural: 'focusChildren',
    fields: focusChildFields,
    parent: { field: 'participantId', kind: 'participant' },
    rolloverLinks: { carriedFromId: 'focusChild' },
    searchable: ['code', 'penPortraitStart', 'penPortraitEnd', 'desiredChange', 'changeNote'],
    erased: ['penPortraitStart', 'penPortraitEnd', 'desiredChange', 'changeNote'],
    orderBy: 'code',
    title: (r) => `Focus child ${r.code}`,
  }),
  journalEntry: kind({
    label: 'journal entry',
    plural: 'journalEntries',
    fields: journalEntryFields,
    parent: { field: 'participantId', kind: 'participant' },
    refs: { focusChildIds: 'focusChild', readingIds: 'reading', meetingId: 'meeting' },
    dates: ['date'],
    searchable: ['text'],
    erased: ['text'],
    orderBy: 'date, created_at',
    newestFirst: true,
    title: (r) => `${dated(r.date, 'Journal entry')}: ${firstWords(r.text)}`,
  }),
  observation: kind({
    label: 'observation',
    plural: 'observations',
    fields: observationFields,
    refine: checkMeasure,
    parent: { field: 'focusChildId', kind: 'focusChild' },
    refs: { attachmentId: 'attachment' },
    dates: ['date'],
    searchable: ['text', 'measureScale'],
    erased: ['text'],
    orderBy: 'date, created_at',
    newestFirst: true,
    title: (r) => `${dated(r.date, OBSERVATION_KIND.labels[r.kind] ?? 'Observation')}: ${firstWords(r.text)}`,
  }),
  actionResearchCycle: kind({
    label: 'action-research cycle',
    plural: 'actionResearchCycles',
    fields: actionResearchCycleFields,
    parent: { field: 'participantId', kind: 'participant' },
    refs: { focusChildIds: 'focusChild' },
    dates: ['startDate', 'endDate'],
    searchable: ['plan', 'act', 'observe', 'reflect'],
    erased: ['plan', 'act', 'observe', 'reflect'],
    orderBy: 'number',
    title: (r) => `Action-research cycle ${r.number}`,
  }),
  impactClaim: kind({
    label: 'impact claim',
    plural: 'impactClaims',
    fields: impactClaimFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    evidenceLinks: 'evidence',
    searchable: ['statement'],
    erased: ['statement'],
    title: (r) => `Impact claim: ${firstWords(r.statement)}`,
  }),
  questionnaire: kind({
    label: 'questionnaire',
    plural: 'questionnaires',
    fields: questionnaireFields,
    refine: checkQuestions,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    searchable: ['title'],
    erased: ['title', 'questions'],
    orderBy: 'title',
    title: (r) => `Questionnaire: ${r.title}`,
  }),
  surveyResponse: kind({
    label: 'set of answers',
    plural: 'surveyResponses',
    fields: surveyResponseFields,
    refine: checkOccasion,
    // A participant's own record, so a teacher's updates carry it back to the Lead.
    parent: { field: 'participantId', kind: 'participant' },
    refs: { questionnaireId: 'questionnaire', meetingId: 'meeting' },
    dates: ['date'],
    erased: ['answers'],
    orderBy: 'date, created_at',
    newestFirst: true,
    title: (r) => dated(r.date, `Answers (${SURVEY_OCCASION.labels[r.occasion].toLowerCase()})`),
  }),
  theme: kind({
    label: 'theme',
    plural: 'themes',
    fields: themeFields,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { parentId: 'theme' },
    erased: ['name', 'description'],
    orderBy: 'name COLLATE NOCASE',
    title: (r) => `Theme: ${r.name}`,
  }),
  codedPassage: kind({
    label: 'coded passage',
    plural: 'codedPassages',
    fields: codedPassageFields,
    refine: checkPassage,
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { themeIds: 'theme' },
    erased: ['words'],
    orderBy: 'record_id, start_offset',
    title: (r) => `Coded passage: ${firstWords(r.words)}`,
  }),
  researchLesson: kind({
    label: 'research lesson',
    plural: 'researchLessons',
    fields: researchLessonFields,
    parent: { field: 'meetingId', kind: 'meeting' },
    refs: { observationIds: 'observation' },
    searchable: ['aim', 'discussion', 'changes'],
    erased: ['aim', 'casePupils', 'discussion', 'changes'],
    title: (r) => `Research lesson: ${firstWords(r.aim)}`,
  }),
} as const satisfies { [K in RecordKind]: unknown };

type Registry = typeof RECORD_KIND_REGISTRY;

/** The fields of a record of this kind, as its schema gives them. */
export type KindFields<K extends RecordKind> = z.output<Registry[K]['fields']>;

/** The kinds that belong to one Work Group (those with a parent, and so a snapshot list); the rest are workspace-wide. */
export type GroupKind = {
  [K in RecordKind]: [NonNullable<Registry[K]['plural']>] extends [never] ? never : K;
}[RecordKind];

/** A kind's name for a list of its records in a Work Group's snapshot: "focusChildren". */
export type PluralOf<K extends GroupKind> = NonNullable<Registry[K]['plural']>;

/** One kind's entry as generic code reads it: field names as strings, defaults filled in. */
export interface RecordKindSpec {
  kind: RecordKind;
  label: string;
  /** "Journal entry": the label at the start of a line or as a heading. */
  heading: string;
  table: string;
  fields: z.ZodObject;
  shape: z.ZodRawShape;
  refine?: ((value: Record<string, unknown>, ctx: z.RefinementCtx) => void) | undefined;
  /** The fields with the kind's refinement: what a form checks before sending, and a bundle's row is checked with. */
  schema: z.ZodType<Record<string, unknown>>;
  parent?: { field: string; kind: TrashKind } | undefined;
  refs: Record<string, Referenced>;
  rolloverLinks: Record<string, RecordKind>;
  evidenceLinks?: string | undefined;
  dates: string[];
  searchable: string[];
  erased: string[];
  orderBy: string;
  newestFirst: boolean;
  /** A piece of evidence an impact claim can point to. */
  evidence: boolean;
  plural?: string | undefined;
  title(record: Record<string, unknown>): string;
}

export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const specOf = (k: RecordKind): RecordKindSpec => {
  const definition: Omit<KindDefinition<z.ZodRawShape, string>, 'title'> & {
    title: RecordKindSpec['title'];
  } = RECORD_KIND_REGISTRY[k] as never;
  return {
    kind: k,
    heading: definition.label[0]!.toUpperCase() + definition.label.slice(1),
    table: snakeCase(k),
    shape: definition.fields.shape,
    evidence: (EVIDENCE_KINDS as readonly string[]).includes(k),
    refs: {},
    rolloverLinks: {},
    dates: [],
    searchable: [],
    orderBy: 'created_at, id',
    newestFirst: false,
    schema: definition.refine ? definition.fields.superRefine(definition.refine) : definition.fields,
    ...(definition as Omit<typeof definition, 'refs' | 'rolloverLinks'>),
    ...(definition.refs ? { refs: definition.refs as Record<string, Referenced> } : {}),
    ...(definition.rolloverLinks ? { rolloverLinks: definition.rolloverLinks as Record<string, RecordKind> } : {}),
  };
};

export const RECORD_KIND_SPECS = Object.fromEntries(RECORD_KINDS.map((k) => [k, specOf(k)])) as Record<
  RecordKind,
  RecordKindSpec
>;

/** The kinds whose records belong to a Work Group, in the registry's order. */
export const GROUP_KINDS = RECORD_KINDS.filter(
  (k) => RECORD_KIND_SPECS[k].parent !== undefined,
) as unknown as readonly [GroupKind, ...GroupKind[]];

/** The kinds whose records belong directly to a record of the given kind. */
export const childKinds = (parent: TrashKind): RecordKind[] =>
  RECORD_KINDS.filter((k) => RECORD_KIND_SPECS[k].parent?.kind === parent);

/** The table behind a kind ("journalEntry" -> journal_entry), or undefined for a word that is no kind. */
export const tableOfKind = (name: string): string | undefined =>
  (RECORD_KINDS as readonly string[]).includes(name) ? RECORD_KIND_SPECS[name as RecordKind].table : undefined;
