import { DomainError } from '../../src-shared/api/errors';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import type { Finding } from '../../src-shared/privacy/findings';
import { citationAuthors, scanForPersonalData, type ScanText } from '../../src-shared/privacy/scan';
import { passGate } from '../export/gate';
import { recordStore } from '../services/records';
import type { Store } from '../store/store';
import { passphraseProblem } from '../../src-shared/domain/passphrase';
import { sealBundle } from './bundleCipher';
import { labelOf, writeBundle, BUNDLE_EXTENSION, type BundleRow, type ManifestInput } from './bundleFile';
import { teacherRole } from './teacherWorkspace';
import { EXCHANGE_TABLE, EXCHANGE_TABLES, versionOf, type Row } from './tables';
import { workspaceId } from './workspace';

// Builds a bundle of one Work Group (or one participant and what hangs off them): every row with its
// UUID and timestamps, soft-deleted and erased ones too so deletions and erasures travel, and the
// projects and schools they use.

/** Fields a bundle is meant to carry between the Lead's machines: names of the group's own people and schools. */
const NAME_FIELDS = new Set(['name', 'seniorLeaderName', 'code', 'citation', 'link']);

export interface ExportedBundle {
  fileName: string;
  data: Buffer;
  findings: Finding[];
}

/**
 * The rows a bundle of this Work Group carries, read as they stand. For one participant, from a Lead's
 * workspace: a pack, the group's frame (the Work Group, readings, meetings, the schools they name)
 * with that participant's own records, and of the meetings' attendance only theirs, so nothing of
 * another participant travels. From a teacher's own workspace: that participant's own records alone.
 */
function collectRows(store: Store, workGroupId: string, participantId: string | undefined, teacher: boolean) {
  const select = (sql: string, ...params: unknown[]) => store.statement<unknown[], Row>(sql).all(...params);

  // A Work Group in the Trash, or erased, travels too: that is how its deletion reaches other computers.
  const group = select('SELECT * FROM work_group WHERE id = ?', workGroupId)[0];
  if (!group) throw new DomainError('not_found', 'That Work Group no longer exists. Refresh the list and try again.');

  const rows = new Map<string, Row[]>();
  const put = (table: string, list: Row[]) => rows.set(table, [...(rows.get(table) ?? []), ...list]);
  put('work_group', [group]);
  put('project', select('SELECT * FROM project WHERE id = ?', group['project_id']));

  if (!participantId) {
    for (const spec of EXCHANGE_TABLES) {
      if (!spec.scoped) continue;
      put(spec.table, select(`SELECT * FROM ${spec.table} WHERE work_group_id = ? ORDER BY id`, workGroupId));
    }
  } else {
    const participant = select(
      'SELECT * FROM participant WHERE id = ? AND work_group_id = ?',
      participantId,
      workGroupId,
    );
    if (participant.length === 0)
      throw new DomainError('not_found', 'That participant is not in this Work Group. Refresh the page and try again.');
    put('participant', participant);
    const children = select('SELECT * FROM focus_child WHERE participant_id = ? ORDER BY id', participantId);
    put('focus_child', children);
    for (const table of ['journal_entry', 'action_research_cycle', 'survey_response'])
      put(table, select(`SELECT * FROM ${table} WHERE participant_id = ? ORDER BY id`, participantId));
    const observations = children.flatMap((c) =>
      select('SELECT * FROM observation WHERE focus_child_id = ? ORDER BY id', c['id']),
    );
    put('observation', observations);
    const images = [...new Set(observations.map((o) => o['attachment_id']).filter(Boolean))];
    put(
      'attachment',
      images.flatMap((id) => select('SELECT * FROM attachment WHERE id = ?', id)),
    );
    if (!teacher) {
      put('reading', select('SELECT * FROM reading WHERE work_group_id = ? ORDER BY id', workGroupId));
      // The questionnaires the teacher answers are part of the group's frame, as its meetings are.
      put('questionnaire', select('SELECT * FROM questionnaire WHERE work_group_id = ? ORDER BY id', workGroupId));
      const meetings = select('SELECT * FROM meeting WHERE work_group_id = ? ORDER BY id', workGroupId);
      put(
        'meeting',
        meetings.map((m) => ({ ...m, attendee_ids: onlyThem(m['attendee_ids'], participantId) })),
      );
    }
  }

  const schoolIds = new Set<unknown>();
  for (const table of ['school_participation', 'participant', 'support_day', 'action_plan'])
    for (const r of rows.get(table) ?? []) schoolIds.add(r['school_id']);
  for (const r of rows.get('meeting') ?? []) if (r['host_school_id']) schoolIds.add(r['host_school_id']);
  put(
    'school',
    [...schoolIds].sort().flatMap((id) => select('SELECT * FROM school WHERE id = ?', id)),
  );

  return { group, rows, pack: participantId !== undefined && !teacher };
}

/** A meeting's attendance (a JSON list of participant ids) cut down to one participant. */
const onlyThem = (attendees: unknown, participantId: string) =>
  JSON.stringify((JSON.parse(String(attendees ?? '[]')) as string[]).filter((id) => id === participantId));

/** In a teacher's own workspace only that participant's updates leave, never the Lead's frame or the whole group. */
function teacherBundle(store: Store, request: { workGroupId: string; participantId?: string | undefined }): boolean {
  const role = teacherRole(store);
  if (!role) return false;
  if (request.workGroupId !== role.workGroupId || request.participantId !== role.participantId)
    throw new DomainError(
      'conflict',
      'This is a participant’s own workspace: it sends that participant’s updates only. Use “Send my updates” on the Overview.',
    );
  return true;
}

/** What the personal-data check finds in a bundle before it is made, for the user to look at first. */
export function checkBundle(
  store: Store,
  request: { workGroupId: string; participantId?: string | undefined },
): Finding[] {
  const { group, rows } = collectRows(store, request.workGroupId, request.participantId, teacherBundle(store, request));
  return scan(store, rows, group);
}

export async function exportBundle(
  store: Store,
  request: {
    workGroupId: string;
    participantId?: string | undefined;
    allowFlagged: boolean;
    bundlePassphrase?: string | undefined;
  },
): Promise<ExportedBundle> {
  const { workGroupId, participantId, bundlePassphrase } = request;
  const weak = bundlePassphrase !== undefined && passphraseProblem(bundlePassphrase);
  if (weak) throw new DomainError('invalid_input', `${weak} Nothing has been exported.`);
  const here = workspaceId(store);
  const teacher = teacherBundle(store, request);
  const { group, rows, pack } = collectRows(store, workGroupId, participantId, teacher);
  const findings = scan(store, rows, group);
  passGate(findings, { allowFlagged: request.allowFlagged, what: 'bundle', replaceable: false });

  const now = store.now();
  const knownOf = store.statement<[string, string], { version: string }>(
    'SELECT version FROM row_version WHERE table_name = ? AND row_id = ? ORDER BY version',
  );
  const logVersion = store.statement(
    `INSERT OR IGNORE INTO row_version (table_name, row_id, version, updated_at, seen_from, seen_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const tables = new Map<string, BundleRow[]>();
  // Every version sent is remembered: when it comes back unchanged, it is known to be older than ours.
  store.transaction(() => {
    for (const spec of EXCHANGE_TABLES) {
      const list = rows.get(spec.table);
      if (!list?.length) continue;
      tables.set(
        spec.table,
        list.map((row) => {
          const id = String(row['id']);
          const current = versionOf(spec, row);
          logVersion.run(spec.table, id, current, row['updated_at'], here, now);
          return { row, known: knownOf.all(spec.table, id).map((v) => v.version) };
        }),
      );
    }
  });

  const manifest: ManifestInput = {
    schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    createdAt: now,
    sourceWorkspaceId: here,
    workGroupId,
    workGroupCode: String(group['code']),
    workGroupName: String(group['name']),
    ...(participantId ? { participantId } : {}),
    ...(pack ? { pack: true as const } : {}),
    ...(teacher ? { fromParticipant: participantId } : {}),
  };
  const open = await writeBundle(manifest, tables);
  const data = bundlePassphrase === undefined ? open : await sealBundle(open, bundlePassphrase, labelOf(manifest));
  const stamp = now.slice(0, 10);
  const who = participantId ? `-${teacher ? 'updates' : 'pack'}-${participantId.slice(0, 8)}` : '';
  return { fileName: `${String(group['code'])}${who}-${stamp}.${BUNDLE_EXTENSION}`, data, findings };
}

/** The free text leaving the machine, checked for pupils' names and identifiers. */
function scan(store: Store, rows: Map<string, Row[]>, group: Row): Finding[] {
  const records = recordStore(store);
  const texts: ScanText[] = [];
  const people = [String(group['lead_name'])];
  const schools: string[] = [];
  const citations: string[] = [];
  texts.push({ where: 'Work Group', text: String(group['umbrella_question'] ?? '') });
  for (const outcome of JSON.parse(String(group['intended_outcomes'] ?? '[]')) as { statement: string }[])
    texts.push({ where: 'Intended outcomes', text: outcome.statement });
  for (const r of rows.get('judgement') ?? []) texts.push({ where: 'Judgement', text: String(r['narrative'] ?? '') });
  for (const [table, list] of rows) {
    const kind = EXCHANGE_TABLE.get(table)?.kind;
    if (!kind) continue;
    const spec = RECORD_KIND_SPECS[kind];
    for (const row of list) {
      const record = records.toRecord(kind, row);
      if (kind === 'participant') people.push(String(record['name']));
      if (kind === 'schoolParticipation' && record['seniorLeaderName']) people.push(String(record['seniorLeaderName']));
      if (kind === 'school') schools.push(String(record['name']));
      if (kind === 'reading') citations.push(String(record['citation']));
      const where = spec.title(record);
      for (const field of spec.searchable) {
        if (NAME_FIELDS.has(field)) continue;
        const text = String(record[field] ?? '');
        if (text.trim()) texts.push({ where, text });
      }
    }
  }
  const authors = citations.flatMap(citationAuthors);
  return scanForPersonalData(
    texts.filter((t) => t.text.trim()),
    { allowed: [...people, ...schools, ...citations], allowedWords: authors },
  );
}
