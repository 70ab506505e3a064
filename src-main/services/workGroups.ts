import { randomUUID } from 'node:crypto';
import { DomainError } from '../../src-shared/api/errors';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';

interface WorkGroupRow {
  id: string;
  code: string;
  name: string;
  academic_year: string;
  project: string;
  pd_activity_type: WorkGroup['pdActivityType'];
  lead_name: string;
  status: WorkGroup['status'];
  created_at: string;
  updated_at: string;
}

const toWorkGroup = (row: WorkGroupRow): WorkGroup => ({
  id: row.id,
  code: row.code,
  name: row.name,
  academicYear: row.academic_year,
  project: row.project,
  pdActivityType: row.pd_activity_type,
  leadName: row.lead_name,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function workGroupHandlers(store: Store): Handlers<'workGroup.'> {
  const { db } = store;
  const byId = db.prepare<[string], WorkGroupRow>('SELECT * FROM work_group WHERE id = ? AND deleted_at IS NULL');
  const byCode = db.prepare<[string], WorkGroupRow>('SELECT * FROM work_group WHERE code = ? AND deleted_at IS NULL');

  const find = (id: string): WorkGroup => {
    const row = byId.get(id);
    if (!row) throw new DomainError('not_found', 'That Work Group no longer exists. Refresh the list and try again.');
    return toWorkGroup(row);
  };

  const update = (id: string, column: 'name' | 'status', value: string): WorkGroup =>
    store.transaction(() => {
      find(id);
      db.prepare(`UPDATE work_group SET ${column} = @value, updated_at = @now WHERE id = @id`).run({
        id,
        value,
        now: new Date().toISOString(),
      });
      return find(id);
    });

  return {
    'workGroup.list': ({ includeArchived }) =>
      db
        .prepare<[], WorkGroupRow>(
          `SELECT * FROM work_group WHERE deleted_at IS NULL ${includeArchived ? '' : "AND status = 'active'"}
           ORDER BY academic_year DESC, code`,
        )
        .all()
        .map(toWorkGroup),

    'workGroup.create': (fields) =>
      store.transaction(() => {
        if (byCode.get(fields.code)) {
          throw new DomainError('conflict', `The code ${fields.code} is already used by another Work Group.`, [
            { field: 'code', message: `${fields.code} is already used. Choose another code.` },
          ]);
        }
        const now = new Date().toISOString();
        const id = randomUUID();
        db.prepare(
          `INSERT INTO work_group (id, code, name, academic_year, project, pd_activity_type, lead_name, created_at, updated_at)
           VALUES (@id, @code, @name, @academicYear, @project, @pdActivityType, @leadName, @now, @now)`,
        ).run({ ...fields, id, now });
        return find(id);
      }),

    'workGroup.rename': ({ id, name }) => update(id, 'name', name),

    'workGroup.archive': ({ id, archived }) => update(id, 'status', archived ? 'archived' : 'active'),
  };
}
