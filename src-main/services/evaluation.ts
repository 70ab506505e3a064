import type { RecordKind } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import type {
  EvidenceRef,
  HubRollup,
  Judgement,
  JudgementSubject,
  WorkGroupEvaluationResult,
  YearComparison,
} from '../../src-shared/api/evaluation';
import { reportProgress } from './jobs';
import { hubFacts, rollUpHub } from '../../src-shared/evaluation/hub';
import {
  inDomainOrder,
  indexSnapshot,
  type SnapshotIndex,
  type WorkGroupSnapshot,
} from '../../src-shared/evaluation/snapshot';
import { defaultAsOf, evaluateWorkGroup } from '../../src-shared/evaluation/workGroup';
import { compareYears } from '../../src-shared/evaluation/yearOnYear';
import { rulesFor } from '../../src-shared/evaluation/kindRules';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Store } from '../store/store';
import type { AllHandlers, Handlers } from './handlers';
import { GROUP_KINDS, RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { hubFiguresOnDisk, sameFigures, type FiguresKey, type KeptFigures } from './hubFigures';
import { recordHistory, type ChangeSource } from './history';
import { recordStore } from './records';
import { workGroupAccess } from './workGroupAccess';
import { workGroupHandlers } from './workGroups';

type Row = Record<string, unknown>;

/** How many Work Groups a hub roll-up loads at once: few enough to keep memory flat at national scale. */
const HUB_BATCH = 25;

export interface EvaluationService {
  /** Every live record of one Work Group, as the evaluation engine reads it. */
  snapshot(workGroupId: string): WorkGroupSnapshot;
  evaluateWorkGroup(workGroupId: string, asOf?: string): WorkGroupEvaluationResult;
  evaluateHub(filters: { projectId?: string; academicYear?: string; phase?: string; asOf?: string }): HubRollup;
  /**
   * Works out (or reads from disk) the hub figures of a few Work Groups not known yet, as of today,
   * so that a hub view asked for later finds them ready. False once every group's are known.
   */
  workOutHubFiguresAhead(): boolean;
  /** The Work Group's year beside the year it was rolled over from; null in a first year (or with last year in the Trash). */
  compareWithPreviousYear(workGroupId: string): YearComparison | null;
  /** Saves the Lead's judgement, keeping the version it replaces; a restore names the version it put back. */
  setJudgement(
    input: {
      workGroupId: string;
      subject: JudgementSubject;
      rating: Judgement['rating'];
      narrative: string;
      evidence: EvidenceRef[];
    },
    source?: ChangeSource,
  ): Judgement;
}

/**
 * Each Work Group's hub figures, kept per open workspace with the version and "as of" date they were
 * worked out for. Shared by every service of the same store (the hub screen, the hub workbook and
 * the hub summary), and gone with the store when it closes or is restored (the workspace keeps its
 * own copy on disk for the next time it is opened).
 */
const hubFigures = new WeakMap<Store, Map<string, KeptFigures>>();
const figuresOf = (store: Store) => {
  let known = hubFigures.get(store);
  if (!known) hubFigures.set(store, (known = new Map()));
  return known;
};

export function evaluationService(store: Store): EvaluationService {
  const { db } = store;
  const records = recordStore(store);
  const history = recordHistory(store, records);
  const access = workGroupAccess(store);
  const groups = workGroupHandlers(store);
  const onDisk = hubFiguresOnDisk(store);
  const today = () => store.now().slice(0, 10);

  /** The live records of one kind for many Work Groups at once, grouped by Work Group: one query, not one per group. */
  const liveRows = new Map<RecordKind, Statement<unknown[]>>();
  const liveRowsOf = (kind: RecordKind, workGroupIds: string[]) => {
    const spec = RECORD_KIND_SPECS[kind];
    const byGroup = new Map<string, Record<string, unknown>[]>(workGroupIds.map((id) => [id, []]));
    // Its own statement, not the store's shared one: it is switched to raw rows for speed.
    let statement = liveRows.get(kind);
    if (!statement) {
      statement = db.prepare(
        `SELECT * FROM ${spec.table} WHERE deleted_at IS NULL
         AND work_group_id IN (SELECT value FROM json_each(?)) ORDER BY ${spec.orderBy}`,
      );
      liveRows.set(kind, statement);
    }
    for (const record of records.recordsOf(kind, statement, JSON.stringify(workGroupIds))) {
      byGroup.get(record['workGroupId'] as string)!.push(record);
    }
    return byGroup;
  };

  /** A school's name even if the school itself has since gone to the Trash: the year still happened. */
  const schoolName = store.statement<[string], { name: string }>('SELECT name FROM school WHERE id = ?');

  /** Snapshots of many Work Groups, loaded table by table. */
  const snapshots = (workGroupIds: string[]): WorkGroupSnapshot[] => {
    const lists = GROUP_KINDS.map((kind) => [RECORD_KIND_SPECS[kind].plural, liveRowsOf(kind, workGroupIds)] as const);
    return workGroupIds.map((workGroupId) => {
      const group = groups['workGroup.get']({ id: workGroupId });
      const project = records.find('project', group.projectId);
      const own = Object.fromEntries(
        lists.map(([key, byGroup]) => [key, byGroup.get(workGroupId)!]),
      ) as unknown as Omit<WorkGroupSnapshot, 'workGroup' | 'schools'>;
      const schoolIds = new Set([
        ...own.schoolParticipations.map((s) => s.schoolId),
        ...own.participants.map((p) => p.schoolId),
      ]);
      // Every output (screens, documents, workbooks) lists records in the same domain order.
      return inDomainOrder({
        workGroup: {
          id: group.id,
          code: group.code,
          name: group.name,
          academicYear: group.academicYear,
          projectId: group.projectId,
          projectName: group.projectName,
          pdActivityType: rulesFor(group.pdActivityType).kind,
          phase: (project?.['phase'] as string | undefined) ?? '',
          leadName: group.leadName,
          umbrellaQuestion: group.umbrellaQuestion,
          status: group.status,
          rolledOver: Boolean(group.rolledOverToId),
          intendedOutcomes: group.intendedOutcomes,
          surveyItems: group.surveyItems,
        },
        schools: [...schoolIds].map((id) => ({ id, name: schoolName.get(id)?.name ?? 'A school' })),
        ...own,
      });
    });
  };

  const snapshot = (workGroupId: string): WorkGroupSnapshot => snapshots([workGroupId])[0]!;
  const liveGroup = store.statement<[string], { id: string }>(
    'SELECT id FROM work_group WHERE id = ? AND deleted_at IS NULL',
  );

  const versionsOf = store.statement<[], { work_group_id: string; version: number }>(
    'SELECT work_group_id, version FROM work_group_version',
  );

  const toJudgement = (row: Row, ix: SnapshotIndex): Judgement => ({
    id: row['id'] as string,
    workGroupId: row['work_group_id'] as string,
    subject: row['subject'] as JudgementSubject,
    rating: row['rating'] as Judgement['rating'],
    narrative: row['narrative'] as string,
    evidence: (JSON.parse(row['evidence'] as string) as EvidenceRef[]).map((ref) => ({
      ...ix.item(ref.kind, ref.id),
      missing: !ix.has(ref.kind, ref.id),
    })),
    createdAt: row['created_at'] as string,
    updatedAt: row['updated_at'] as string,
  });

  const judgementRows = (workGroupId: string) =>
    store
      .statement<[string], Row>(
        'SELECT * FROM judgement WHERE work_group_id = ? AND deleted_at IS NULL ORDER BY subject',
      )
      .all(workGroupId);

  const allJudgements = store.statement<
    [string],
    { work_group_id: string; subject: string; rating: Judgement['rating'] }
  >(
    `SELECT work_group_id, subject, rating FROM judgement
     WHERE deleted_at IS NULL AND work_group_id IN (SELECT value FROM json_each(?))`,
  );

  const judgementFor = db.prepare<[string, string], Row>(
    'SELECT * FROM judgement WHERE work_group_id = ? AND subject = ? AND deleted_at IS NULL',
  );

  const evaluationOf = (snap: WorkGroupSnapshot, asOf?: string) =>
    evaluateWorkGroup(snap, asOf ?? defaultAsOf(snap.workGroup.academicYear, today()));

  const evaluate = (workGroupId: string, asOf?: string) => {
    const snap = snapshot(workGroupId);
    return { snap, evaluation: evaluationOf(snap, asOf) };
  };

  /** What each of these Work Groups' figures are to be worked out for: its version now, and the "as of" date. */
  const keysOf = (chosen: { id: string; academicYear: string }[], asOf?: string): FiguresKey[] => {
    const versions = new Map(versionsOf.all().map((v) => [v.work_group_id, v.version]));
    return chosen.map((g) => ({
      workGroupId: g.id,
      version: versions.get(g.id) ?? 0,
      asOf: asOf ?? defaultAsOf(g.academicYear, today()),
    }));
  };

  /**
   * Brings these Work Groups' figures up to date and returns every figure known. Each group's figures
   * are kept until its version moves (migration 006): in memory, and on disk for the first roll-up
   * after opening. The rest are evaluated in small batches, each cut down to its figures before the
   * next batch loads, and kept on disk together.
   */
  const keepFigures = (wanted: FiguresKey[], progress?: (done: number, total: number) => void) => {
    const known = figuresOf(store);
    const notKept = () => wanted.filter((key) => !sameFigures(key, known.get(key.workGroupId)));
    for (const kept of onDisk.read(notKept())) known.set(kept.workGroupId, kept);
    const stale = notKept();
    const worked: KeptFigures[] = [];
    for (let i = 0; i < stale.length; i += HUB_BATCH) {
      const batch = stale.slice(i, i + HUB_BATCH);
      snapshots(batch.map((key) => key.workGroupId)).forEach((snap, j) => {
        const figures = {
          ...batch[j]!,
          facts: hubFacts(
            evaluationOf(snap, batch[j]!.asOf),
            snap.schoolParticipations.map((s) => s.schoolId),
          ),
        };
        known.set(figures.workGroupId, figures);
        worked.push(figures);
      });
      progress?.(Math.min(i + HUB_BATCH, stale.length), stale.length);
    }
    onDisk.write(worked);
    return known;
  };

  return {
    snapshot,

    evaluateWorkGroup: (workGroupId, asOf) => {
      const { snap, evaluation } = evaluate(workGroupId, asOf);
      const ix = indexSnapshot(snap);
      return { ...evaluation, judgements: judgementRows(workGroupId).map((row) => toJudgement(row, ix)) };
    },

    compareWithPreviousYear: (workGroupId) => {
      const previousId = groups['workGroup.get']({ id: workGroupId }).previousWorkGroupId;
      const previous = previousId ? liveGroup.get(previousId) : undefined;
      if (!previous) return null;
      // Each year as it stands now: last year's is over, so it is read as of its end.
      return compareYears(evaluate(previous.id).evaluation, evaluate(workGroupId).evaluation);
    },

    evaluateHub: ({ asOf, ...filters }) => {
      const chosen = groups['workGroup.list']({
        includeArchived: true,
        ...(filters.projectId ? { projectId: filters.projectId } : {}),
        ...(filters.academicYear ? { academicYear: filters.academicYear } : {}),
      });
      const known = keepFigures(keysOf(chosen, asOf), (done, total) =>
        reportProgress("Working out each Work Group's figures", done, total),
      );
      const facts = chosen
        .map((g) => known.get(g.id)!.facts)
        .filter((f) => !filters.phase || f.workGroup.phase === filters.phase);
      // The Lead's judgements are not part of the kept figures: they are read afresh, in one query.
      const judgements = new Map<string, Record<string, Judgement['rating']>>();
      for (const row of allJudgements.all(JSON.stringify(facts.map((f) => f.workGroup.id)))) {
        judgements.set(row.work_group_id, { ...judgements.get(row.work_group_id), [row.subject]: row.rating });
      }
      return rollUpHub(facts, filters, judgements);
    },

    workOutHubFiguresAhead: () => {
      const known = figuresOf(store);
      const all = keysOf(groups['workGroup.list']({ includeArchived: true }));
      const next = all.filter((key) => !sameFigures(key, known.get(key.workGroupId))).slice(0, HUB_BATCH);
      keepFigures(next);
      return next.length > 0;
    },

    setJudgement: ({ workGroupId, subject, rating, narrative, evidence }, source) =>
      store.transaction(() => {
        access.writable(workGroupId);
        evidence.forEach((ref, i) => {
          const found = records.find(ref.kind, ref.id);
          if (!found || found['workGroupId'] !== workGroupId) {
            const what = RECORD_KIND_SPECS[ref.kind].label;
            throw new DomainError('not_found', `A chosen ${what} no longer exists or belongs to another Work Group.`, [
              { field: `evidence.${i}`, message: `Choose a ${what} from this Work Group.` },
            ]);
          }
        });
        const unique = [...new Map(evidence.map((e) => [`${e.kind}:${e.id}`, { kind: e.kind, id: e.id }])).values()];
        const now = store.now();
        const existing = judgementFor.get(workGroupId, subject);
        const values = { workGroupId, subject, rating, narrative, evidence: JSON.stringify(unique), now };
        if (existing) {
          const id = String(existing['id']);
          history.keeping(
            'judgement',
            id,
            () =>
              db
                .prepare(
                  `UPDATE judgement SET rating = @rating, narrative = @narrative, evidence = @evidence, updated_at = @now
                   WHERE id = @id`,
                )
                .run({ ...values, id }),
            source,
          );
        } else {
          db.prepare(
            `INSERT INTO judgement (id, work_group_id, subject, rating, narrative, evidence, created_at, updated_at)
             VALUES (@id, @workGroupId, @subject, @rating, @narrative, @evidence, @now, @now)`,
          ).run({ ...values, id: store.newId() });
        }
        return toJudgement(judgementFor.get(workGroupId, subject)!, indexSnapshot(snapshot(workGroupId)));
      }),
  };
}

export function evaluationHandlers(
  store: Store,
): Pick<AllHandlers, 'evaluation.workGroup' | 'evaluation.hub' | 'evaluation.yearOnYear'> & Handlers<'judgement.'> {
  const service = evaluationService(store);
  return {
    'evaluation.workGroup': ({ id, asOf }) => service.evaluateWorkGroup(id, asOf),
    'evaluation.hub': (filters) => service.evaluateHub(filters),
    'evaluation.yearOnYear': ({ id }) => service.compareWithPreviousYear(id),
    'judgement.set': (input) => service.setJudgement(input),
  };
}
