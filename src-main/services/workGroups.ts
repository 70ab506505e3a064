import type { z } from 'zod';
import { DomainError } from '../../src-shared/api/errors';
import { academicYearBounds, nextAcademicYear } from '../../src-shared/calendar/academicYear';
import { DEFAULT_SURVEY_ITEMS, type WorkGroup } from '../../src-shared/domain/workGroup';
import type { Store } from '../store/store';
import { columnMap } from './columns';
import type { Handlers } from './handlers';
import { recordHistory, type ChangeSource } from './history';
import { recordStore } from './records';
import { workGroupAccess } from './workGroupAccess';
import { workGroupFields } from '../../src-shared/domain/workGroup';

type Row = Record<string, unknown>;

const fieldColumns = columnMap(workGroupFields.shape);

const SELECT = `SELECT w.*, p.name AS project_name, p.pd_activity_type AS pd_activity_type
  FROM work_group w JOIN project p ON p.id = w.project_id`;

const toWorkGroup = (row: Row): WorkGroup =>
  ({
    ...fieldColumns.fromRow(row),
    id: row['id'],
    status: row['status'],
    projectName: row['project_name'],
    pdActivityType: row['pd_activity_type'],
    ...(row['previous_work_group_id'] ? { previousWorkGroupId: row['previous_work_group_id'] } : {}),
    ...(row['rolled_over_to_id'] ? { rolledOverToId: row['rolled_over_to_id'] } : {}),
    createdAt: row['created_at'],
    updatedAt: row['updated_at'],
  }) as WorkGroup;

/** A Work Group's own fields as a form sends them. */
type OwnFields = z.output<typeof workGroupFields>;

export function workGroupHandlers(store: Store): Handlers<'workGroup.'> {
  return workGroupService(store).handlers;
}

/** The Work Group's handlers, and saving its own fields as a change that came about otherwise (a version put back). */
export function workGroupService(store: Store) {
  const records = recordStore(store);
  const history = recordHistory(store, records);
  const access = workGroupAccess(store);
  const byId = store.statement<[string], Row>(`${SELECT} WHERE w.id = ? AND w.deleted_at IS NULL`);
  const byCode = store.statement<[string, string], Row>(
    'SELECT id FROM work_group WHERE code = ? AND id <> ? AND deleted_at IS NULL',
  );

  const find = (id: string): WorkGroup => {
    const row = byId.get(id);
    if (!row) throw new DomainError('not_found', 'That Work Group no longer exists. Refresh the list and try again.');
    return toWorkGroup(row);
  };

  const checkCodeFree = (code: string, id = '') => {
    if (byCode.get(code, id)) {
      throw new DomainError('conflict', `The code ${code} is already used by another Work Group.`, [
        { field: 'code', message: `${code} is already used. Choose another code.` },
      ]);
    }
  };

  const checkProject = (projectId: string) => {
    if (!records.find('project', projectId)) {
      throw new DomainError('not_found', 'That project no longer exists.', [
        { field: 'projectId', message: 'Choose a project from the list.' },
      ]);
    }
  };

  const insert = (fields: Record<string, unknown>, extra: { previousWorkGroupId?: string } = {}) => {
    const id = store.newId();
    const now = store.now();
    const row = fieldColumns.toRow({
      ...fields,
      surveyItems: (fields['surveyItems'] as unknown[] | undefined)?.length
        ? fields['surveyItems']
        : DEFAULT_SURVEY_ITEMS,
    });
    store
      .statement(
        `INSERT INTO work_group (id, ${fieldColumns.columns.join(', ')}, previous_work_group_id, created_at, updated_at)
       VALUES (@id, ${fieldColumns.fields.map((f) => `@${f}`).join(', ')}, @previous, @now, @now)`,
      )
      .run({ ...row, id, now, previous: extra.previousWorkGroupId ?? null });
    return id;
  };

  const setColumn = (id: string, column: 'name' | 'status', value: string): WorkGroup =>
    store.transaction(() => {
      find(id);
      history.keeping('workGroup', id, () =>
        store.statement(`UPDATE work_group SET ${column} = @value, updated_at = @now WHERE id = @id`).run({
          id,
          value,
          now: store.now(),
        }),
      );
      return find(id);
    });

  const update = (id: string, fields: OwnFields, source?: ChangeSource): WorkGroup =>
    store.transaction(() => {
      find(id);
      access.writable(id);
      checkCodeFree(fields.code, id);
      checkProject(fields.projectId);
      const sets = fieldColumns.columns.map((c, i) => `${c} = @${fieldColumns.fields[i]}`).join(', ');
      history.keeping(
        'workGroup',
        id,
        () =>
          store.statement(`UPDATE work_group SET ${sets}, updated_at = @now WHERE id = @id`).run({
            ...fieldColumns.toRow(fields),
            id,
            now: store.now(),
          }),
        source,
      );
      return find(id);
    });

  const handlers: Handlers<'workGroup.'> = {
    'workGroup.list': ({ includeArchived, projectId, academicYear }) =>
      store
        .statement<{ projectId: string | null; academicYear: string | null }, Row>(
          `${SELECT} WHERE w.deleted_at IS NULL ${includeArchived ? '' : "AND w.status = 'active'"}
           AND (@projectId IS NULL OR w.project_id = @projectId)
           AND (@academicYear IS NULL OR w.academic_year = @academicYear)
           ORDER BY w.academic_year DESC, w.code`,
        )
        .all({ projectId: projectId ?? null, academicYear: academicYear ?? null })
        .map(toWorkGroup),

    'workGroup.get': ({ id }) => find(id),

    'workGroup.create': (fields) =>
      store.transaction(() => {
        checkCodeFree(fields.code);
        checkProject(fields.projectId);
        return find(insert(fields));
      }),

    'workGroup.update': ({ id, ...fields }) => update(id, fields),

    'workGroup.rename': ({ id, name }) => setColumn(id, 'name', name),

    'workGroup.archive': ({ id, archived }) => setColumn(id, 'status', archived ? 'archived' : 'active'),

    'workGroup.delete': ({ id }) =>
      store.transaction(() => {
        find(id);
        return { deleted: records.softDelete('workGroup', id) };
      }),

    'workGroup.restore': ({ id }) =>
      store.transaction(() => {
        const row = store.statement<[string], Row>('SELECT code, deleted_with FROM work_group WHERE id = ?').get(id);
        if (!row || row['deleted_with'] !== id)
          throw new DomainError('not_found', 'That Work Group is not in the Trash.');
        checkCodeFree(String(row['code']), id);
        records.restoreBatch(id);
        return find(id);
      }),

    'workGroup.rollover': ({ id, code, carryFocusChildren, projectId }) =>
      store.transaction(() => {
        const earlier = find(id);
        access.writable(id);
        checkCodeFree(code);
        if (projectId) checkProject(projectId);
        // A community runs beyond a year by design (NCETM types of PD). It continues by the link a
        // rolled-over Work Group already has: each year is a row of its own (previous_work_group_id says
        // which it continues), evaluated on that year's records and then beside the year before, rather
        // than one row spanning years, which every indicator's schedule and every export would have to
        // learn. It stays in its own project (never a Sustaining one), its members and readings go on.
        if (earlier.pdActivityType === 'community' && projectId && projectId !== earlier.projectId) {
          throw new DomainError(
            'invalid_input',
            `${earlier.code} is a community, which carries on in its own project (${earlier.projectName}). Keep that project, or start a new Work Group for another one.`,
            [{ field: 'projectId', message: `Keep ${earlier.projectName}.` }],
          );
        }
        const {
          id: _id,
          status: _s,
          projectName: _p,
          pdActivityType: _t,
          createdAt: _c,
          updatedAt: _u,
          ...fields
        } = earlier;
        void [_id, _s, _p, _t, _c, _u];
        const academicYear = nextAcademicYear(earlier.academicYear);
        const nextId = insert(
          // Findings are the year's own: the next year starts from a fresh draft.
          { ...fields, code, projectId: projectId ?? fields.projectId, academicYear, keyFindings: [] },
          { previousWorkGroupId: id },
        );
        carryForward(id, nextId, {
          withChildren: carryFocusChildren,
          withReadings: earlier.pdActivityType === 'community',
          firstDay: academicYearBounds(academicYear).start,
        });
        store
          .statement('UPDATE work_group SET rolled_over_to_id = ?, updated_at = ? WHERE id = ?')
          .run(nextId, store.now(), id);
        return find(nextId);
      }),
  };
  return { handlers, update };

  /**
   * Schools, participants, questionnaires and (if asked) focus children go into the new year, which
   * starts on `firstDay`; last year's evidence stays behind. A community's members and its shared
   * readings go on with it.
   */
  function carryForward(
    fromId: string,
    toId: string,
    { withChildren, withReadings, firstDay }: { withChildren: boolean; withReadings: boolean; firstDay: string },
  ) {
    const list = (table: string) =>
      store
        .statement<[string], Row>(`SELECT * FROM ${table} WHERE work_group_id = ? AND deleted_at IS NULL`)
        .all(fromId);
    for (const row of list('school_participation')) {
      records.create('schoolParticipation', {
        workGroupId: toId,
        schoolId: row['school_id'],
        seniorLeaderName: row['senior_leader_name'],
        seniorLeaderRole: row['senior_leader_role'],
        intendedImpact: '',
        endEvaluation: '',
        continuationPlan: '',
        namedInDevelopmentPlan: false,
        leaderEngagements: [],
        areas: [],
        standards: [],
      });
    }
    const participantIds = new Map<string, string>();
    for (const row of list('participant')) {
      const created = records.create('participant', {
        workGroupId: toId,
        schoolId: row['school_id'],
        name: row['name'],
        role: row['role'],
        researchQuestion: row['research_question'],
        cohort: row['cohort'],
        comesFrom: row['comes_from'],
        // Where last year ended is where this year starts: its end ratings are the new baseline.
        startRatings: JSON.parse(String(row['end_ratings'] ?? '{}')) as Record<string, number>,
        endRatings: {},
      });
      participantIds.set(row['id'] as string, created['id'] as string);
    }
    carryQuestionnaires(list, toId, participantIds, firstDay);
    if (withReadings) {
      for (const row of list('reading')) {
        records.create('reading', {
          workGroupId: toId,
          citation: row['citation'],
          link: row['link'],
          summary: row['summary'],
        });
      }
    }
    if (!withChildren) return;
    for (const row of list('focus_child')) {
      records.create('focusChild', {
        participantId: participantIds.get(row['participant_id'] as string),
        code: row['code'],
        yearGroup: row['year_group'],
        penPortraitStart: row['pen_portrait_end'] || row['pen_portrait_start'],
        penPortraitEnd: '',
        desiredChange: row['desired_change'],
        changeNote: '',
        consentRecorded: row['consent_recorded'] === 1,
        ...(row['retain_until'] ? { retainUntil: row['retain_until'] } : {}),
        carriedFromId: row['id'],
      });
    }
  }

  /**
   * The questionnaires go on, questions (and so their ids) unchanged; each participant's answers at
   * last year's end become their answers at this year's start, dated its first day so that they count
   * in this year and never in a term before it began.
   */
  function carryQuestionnaires(
    list: (table: string) => Row[],
    toId: string,
    participantIds: Map<string, string>,
    firstDay: string,
  ) {
    const ended = list('survey_response').filter((r) => r['occasion'] === 'end');
    for (const row of list('questionnaire')) {
      const created = records.create('questionnaire', {
        workGroupId: toId,
        title: row['title'],
        timing: row['timing'],
        questions: JSON.parse(String(row['questions'])) as unknown,
      });
      for (const answered of ended.filter((r) => r['questionnaire_id'] === row['id'])) {
        const participantId = participantIds.get(answered['participant_id'] as string);
        if (!participantId) continue;
        records.create('surveyResponse', {
          participantId,
          questionnaireId: created['id'],
          occasion: 'start',
          date: firstDay,
          answers: JSON.parse(String(answered['answers'])) as unknown,
        });
      }
    }
  }
}
