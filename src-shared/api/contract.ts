import { z } from 'zod';
import { entityId, workGroup, workGroupFields } from '../domain/workGroup';

// The one table of everything the app can be asked to do. Every door (IPC, HTTP, CLI) parses
// the input with these schemas before a service sees it.
export const contract = {
  'workGroup.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(workGroup),
  },
  'workGroup.create': {
    input: workGroupFields.strict(),
    output: workGroup,
  },
  'workGroup.rename': {
    input: z.strictObject({ id: entityId, name: workGroupFields.shape.name }),
    output: workGroup,
  },
  'workGroup.archive': {
    input: z.strictObject({ id: entityId, archived: z.boolean().default(true) }),
    output: workGroup,
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
