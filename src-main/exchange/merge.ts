import { DomainError } from '../../src-shared/api/errors';
import type { TableChanges } from '../../src-shared/api/exchange';
import { RECORD_KIND_SPECS, tableOfKind } from '../../src-shared/domain/recordKinds';
import { checkRecordFields, checkRecordRules } from '../kinds/kindRules';
import { recordHistory, versionedKindOf } from '../services/history';
import { recordStore } from '../services/records';
import { searchIndex } from '../services/search';
import { themeAnchors } from '../services/themeAnchors';
import { isCodableKind, type CodableKind } from '../../src-shared/themes/fields';
import type { Store } from '../store/store';
import { refuse, type Bundle } from './bundleFile';
import {
  changedAt,
  EXCHANGE_TABLE,
  EXCHANGE_TABLES,
  idsIn,
  onlyDerivedDiffer,
  rowToJson,
  versionOf,
  type Row,
} from './tables';
import { workspaceId } from './workspace';
import { FRAME_TABLES, noteSender, roleAfterImport, startTeacherWorkspace, teacherRole } from './teacherWorkspace';

// The merge. Rows are matched by UUID only. Each workspace keeps, per row, every version (a hash of
// the row) it has held, sent or received; a bundle carries the sender's list. So for a row on both
// sides:
//   same version                                   -> unchanged
//   either side erased it                          -> the erased row (of two, the later), no conflict
//   ours knows theirs, theirs does not know ours   -> only we changed it: keep ours
//   theirs knows ours, ours does not know theirs   -> only they changed it: take theirs
//   otherwise (both changed since they last agreed) -> conflict: keep the newer (updated_at or
//      deleted_at), ties to the side whose workspace id sorts last (then by version hash); the other
//      version is kept for review.
// Both sides of an exchange make the same choices, so they end with the same rows.

interface Write {
  table: string;
  row: Row;
  isNew: boolean;
}

interface Conflict {
  table: string;
  rowId: string;
  workGroupId: string | undefined;
  kept: Row;
  other: Row;
}

interface Version {
  table: string;
  rowId: string;
  version: string;
  updatedAt: string | null;
  seenFrom: string;
}

export interface MergePlan {
  tables: TableChanges[];
  totals: Omit<TableChanges, 'table' | 'label'>;
  writes: Write[];
  conflicts: Conflict[];
  versions: Version[];
  /** Anything at all to write, the log of versions included. */
  changed: boolean;
  /** The bundle is a pack opened in an empty workspace, which becomes that participant's own. */
  startsTeacherWorkspace: boolean;
}

const kindLabel = (table: string) => EXCHANGE_TABLE.get(table)?.label ?? table;

export function planMerge(store: Store, bundle: Bundle): MergePlan {
  const { manifest } = bundle;
  const here = workspaceId(store);
  const source = manifest.sourceWorkspaceId;
  const workGroupId = manifest.workGroupId;

  const localRow = (table: string, id: string) =>
    store.statement<[string], Row>(`SELECT * FROM ${table} WHERE id = ?`).get(id);
  const knownHere = (table: string, id: string) =>
    new Set(
      store
        .statement<[string, string], { version: string }>(
          'SELECT version FROM row_version WHERE table_name = ? AND row_id = ?',
        )
        .all(table, id)
        .map((r) => r.version),
    );

  // What the bundle holds, by table, so references can be found in it.
  const inBundle = new Map<string, Map<string, Row>>();
  for (const spec of EXCHANGE_TABLES)
    inBundle.set(spec.table, new Map((bundle.tables.get(spec.table) ?? []).map((r) => [String(r.row['id']), r.row])));

  const groupRows = bundle.tables.get('work_group') ?? [];
  if (groupRows.length !== 1 || groupRows[0]!.row['id'] !== workGroupId)
    throw refuse('it does not hold the Work Group it says it is for');
  if (manifest.participantId && !inBundle.get('participant')!.has(manifest.participantId))
    throw refuse('it does not hold the participant it says it is for');
  const startsTeacherWorkspace = roleAfterImport(store, manifest) === 'starts';
  // The Lead owns a pack's frame: a teacher's workspace takes it as the Lead has it now, and any other
  // workspace keeps its own (a pack's meetings show one participant's attendance, not the group's).
  const teacherHere = teacherRole(store) !== undefined;
  const frameOf = (table: string) => manifest.pack === true && FRAME_TABLES.includes(table);

  /** Does the record exist, in the bundle or here, and (if it belongs to a Work Group) in this one? */
  const exists = (table: string, id: string): boolean => {
    if (inBundle.get(table)?.has(id)) return true;
    const found = localRow(table, id);
    if (!found) return false;
    if ('work_group_id' in found && found['work_group_id'] !== workGroupId)
      throw refuse(`it links to a ${kindLabel(table)} of another Work Group in this workspace (${id})`);
    return true;
  };
  const dangling = (from: string, to: string, id: string) =>
    refuse(
      `a ${kindLabel(from)} in it refers to a ${kindLabel(to)} that is neither in the bundle nor in this workspace (${id}). If it is a participant's bundle, import the Work Group's own bundle first`,
    );

  for (const spec of EXCHANGE_TABLES) {
    for (const { row } of bundle.tables.get(spec.table) ?? []) {
      const id = String(row['id']);
      if (spec.scoped && row['work_group_id'] !== workGroupId)
        throw refuse(`a ${spec.label} in it belongs to another Work Group than the bundle's (${id})`);
      const local = localRow(spec.table, id);
      if (local && spec.scoped && local['work_group_id'] !== workGroupId)
        throw refuse(`a ${spec.label} in it already belongs to another Work Group in this workspace (${id})`);
      // An id names one record, whatever its table.
      const holder = local ? undefined : EXCHANGE_TABLES.find((other) => localRow(other.table, id));
      if (holder)
        throw refuse(`a ${spec.label} in it has the id of a ${holder.label} already in this workspace (${id})`);
      for (const [column, target] of Object.entries(spec.refs)) {
        for (const ref of idsIn(spec, column, row)) if (!exists(target, ref)) throw dangling(spec.table, target, ref);
      }
      if (spec.evidence) {
        const links = JSON.parse(String(row[spec.evidence] ?? '[]')) as { kind: string; id: string }[];
        for (const link of links) {
          const target = tableOfKind(link.kind);
          if (!target || !exists(target, link.id)) throw dangling(spec.table, target ?? link.kind, link.id);
        }
      }
      if (spec.table === 'impact_claim' && row['subject_id']) {
        const target = row['level'] === 'school' ? 'school' : 'participant';
        if (!exists(target, String(row['subject_id']))) throw dangling(spec.table, target, String(row['subject_id']));
      }
    }
  }

  const writes: Write[] = [];
  const conflicts: Conflict[] = [];
  const versions: Version[] = [];
  const tables: TableChanges[] = [];
  /** Rows as they will stand after the merge, for the one-live-judgement-per-subject rule. */
  const finalJudgements = new Map<string, Row>();

  /** Rollover links point at other years' records a bundle does not carry: kept only where they lead somewhere. */
  const withLinks = (table: string, incoming: Row, local: Row | undefined): Row => {
    const spec = EXCHANGE_TABLE.get(table)!;
    const row = { ...incoming };
    for (const [column, target] of Object.entries(spec.softLinks)) {
      const leads = (value: unknown) =>
        typeof value === 'string' && (inBundle.get(target)!.has(value) || localRow(target, value) !== undefined);
      row[column] = leads(incoming[column]) ? incoming[column] : leads(local?.[column]) ? local![column] : null;
    }
    return row;
  };

  for (const spec of EXCHANGE_TABLES) {
    const counts = {
      table: spec.table,
      label: spec.label,
      added: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      erased: 0,
    };
    for (const { row, known } of bundle.tables.get(spec.table) ?? []) {
      const id = String(row['id']);
      const theirs = versionOf(spec, row);
      const local = localRow(spec.table, id);
      const logged = knownHere(spec.table, id);
      const note = (version: string, updatedAt: string | null, seenFrom: string) => {
        if (!logged.has(version)) versions.push({ table: spec.table, rowId: id, version, updatedAt, seenFrom });
        logged.add(version);
      };
      for (const version of known) if (version !== theirs) note(version, null, source);
      note(theirs, String(row['updated_at']), source);

      let final: Row;
      if (!local) {
        counts.added += 1;
        final = withLinks(spec.table, row, undefined);
        writes.push({ table: spec.table, row: final, isNew: true });
      } else {
        const ours = versionOf(spec, local);
        note(ours, String(local['updated_at']), here);
        const theyKnowOurs = known.includes(ours);
        const take = () => {
          final = withLinks(spec.table, row, local);
          writes.push({ table: spec.table, row: final, isNew: false });
        };
        // A tie goes to the workspace whose id sorts last; a copied workspace file shares its
        // id, so between copies the version hash decides. Both sides choose alike either way.
        const theirsAreNewer = () => {
          const theirsAt = changedAt(row);
          const oursAt = changedAt(local);
          const tieToTheirs = source !== here ? source > here : theirs > ours;
          return theirsAt > oursAt || (theirsAt === oursAt && tieToTheirs);
        };
        final = local;
        if (theirs === ours) counts.unchanged += 1;
        else if (frameOf(spec.table)) {
          if (teacherHere) {
            counts.updated += 1;
            take();
          } else counts.unchanged += 1;
        } else if (local['erased_at'] || row['erased_at']) {
          // Erasing is final: an erased row is never replaced by one that is not, whatever was done since.
          const theirsWin = Boolean(row['erased_at']) && (!local['erased_at'] || theirsAreNewer());
          if (theirsWin) {
            if (local['erased_at']) counts.updated += 1;
            else counts.erased += 1;
            take();
          } else counts.unchanged += 1;
        } else if (knownBefore(spec.table, id, theirs) && !theyKnowOurs) counts.unchanged += 1;
        else if (theyKnowOurs && !knownBefore(spec.table, id, theirs)) {
          counts.updated += 1;
          take();
        } else if (onlyDerivedDiffer(spec.table, local, row)) {
          if (theirsAreNewer()) {
            counts.updated += 1;
            take();
          } else counts.unchanged += 1;
        } else {
          counts.conflicts += 1;
          const theirsWin = theirsAreNewer();
          if (theirsWin) take();
          conflicts.push({
            table: spec.table,
            rowId: id,
            // Schools and projects too: listed with the Work Group whose bundle brought the other version.
            workGroupId,
            kept: theirsWin ? row : local,
            other: theirsWin ? local : row,
          });
        }
      }
      if (spec.table === 'judgement') finalJudgements.set(id, final!);
    }
    tables.push(counts);
  }

  /** Whether this workspace already knew the version before this bundle (held, sent or received it). */
  function knownBefore(table: string, id: string, version: string): boolean {
    return (
      store
        .statement<[string, string, string], { one: number }>(
          'SELECT 1 AS one FROM row_version WHERE table_name = ? AND row_id = ? AND version = ?',
        )
        .get(table, id, version) !== undefined
    );
  }

  settleJudgements(store, workGroupId, finalJudgements, writes, conflicts, tables);
  checkWorkGroupCode(store, writes);

  const totals = { added: 0, updated: 0, unchanged: 0, conflicts: 0, erased: 0 };
  for (const t of tables) {
    totals.added += t.added;
    totals.updated += t.updated;
    totals.unchanged += t.unchanged;
    totals.conflicts += t.conflicts;
    totals.erased += t.erased;
  }
  // Rows that end deleted go first, so a row leaving makes room for one arriving (judgements, focus children).
  writes.sort((a, b) => {
    const order = (w: Write) =>
      EXCHANGE_TABLES.indexOf(EXCHANGE_TABLE.get(w.table)!) * 2 + (w.row['deleted_at'] ? 0 : 1);
    return order(a) - order(b);
  });
  return {
    tables,
    totals,
    writes,
    conflicts,
    versions,
    changed: writes.length > 0 || conflicts.length > 0 || versions.length > 0,
    startsTeacherWorkspace,
  };
}

/**
 * A Work Group has one live judgement per subject. Two machines that each judged the same subject
 * made two rows: the newer stays, the other goes to the Trash (stamped with the winner's time, so
 * both machines make the same row) and is kept as a conflict the Lead can swap.
 */
function settleJudgements(
  store: Store,
  workGroupId: string,
  incoming: Map<string, Row>,
  writes: Write[],
  conflicts: Conflict[],
  tables: TableChanges[],
) {
  if (incoming.size === 0) return;
  const all = new Map(
    store
      .statement<[string], Row>('SELECT * FROM judgement WHERE work_group_id = ?')
      .all(workGroupId)
      .map((r) => [String(r['id']), r]),
  );
  for (const [id, row] of incoming) all.set(id, row);
  const bySubject = new Map<string, Row[]>();
  for (const row of all.values()) {
    if (row['deleted_at']) continue;
    const subject = String(row['subject']);
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), row]);
  }
  const counts = tables.find((t) => t.table === 'judgement')!;
  for (const rows of bySubject.values()) {
    if (rows.length < 2) continue;
    rows.sort((a, b) => changedAt(b).localeCompare(changedAt(a)) || String(b['id']).localeCompare(String(a['id'])));
    const winner = rows[0]!;
    for (const loser of rows.slice(1)) {
      const id = String(loser['id']);
      const retired = { ...loser, deleted_at: changedAt(winner), deleted_with: id };
      const existing = writes.findIndex((w) => w.table === 'judgement' && w.row['id'] === id);
      const isNew = existing >= 0 ? writes[existing]!.isNew : false;
      if (existing >= 0) writes.splice(existing, 1);
      writes.push({ table: 'judgement', row: retired, isNew });
      conflicts.push({ table: 'judgement', rowId: String(winner['id']), workGroupId, kept: winner, other: loser });
      counts.conflicts += 1;
    }
  }
}

/** Work Groups are matched by identity, never by code; two different groups may not share a live code. */
function checkWorkGroupCode(store: Store, writes: Write[]) {
  for (const { row } of writes) {
    if (row['deleted_at'] || !('code' in row) || !('academic_year' in row)) continue;
    const clash = store
      .statement<[unknown, unknown], { name: string }>(
        'SELECT name FROM work_group WHERE code = ? AND id <> ? AND deleted_at IS NULL',
      )
      .get(row['code'], row['id']);
    if (clash)
      throw refuse(
        `this workspace already has a different Work Group with the code ${String(row['code'])} (“${clash.name}”). Work Groups are matched by identity, never by code: change the code of one of them and try again`,
      );
  }
}

/**
 * Writes the plan's rows in order, each checked first with its kind's own rules (those the contract's
 * create and update run) against the workspace as it stands with the rows before it written, so a
 * name for a code, a fourth focus child or a code used twice is refused as it is when typed. A row
 * in the Trash keeps the rules of its own fields (no name for a code), since it can be restored.
 * References are checked by the plan: they must exist in the Work Group, but may be in the Trash, as
 * a record's references may be in the workspace that sent it.
 */
function writeChecked(store: Store, plan: MergePlan): void {
  const records = recordStore(store);
  store.db.pragma('defer_foreign_keys = ON');
  for (const { table, row, isNew } of plan.writes) {
    const kind = EXCHANGE_TABLE.get(table)!.kind;
    if (kind) {
      const record = records.toRecord(kind, row);
      try {
        if (row['deleted_at']) checkRecordFields(kind, record);
        else checkRecordRules(store, kind, record, String(row['id']), record['workGroupId'] as string | undefined);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const spec = RECORD_KIND_SPECS[kind];
        throw refuse(
          `the ${spec.label} “${spec.title(record)}” (${String(row['id'])}) in it breaks a rule: ${error.inFull()} Put it right on the computer that made the bundle, then export the bundle again`,
        );
      }
    }
    writeRow(store, table, row, isNew);
  }
}

class Rollback extends Error {}

/** Plans a merge and tries its rows against the workspace's rules, leaving the workspace as it was. */
export function previewMerge(store: Store, bundle: Bundle): MergePlan {
  let plan: MergePlan | undefined;
  try {
    store.transaction(() => {
      plan = planMerge(store, bundle);
      writeChecked(store, plan);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return plan!;
}

/**
 * Passages coded here in a record whose text the bundle changed, and passages that came in coded
 * against another version of their record's text, are anchored to the text as it now stands.
 */
function followCodedText(store: Store, plan: MergePlan): void {
  const anchors = themeAnchors(store);
  const records = new Map<string, CodableKind>();
  for (const { table, row } of plan.writes) {
    const kind = table === 'coded_passage' ? String(row['record_kind']) : EXCHANGE_TABLE.get(table)!.kind;
    const id = String(table === 'coded_passage' ? row['record_id'] : row['id']);
    if (kind && isCodableKind(kind)) records.set(id, kind);
  }
  for (const [id, kind] of records) {
    const row = store.statement<[string], Row>(`SELECT * FROM ${RECORD_KIND_SPECS[kind].table} WHERE id = ?`).get(id);
    if (row) anchors.followEdit(kind, id, row);
  }
}

/** Writes a merge plan. The caller runs it inside one transaction, after a backup. */
export function applyMerge(store: Store, bundle: Bundle, plan: MergePlan): void {
  const here = workspaceId(store);
  const now = store.now();
  const index = searchIndex(store);
  const records = recordStore(store);
  const history = recordHistory(store, records);
  const rowNow = (table: string, id: string) =>
    store.statement<[string], Row>(`SELECT * FROM ${table} WHERE id = ?`).get(id);
  const before = new Map(plan.writes.map((w) => [w, w.isNew ? undefined : rowNow(w.table, String(w.row['id']))]));
  writeChecked(store, plan);
  followCodedText(store, plan);
  for (const write of plan.writes) {
    const id = String(write.row['id']);
    const row = rowNow(write.table, id)!;
    const was = before.get(write);
    const versioned = versionedKindOf(write.table);
    // A change from the other computer is a version like one made here, named by where it came from.
    if (was && versioned && !row['erased_at'])
      history.noteChange(versioned, was, row, { origin: bundle.manifest.sourceWorkspaceId });
    const kind = EXCHANGE_TABLE.get(write.table)!.kind;
    if (!kind) continue;
    const spec = RECORD_KIND_SPECS[kind];
    if (row['deleted_at'] || spec.searchable.length === 0) {
      index.remove(id);
      continue;
    }
    const record = records.toRecord(kind, row);
    const body = spec.searchable.map((f) => String(record[f] ?? '')).join('\n');
    index.put(kind, id, record['workGroupId'] as string | undefined, spec.title(record), body);
  }
  const addVersion = store.statement(
    `INSERT OR IGNORE INTO row_version (table_name, row_id, version, updated_at, seen_from, seen_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const v of plan.versions) addVersion.run(v.table, v.rowId, v.version, v.updatedAt, v.seenFrom, now);
  if (plan.startsTeacherWorkspace) startTeacherWorkspace(store, bundle.manifest);
  noteSender(store, bundle.manifest);
  // The versions the merge itself made (rollover links dropped, a judgement retired) are ours now.
  for (const write of plan.writes) {
    const spec = EXCHANGE_TABLE.get(write.table)!;
    addVersion.run(
      write.table,
      write.row['id'],
      versionOf(spec, write.row),
      String(write.row['updated_at']),
      here,
      now,
    );
  }
  // An erased record keeps no other version of itself anywhere.
  const forgetConflicts = store.statement('DELETE FROM merge_conflict WHERE table_name = ? AND row_id = ?');
  for (const write of plan.writes) if (write.row['erased_at']) forgetConflicts.run(write.table, write.row['id']);
  if (plan.writes.some((w) => w.row['erased_at'])) history.forgetErased();
  const addConflict = store.statement(
    `INSERT INTO merge_conflict (id, table_name, row_id, work_group_id, source_workspace_id, kept_version,
       other_version, detected_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of plan.conflicts) {
    addConflict.run(
      store.newId(),
      c.table,
      c.rowId,
      c.workGroupId ?? null,
      bundle.manifest.sourceWorkspaceId,
      JSON.stringify(rowToJson(c.kept)),
      JSON.stringify(rowToJson(c.other)),
      now,
      now,
    );
  }
  if (plan.writes.length > 0 || plan.conflicts.length > 0) {
    store
      .statement(
        `INSERT INTO merge_log (id, merged_at, source_workspace_id, work_group_id, bundle_checksum, bundle_created_at, counts)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        store.newId(),
        now,
        bundle.manifest.sourceWorkspaceId,
        bundle.manifest.workGroupId,
        bundle.checksum,
        bundle.manifest.createdAt,
        JSON.stringify(plan.tables),
      );
  }
}

/** Inserts or overwrites one row with exactly the given columns (checked against the table beforehand). */
export function writeRow(store: Store, table: string, row: Row, isNew: boolean): void {
  const columns = Object.keys(row).filter((c) => c !== 'id');
  const params = Object.fromEntries(columns.map((c, i) => [`p${i}`, row[c] ?? null]));
  if (isNew) {
    store
      .statement(
        `INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (@id, ${columns.map((_, i) => `@p${i}`).join(', ')})`,
      )
      .run({ ...params, id: row['id'] });
  } else {
    store
      .statement(`UPDATE ${table} SET ${columns.map((c, i) => `${c} = @p${i}`).join(', ')} WHERE id = @id`)
      .run({ ...params, id: row['id'] });
  }
}
