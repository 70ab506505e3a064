import { DomainError } from '../../src-shared/api/errors';
import type { Method } from '../../src-shared/api/contract';
import type { VersionedKind } from '../../src-shared/api/history';
import type { TeacherRole } from '../../src-shared/api/workspace';
import type { RecordKind } from '../../src-shared/domain/recordKinds';
import type { Store } from '../store/store';
import type { AllHandlers } from '../services/handlers';
import { refuse, type BundleManifest } from './bundleFile';

// A teacher's workspace (migration 014): started by opening a Lead's participant pack in an empty
// workspace, it belongs to one participant of one Work Group. The Lead owns the group's frame (the
// Work Group, its schools, readings and meetings, the evaluation): here it is read, never changed,
// and each later pack brings the Lead's frame as it stands. The teacher's own records travel back.

/** The tables of a pack that are the group's frame, the Lead's to change. */
export const FRAME_TABLES = ['project', 'school', 'work_group', 'reading', 'meeting', 'questionnaire'];

/** Kinds of record only the Lead changes: in a teacher's workspace they come in packs. */
const LEAD_KINDS: RecordKind[] = [
  'project',
  'school',
  'schoolParticipation',
  'reading',
  'meeting',
  'impactClaim',
  'questionnaire',
  'researchLesson',
  'supportDay',
  'actionPlan',
  'theme',
  'codedPassage',
];

/** What keeps versions that only the Lead changes: restoring one is the Lead's too. */
const LEAD_VERSIONED: VersionedKind[] = [...LEAD_KINDS, 'workGroup', 'judgement'];

/** Whole-group work that is the Lead's: the Work Group itself, attendance, judgements, the hub, spreadsheets. */
const LEAD_METHODS = new Set<Method>([
  'workGroup.create',
  'workGroup.update',
  'workGroup.rename',
  'workGroup.archive',
  'workGroup.delete',
  'workGroup.restore',
  'workGroup.rollover',
  'attendance.set',
  'judgement.set',
  'keyFindings.set',
  'evaluation.hub',
  'export.workbookCheck',
  'export.workbook',
  'import.commit',
  'demo.load',
  'themes.addStarter',
  'themes.merge',
  'themes.map',
  'participant.create',
  'participant.delete',
  'participant.restore',
  ...LEAD_KINDS.flatMap(
    (kind) => [`${kind}.create`, `${kind}.update`, `${kind}.delete`, `${kind}.restore`] as Method[],
  ),
]);

export function teacherRole(store: Store): TeacherRole | undefined {
  const row = store
    .statement<[], { work_group_id: string; participant_id: string }>(
      'SELECT work_group_id, participant_id FROM teacher_workspace',
    )
    .get();
  return row && { workGroupId: row.work_group_id, participantId: row.participant_id };
}

/** A workspace with no Work Group at all (none in the Trash either): a pack opened here starts a teacher's workspace. */
const isEmpty = (store: Store) =>
  store.statement<[], { one: number }>('SELECT 1 AS one FROM work_group LIMIT 1').get() === undefined;

/**
 * What a bundle does to this workspace's role: a pack opened in an empty workspace makes it that
 * participant's; a teacher's workspace takes only its own participant's packs.
 */
export function roleAfterImport(store: Store, manifest: BundleManifest): 'starts' | 'keeps' {
  const role = teacherRole(store);
  if (role) {
    const ours = manifest.workGroupId === role.workGroupId && manifest.participantId === role.participantId;
    if (!ours || !manifest.pack)
      throw refuse(
        'this is a participant’s own workspace, which takes only the packs the Lead makes for that participant. Ask the Lead for your pack (Overview › Export a bundle, choosing you)',
      );
    return 'keeps';
  }
  return manifest.pack && isEmpty(store) ? 'starts' : 'keeps';
}

/** Makes this (empty) workspace the participant's of the pack. Run in the import's transaction. */
export function startTeacherWorkspace(store: Store, manifest: BundleManifest): void {
  store
    .statement(
      `INSERT INTO teacher_workspace (only_one, work_group_id, participant_id, lead_workspace_id, started_at)
       VALUES (1, ?, ?, ?, ?)`,
    )
    .run(manifest.workGroupId, manifest.participantId, manifest.sourceWorkspaceId, store.now());
}

/** Remembers whose workspace sent a bundle, to say later whose machine a change came from. */
export function noteSender(store: Store, manifest: BundleManifest): void {
  const now = store.now();
  store
    .statement(
      `INSERT INTO bundle_sender (workspace_id, work_group_id, participant_id, first_seen_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id) DO UPDATE SET participant_id = excluded.participant_id, last_seen_at = excluded.last_seen_at`,
    )
    .run(manifest.sourceWorkspaceId, manifest.workGroupId, manifest.fromParticipant ?? null, now, now);
}

/**
 * Whose machine a workspace is, in words: a participant's (named as the participant stands here, so an
 * erased one is not named) or a Lead's. Undefined for a workspace never seen.
 */
export function machineOf(store: Store, workspaceId: string, fromParticipant?: string): string | undefined {
  const sender = fromParticipant
    ? { participant_id: fromParticipant }
    : store
        .statement<[string], { participant_id: string | null }>(
          'SELECT participant_id FROM bundle_sender WHERE workspace_id = ?',
        )
        .get(workspaceId);
  if (!sender) return undefined;
  if (!sender.participant_id) return 'a Lead’s computer';
  const participant = store
    .statement<[string], { name: string; erased_at: string | null }>(
      'SELECT name, erased_at FROM participant WHERE id = ?',
    )
    .get(sender.participant_id);
  return participant && !participant.erased_at ? `${participant.name}’s own computer` : 'a participant’s own computer';
}

const LEAD_ONLY =
  'This is a participant’s own workspace: the Work Group, its schools, meetings, readings and evaluation are the Lead’s, and come in the Lead’s packs. Ask the Lead to make the change, or record your own focus children, observations, journal, cycles and self-ratings here.';

/**
 * The handlers of a teacher's workspace: the Lead's actions are refused, whatever door they come by,
 * and a bundle made here is the participant's own updates.
 */
export function guardTeacherWorkspace(store: Store, handlers: AllHandlers): AllHandlers {
  // A workspace held at a version before migration 014 (as the migration tests hold one) has no role to keep.
  const since014 = store.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'teacher_workspace'").get();
  if (!since014) return handlers;
  const refuseLead = (method: Method, input: unknown) => {
    if (!teacherRole(store)) return;
    const restoring = method === 'history.restore' && LEAD_VERSIONED.includes((input as { kind: VersionedKind }).kind);
    if (LEAD_METHODS.has(method) || restoring) throw new DomainError('conflict', LEAD_ONLY);
  };
  const guarded = Object.fromEntries(
    (Object.keys(handlers) as Method[]).map((method) => {
      const handler = handlers[method] as (input: unknown) => unknown;
      return [
        method,
        (input: unknown) => {
          refuseLead(method, input);
          return handler(input);
        },
      ];
    }),
  );
  return guarded as unknown as AllHandlers;
}
