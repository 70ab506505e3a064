import { describe, expect, it } from 'vitest';
import { methods, RECORD_KINDS } from '../../src-shared/api/contract';
import type { Store } from '../../src-main/store/store';
import { recordYearOfEveryKind } from '../support/year';
import { tempWorkspace } from '../support/workspace';

const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);
const META = ['id', 'workGroupId', 'createdAt', 'updatedAt'];
const WORK_GROUP_META = ['status', 'projectName', 'pdActivityType', 'rolledOverToId', 'previousWorkGroupId'];

/** Every row of every table, so a test can prove that nothing at all was written. */
function contents(store: Store): string {
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => store.db.prepare(`SELECT * FROM "${name}"`).all()));
}

function fieldsOf(record: Record<string, unknown>, keepWorkGroup: boolean, meta = META) {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => !meta.includes(key) || (key === 'workGroupId' && keepWorkGroup)),
  );
}

describe('every method of the contract, given bad input', () => {
  it('answers with a clear error and writes nothing', () => {
    const { call, attempt, store } = tempWorkspace();
    const year = recordYearOfEveryKind(call);
    const records: Record<string, Record<string, unknown>> = {
      project: call('project.list', {})[0]!,
      school: year.school,
      schoolParticipation: year.participation,
      participant: year.participant,
      focusChild: year.child,
      meeting: year.meeting,
      supportDay: year.supportDay,
      actionPlan: year.actionPlan,
      reading: year.reading,
      journalEntry: year.journalEntry,
      observation: year.observation,
      actionResearchCycle: year.cycle,
      impactClaim: year.claim,
      questionnaire: year.questionnaire,
      surveyResponse: year.surveyResponse,
      theme: year.theme,
      codedPassage: year.codedPassage,
      researchLesson: year.researchLesson,
    };
    const validInputs: Record<string, Record<string, unknown>> = {
      'workGroup.create': { ...fieldsOf(year.workGroup, false, [...META, ...WORK_GROUP_META]), code: 'TRG-NEW' },
      'workGroup.update': { ...fieldsOf(year.workGroup, false, [...META, ...WORK_GROUP_META]), id: year.workGroup.id },
      'workGroup.rename': { id: year.workGroup.id, name: 'New name' },
      'search.query': { text: 'fractions' },
      'backup.create': {},
    };
    for (const kind of RECORD_KINDS) {
      const scoped =
        'workGroupId' in (records[kind] ?? {}) && !['focusChild', 'observation', 'researchLesson'].includes(kind);
      const fields = fieldsOf(
        records[kind]!,
        scoped && !['journalEntry', 'actionResearchCycle', 'surveyResponse'].includes(kind),
      );
      validInputs[`${kind}.create`] = fields;
      validInputs[`${kind}.update`] = { ...fields, id: records[kind]!['id'] };
    }
    const before = contents(store);
    const problems: string[] = [];
    const expectRefusal = (method: string, input: unknown, what: string) => {
      const reply = attempt(method, input);
      if (reply.ok) problems.push(`${method} accepted ${what}`);
      else if (!reply.error.message || reply.error.code === 'failed') {
        problems.push(`${method} gave no clear error for ${what}: ${JSON.stringify(reply.error)}`);
      }
    };

    for (const method of methods) {
      for (const bad of [null, 42, 'text', [], { surprise: true }]) expectRefusal(method, bad, JSON.stringify(bad));
      if (/\.(get|update|delete|restore|rename|archive|rollover)$/.test(method)) {
        const input = { ...(validInputs[method] ?? {}), id: crypto.randomUUID() };
        if (method.endsWith('.rollover')) Object.assign(input, { code: 'TRG-NEXT' });
        if (method.endsWith('.rename')) Object.assign(input, { name: 'A name' });
        expectRefusal(method, input, 'an unknown id');
      }
      const valid = validInputs[method];
      if (!valid) continue;
      for (const [field, value] of Object.entries(valid)) {
        if (typeof value === 'string' && field !== 'id') {
          expectRefusal(method, { ...valid, [field]: ONE_MEGABYTE }, `a 1 MB ${field}`);
        }
        expectRefusal(method, { ...valid, [field]: { nested: [1, 2, 3] } }, `an object as ${field}`);
      }
    }
    expect(problems).toEqual([]);
    expect(contents(store)).toBe(before);

    // The samples themselves pass the door, so the refusals above were caused by the bad field.
    for (const [method, input] of Object.entries(validInputs)) {
      const reply = attempt(method, input);
      expect(reply.ok || reply.error.code !== 'invalid_input', `${method}: ${JSON.stringify(reply)}`).toBe(true);
    }
  });

  it('has a valid sample for every create and update method, so none escapes the walk above', () => {
    const kinds = methods.filter((m) => /\.(create|update)$/.test(m)).map((m) => m.split('.')[0]);
    expect(new Set(kinds)).toEqual(new Set(['workGroup', 'backup', ...RECORD_KINDS]));
  });
});
