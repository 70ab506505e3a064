import { RECORD_KIND_SPECS, type RecordKind } from '../../../src-shared/domain/recordKinds';

/** A record as its update method takes it: its own fields and its id, with some changed. */
export const asSaved = <T extends { id: string }>(kind: RecordKind, record: T, changes: Partial<T>) =>
  Object.fromEntries(
    Object.entries({ ...record, ...changes }).filter(([key]) => key === 'id' || key in RECORD_KIND_SPECS[kind].shape),
  ) as never;
