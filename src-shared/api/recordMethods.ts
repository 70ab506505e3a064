import { z } from 'zod';
import { entityId } from '../domain/fields';
import { RECORD_KIND_SPECS, RECORD_KINDS, type RecordKind, type RECORD_KIND_REGISTRY } from '../domain/recordKinds';

/** What the store adds to every record. */
export const recordMeta = {
  id: entityId,
  workGroupId: entityId.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const listInput = z.strictObject({ workGroupId: entityId.optional() });
const idInput = z.strictObject({ id: entityId });
const confirm = { confirmOutsideYear: z.boolean().optional() };

type Refinement = (value: never, ctx: z.RefinementCtx) => void;

/**
 * The five methods every kind of record has: list, create, update (the whole record, as a form
 * sends it), delete (to the Trash) and restore.
 */
function recordMethods<K extends string, Shape extends z.ZodRawShape>(
  kind: K,
  fields: z.ZodObject<Shape>,
  refine?: Refinement,
) {
  const record = fields.extend(recordMeta);
  const create = fields.extend(confirm).strict();
  const update = create.extend({ id: entityId }).strict();
  const check = <T extends z.ZodType>(schema: T): T =>
    refine ? (schema.superRefine(refine as (value: unknown, ctx: z.RefinementCtx) => void) as unknown as T) : schema;
  return {
    [`${kind}.list`]: { input: listInput, output: z.array(record) },
    [`${kind}.create`]: { input: check(create), output: record },
    [`${kind}.update`]: { input: check(update), output: record },
    [`${kind}.delete`]: { input: idInput, output: z.strictObject({ deleted: z.int() }) },
    [`${kind}.restore`]: { input: idInput, output: record },
  } as {
    [M in `${K}.list`]: { input: typeof listInput; output: z.ZodArray<typeof record> };
  } & {
    [M in `${K}.create`]: { input: typeof create; output: typeof record };
  } & {
    [M in `${K}.update`]: { input: typeof update; output: typeof record };
  } & {
    [M in `${K}.delete`]: { input: typeof idInput; output: z.ZodObject<{ deleted: z.ZodInt }> };
  } & {
    [M in `${K}.restore`]: { input: typeof idInput; output: typeof record };
  };
}

export const RECORD_ACTIONS = ['list', 'create', 'update', 'delete', 'restore'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];
/** `school.list`, `journalEntry.update`…: the 55 methods of the 11 kinds of record. */
export type RecordMethod = `${RecordKind}.${RecordAction}`;

type Registry = typeof RECORD_KIND_REGISTRY;
type MethodsOf<K extends RecordKind> = ReturnType<typeof recordMethods<K, Registry[K]['fields']['shape']>>;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The contract's entries for every kind of record in the registry (src-shared/domain/recordKinds.ts):
 * `${kind}.list`, `.create`, `.update`, `.delete` and `.restore`, served by src-main/services/recordHandlers.ts.
 */
export const RECORD_METHODS = Object.assign(
  {},
  ...RECORD_KINDS.map((kind) => {
    const spec = RECORD_KIND_SPECS[kind];
    return recordMethods(kind, spec.fields, spec.refine);
  }),
) as Intersection<{ [K in RecordKind]: MethodsOf<K> }[RecordKind]>;
