import type { PdActivityType } from '../../src-shared/domain/enums';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import type { AllHandlers } from '../services/handlers';
import { call, findWorkGroup, type Io, parse, UsageError, withWorkspace } from './common';

const describe = (g: WorkGroup) =>
  `${g.code}\t${g.name}\t${g.academicYear}\t${g.projectName}\t${g.leadName}\t${g.status}`;

/** The project named on the command line, created (with --type) the first time it is named. */
function projectId(handlers: AllHandlers, name: unknown, type: unknown): string {
  if (typeof name !== 'string' || !name.trim()) throw new UsageError('--project is required: the national project.');
  const existing = call(handlers, 'project.list', {}).find((p) => p.name.toLowerCase() === name.trim().toLowerCase());
  if (existing) return existing.id;
  const pdActivityType = (typeof type === 'string' ? type : 'work-group').replace('-', '_') as PdActivityType;
  return call(handlers, 'project.create', { name, pdActivityType, phase: 'cross_phase' }).id;
}

/** wge workgroup add|list|rename|archive */
export async function workgroup(args: string[], io: Io): Promise<void> {
  const [action, ...rest] = args;
  const text = { type: 'string' } as const;
  const print = (value: WorkGroup, json: unknown) => io.out(json ? JSON.stringify(value) : describe(value));
  switch (action) {
    case 'add': {
      const o = parse(rest, { code: text, name: text, year: text, project: text, type: text, lead: text });
      // One action: a new project named here lands only together with its Work Group.
      const created = await withWorkspace(
        o,
        (h, store) =>
          store.transaction(() =>
            call(h, 'workGroup.create', {
              code: o.code as string,
              name: o.name as string,
              academicYear: o.year as string,
              projectId: projectId(h, o.project, o.type),
              leadName: o.lead as string,
            }),
          ),
        { mayCreate: true },
      );
      return print(created, o.json);
    }
    case 'list': {
      const o = parse(rest, { all: { type: 'boolean' } });
      const groups = await withWorkspace(o, (h) => call(h, 'workGroup.list', { includeArchived: Boolean(o.all) }));
      if (o.json) return io.out(JSON.stringify(groups));
      if (groups.length === 0) {
        return io.out(
          o.all
            ? 'No Work Groups yet. Add one with "wge workgroup add".'
            : 'No active Work Groups. Add --all to include archived ones.',
        );
      }
      return groups.forEach((g) => io.out(describe(g)));
    }
    case 'rename': {
      const o = parse(rest, { code: text, name: text });
      const renamed = await withWorkspace(o, (h) =>
        call(h, 'workGroup.rename', { id: findWorkGroup(h, o.code).id, name: o.name as string }),
      );
      return print(renamed, o.json);
    }
    case 'archive': {
      const o = parse(rest, { code: text, restore: { type: 'boolean' } });
      const changed = await withWorkspace(o, (h) =>
        call(h, 'workGroup.archive', { id: findWorkGroup(h, o.code).id, archived: !o.restore }),
      );
      return print(changed, o.json);
    }
    case 'findings': {
      // The key findings the report opens with: printed, replaced (--set, once per finding) or given back to the draft.
      const o = parse(rest, { code: text, set: { type: 'string', multiple: true }, draft: { type: 'boolean' } });
      const shown = await withWorkspace(o, (h) => {
        const workGroupId = findWorkGroup(h, o.code).id;
        const findings = o.draft ? [] : (o.set as string[] | undefined);
        return findings
          ? call(h, 'keyFindings.set', { workGroupId, findings })
          : call(h, 'keyFindings.get', { workGroupId });
      });
      if (o.json) return io.out(JSON.stringify(shown));
      io.out(shown.edited ? 'Key findings (your own):' : 'Key findings (draft — not yet edited by the Lead):');
      return shown.findings.forEach((f) => io.out(`  - ${f}`));
    }
    default:
      throw new UsageError(
        `"wge workgroup" needs one of: add, list, rename, archive, findings. Run "wge help" for details.`,
      );
  }
}
