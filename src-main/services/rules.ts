import type { RecordKind } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import { namesInCode } from '../../src-shared/domain/firstNames';
import type { Store } from '../store/store';
import { snakeCase } from './columns';

type Fields = Record<string, unknown>;

const MAX_FOCUS_CHILDREN = 3;

function checkFocusChild(store: Store, fields: Fields, id: string | undefined, workGroupId: string | undefined) {
  const code = String(fields['code']);
  const carriedFromId = fields['carriedFromId'] as string | undefined;
  if (carriedFromId) {
    // Only the same child, followed in this Work Group's previous year, can be carried forward.
    const earlier = store
      .statement<[string, string], { id: string }>(
        `SELECT c.id FROM focus_child c JOIN work_group w ON w.previous_work_group_id = c.work_group_id
         WHERE c.id = ? AND w.id = ?`,
      )
      .get(carriedFromId, workGroupId ?? '');
    if (!earlier) {
      throw new DomainError(
        'invalid_input',
        'Only a focus child from the previous year of this Work Group can be carried forward.',
        [{ field: 'carriedFromId', message: 'Choose a focus child from the previous year.' }],
      );
    }
  }
  const names = namesInCode(code);
  if (names.length > 0) {
    throw new DomainError('invalid_input', 'A focus child is recorded with a code, never a name.', [
      {
        field: 'code',
        message: `“${code}” looks like a first name (${names.join(', ')}). Focus children are recorded with a code, never their name, so that nothing in the workspace or its exports identifies a child. Use a code such as Y4-A or FC-07.`,
      },
    ]);
  }
  const others = store
    .statement<[string, string], { code: string }>(
      'SELECT code FROM focus_child WHERE participant_id = ? AND deleted_at IS NULL AND id <> ? ORDER BY code',
    )
    .all(String(fields['participantId']), id ?? '');
  if (others.length >= MAX_FOCUS_CHILDREN) {
    throw new DomainError(
      'conflict',
      `A participant follows at most three focus children, and this participant already follows ${others.map((o) => o.code).join(', ')}. Delete one of them first, or choose another participant.`,
    );
  }
  // The same child carried into a new year keeps its code; any other use of the code is a clash.
  const clash = store
    .statement<{ code: string; id: string; carriedFrom: string | null }, { id: string }>(
      `SELECT id FROM focus_child WHERE code = @code AND deleted_at IS NULL AND id <> @id
         AND id IS NOT @carriedFrom AND (carried_from_id IS NULL OR carried_from_id <> @id)`,
    )
    .get({ code, id: id ?? '', carriedFrom: (fields['carriedFromId'] as string | undefined) ?? null });
  if (clash) {
    throw new DomainError('conflict', `The code ${code} is already used by another focus child.`, [
      {
        field: 'code',
        message: `${code} is already used in this workspace. Codes must be unique so evidence is never mixed up.`,
      },
    ]);
  }
}

function checkSchoolParticipation(store: Store, fields: Fields, id: string | undefined) {
  const existing = store
    .statement<[string, string, string], { id: string }>(
      'SELECT id FROM school_participation WHERE work_group_id = ? AND school_id = ? AND deleted_at IS NULL AND id <> ?',
    )
    .get(String(fields['workGroupId']), String(fields['schoolId']), id ?? '');
  if (existing) {
    throw new DomainError('conflict', 'This school is already part of the Work Group.', [
      { field: 'schoolId', message: 'Already in this Work Group. Edit its entry instead.' },
    ]);
  }
}

function liveInGroup(store: Store, table: string, id: string, workGroupId: string | undefined): boolean {
  const row = store
    .statement<[string], { work_group_id?: string }>(`SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`)
    .get(id);
  return row !== undefined && (row.work_group_id === undefined || row.work_group_id === workGroupId);
}

function checkImpactClaim(store: Store, fields: Fields, workGroupId: string | undefined) {
  const level = fields['level'];
  const subjectId = fields['subjectId'] as string | undefined;
  if (level === 'group' && subjectId) {
    throw new DomainError(
      'invalid_input',
      'A claim about the whole Work Group is not about one school or participant.',
      [{ field: 'subjectId', message: 'Leave this empty for a Work Group claim.' }],
    );
  }
  if (level !== 'group') {
    const table = level === 'school' ? 'school' : 'participant';
    if (!subjectId || !liveInGroup(store, table, subjectId, workGroupId)) {
      throw new DomainError('invalid_input', `Choose the ${table} this claim is about.`, [
        { field: 'subjectId', message: `Choose the ${table} this claim is about.` },
      ]);
    }
  }
  for (const link of (fields['evidence'] as { kind: string; id: string }[]) ?? []) {
    if (!liveInGroup(store, snakeCase(link.kind), link.id, workGroupId)) {
      throw new DomainError('not_found', 'A piece of evidence linked to this claim no longer exists.', [
        { field: 'evidence', message: 'Remove the missing evidence, or choose evidence from this Work Group.' },
      ]);
    }
  }
}

/** The rules particular to one kind of record, beyond what its schema says. */
export function checkRecordRules(
  store: Store,
  kind: RecordKind,
  fields: Fields,
  id: string | undefined,
  workGroupId: string | undefined,
): void {
  if (kind === 'focusChild') checkFocusChild(store, fields, id, workGroupId);
  else if (kind === 'schoolParticipation') checkSchoolParticipation(store, fields, id);
  else if (kind === 'impactClaim') checkImpactClaim(store, fields, workGroupId);
}
