import { ApiFailure } from '../../../src-shared/api/client';
import type { RecordKind } from '../../../src-shared/api/contract';
import { invalidInput } from '../../../src-shared/api/errors';
import { RECORD_KIND_SPECS } from '../../../src-shared/domain/recordKinds';
import type { Values } from './fieldSpec';

/**
 * Runs the kind's own schema (the one the service runs) on what a form is about to send, so a
 * mistake is shown beside its field at once, in the same words, without a round trip.
 */
export function checkRecord(kind: RecordKind, fields: Values): ApiFailure | undefined {
  const parsed = RECORD_KIND_SPECS[kind].schema.safeParse(fields);
  return parsed.success ? undefined : new ApiFailure(invalidInput(parsed.error));
}
