import { RECORD_KINDS, type Method, type RecordKind } from '../../src-shared/api/contract';
import type { VersionedKind } from '../../src-shared/api/history';
import { CODABLE_KINDS } from '../../src-shared/themes/fields';

/** The methods that only read: their answers are kept until a change makes them out of date. */
export type ReadMethod = Extract<Method, `${string}.${'list' | 'get' | 'query' | 'status'}` | `evaluation.${string}`>;

/** An answer the renderer keeps: the read it answers. */
export interface Read {
  method: ReadMethod;
  input: unknown;
}

/** Which kept answers a call made out of date. */
export type ReadFilter = (read: Read) => boolean;

type RecordMethod = `${RecordKind}.${'list' | 'create' | 'update' | 'delete' | 'restore'}`;
/** What a change answered, as far as invalidation needs: the Work Group it was in, or its own id. */
type Touched = { id?: string; workGroupId?: string } | undefined;
type Rule = (input: Touched, output: Touched) => ReadFilter;

const areaOf = (method: string) => method.slice(0, method.indexOf('.'));

/** The Work Group a read is about, or undefined for a read across the workspace. */
function groupOf({ method, input }: Read): string | undefined {
  const asked = input as Touched;
  return method === 'workGroup.get' || method === 'evaluation.workGroup' ? asked?.id : asked?.workGroupId;
}

/**
 * Reads of these areas (the part of a method's name before the dot) about this Work Group; with no
 * Work Group known, about any. A read across the workspace (every Work Group's) is always included.
 */
const about =
  (areas: readonly string[], group: string | undefined): ReadFilter =>
  (read) => {
    if (!areas.includes(areaOf(read.method))) return false;
    const readGroup = groupOf(read);
    return group === undefined || readGroup === undefined || readGroup === group;
  };

const either =
  (...filters: ReadFilter[]): ReadFilter =>
  (read) =>
    filters.some((filter) => filter(read));

const none: ReadFilter = () => false;
const nothing: Rule = () => none;
const everything: Rule = () => () => true;
const reads =
  (...methods: ReadMethod[]): Rule =>
  () =>
  (read) =>
    methods.includes(read.method);

/** Screens across the workspace that show records of every kind, and the Work Groups they belong to; a record's History. */
const WORKSPACE_VIEWS = ['search', 'trash', 'retention', 'conflict', 'history'];

/**
 * Where a record's fields show besides its own list and the evaluations: a project's name and type in
 * each Work Group; a long text's words in the passages coded in it, which follow the words when it is edited.
 */
const SHOWN_IN: Partial<Record<RecordKind, string[]>> = {
  project: ['workGroup'],
  ...Object.fromEntries(CODABLE_KINDS.map((kind) => [kind, ['codedPassage']])),
};

/** A Work Group's own fields changed: the group, its evaluation and the workspace's views of it. */
const workGroupChanged = (group: string | undefined) =>
  about(['workGroup', 'evaluation', 'keyFindings', ...WORKSPACE_VIEWS], group);

/** The History of things of one kind (a judgement's, say). */
const historyOf =
  (kind: VersionedKind): ReadFilter =>
  (read) =>
    read.method === 'history.list' && (read.input as { kind?: string }).kind === kind;

/** A Lead's judgement changed: the group's evaluation, and the History of judgements. */
const judgementChanged = (group: string | undefined) => either(about(['evaluation'], group), historyOf('judgement'));

/** A Work Group went to the Trash or came back, with all its records. */
const workGroupMoved: Rule = (input) => either(workGroupChanged(input?.id), about(RECORD_KINDS, input?.id));

/**
 * Every method that is not a read or one of a record kind's five, and what it changes. The compiler
 * insists that a new method says what it changes here.
 */
const CHANGES: Record<Exclude<Method, ReadMethod | RecordMethod>, Rule> = {
  'workGroup.create': (_, output) => workGroupChanged(output?.id),
  'workGroup.update': (input) => workGroupChanged(input?.id),
  'workGroup.rename': (input) => workGroupChanged(input?.id),
  'workGroup.archive': (input) => workGroupChanged(input?.id),
  // The earlier year is marked as carried over; the new year is new, so nothing of it is kept yet.
  'workGroup.rollover': (input) => workGroupChanged(input?.id),
  'workGroup.delete': workGroupMoved,
  'workGroup.restore': workGroupMoved,
  // An earlier version put back is an update of that record, of the Work Group's own fields or of a judgement.
  'history.restore': (input, output) => {
    const kind = (input as { kind: VersionedKind }).kind;
    if (kind === 'workGroup') return workGroupChanged(output?.workGroupId);
    if (kind === 'judgement') return judgementChanged(output?.workGroupId);
    return recordChanged(kind, 'update', input, output);
  },
  'attendance.set': (input, output) => recordChanged('meeting', 'update', input, output),
  // Observations of children of any Work Group's participants: every group's observations, to be safe.
  'observations.record': () => recordChanged('observation', 'create', undefined, undefined),
  // A picture is read by its own new id: nothing kept shows it until a record points at it.
  'attachment.add': nothing,
  // Asked just before a delete, and not kept: it counts, and changes nothing.
  'trash.linked': nothing,
  'trash.erase': everything,
  'demo.load': everything,
  'judgement.set': (input) => judgementChanged(input?.workGroupId),
  'keyFindings.set': (input) => workGroupChanged(input?.workGroupId),
  'themes.addStarter': (input, output) => recordChanged('theme', 'create', input, output),
  // Passages and sub-themes move to the survivor, and the merged theme goes to the Trash.
  'themes.merge': (input, output) => recordChanged('theme', 'delete', input, output),
  'themes.map': reads('themeMapping.list', 'evaluation.hubThemes'),
  'export.check': nothing,
  'export.document': nothing,
  'export.workbookCheck': nothing,
  'export.workbook': nothing,
  // A check of what is being typed reads the workspace and changes nothing.
  'privacy.check': nothing,
  // A form reads its draft once, when it opens; lists mark the records that have one.
  'draft.save': reads('draft.get', 'draft.list'),
  'draft.discard': reads('draft.get', 'draft.list'),
  'import.inspect': nothing,
  'import.preview': nothing,
  'import.commit': everything,
  'bundle.check': nothing,
  'bundle.export': nothing,
  'bundle.preview': nothing,
  'bundle.import': everything,
  'inbox.setFolder': reads('inbox.status', 'inbox.list'),
  'inbox.import': everything,
  'inbox.send': reads('inbox.list'),
  'bundlePassphrase.keep': reads('bundlePassphrase.status'),
  'bundlePassphrase.forget': reads('bundlePassphrase.status'),
  // Puts the other version of any kind of record in place.
  'conflict.swap': everything,
  'conflict.resolve': reads('conflict.list'),
  'backup.create': reads('backup.list'),
  'backup.restore': everything,
  // How many backups are kept and how long children's data is kept.
  'settings.set': reads('settings.get', 'backup.list', 'retention.list'),
  'retention.delete': everything,
  'workspace.unlock': everything,
  // Only reads are long work (the hub roll-up, documents, workbooks): stopping one changes nothing.
  'job.cancel': nothing,
};

const isRecordKind = (area: string): area is RecordKind => (RECORD_KINDS as readonly string[]).includes(area);

/**
 * A record of one kind was created, changed, deleted or restored: its kind's list in its Work Group,
 * that group's evaluation and the workspace's views. Deleting takes linked records with it (a
 * participant's focus children, their observations…), and restoring brings them back, so then every
 * list of the group is out of date. A school or a project belongs to no Work Group, and a delete
 * names only the record: then it is every Work Group's.
 */
function recordChanged(kind: RecordKind, verb: string, input: Touched, output: Touched): ReadFilter {
  const group = output?.workGroupId ?? input?.workGroupId;
  const lists = verb === 'delete' || verb === 'restore' ? RECORD_KINDS : [kind];
  return either(about([...lists, 'evaluation', ...WORKSPACE_VIEWS], group), about(SHOWN_IN[kind] ?? [], undefined));
}

/** The kept answers that a call of this method, asked this and answering that, made out of date. */
export function invalidatedBy(method: Method, input: unknown, output: unknown): ReadFilter {
  const area = areaOf(method);
  const verb = method.slice(area.length + 1);
  if (isRecordKind(area))
    return verb === 'list' ? none : recordChanged(area, verb, input as Touched, output as Touched);
  const rule: Rule | undefined = CHANGES[method as keyof typeof CHANGES];
  return rule ? rule(input as Touched, output as Touched) : none;
}
