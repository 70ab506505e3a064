import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/demo/generate';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';
import { namesInCode } from '../../../src-shared/domain/firstNames';
import { caller, tempFolder } from '../../support/workspace';

// Slow while removing an entry from the search index scans the whole index (see the demo report):
// the cost of each record grows with the size of the workspace.
const HUB_TIMEOUT_MS = 240_000;

it(
  'writes 40 Work Groups and a community’s second year across the hub’s projects, varied in phase, size and completeness, three Sustaining groups in their second year',
  () => {
    const path = join(tempFolder(), 'hub.wgdb');
    const started = performance.now();
    const summary = generateDemo(path, { scale: 'hub', seed: 11 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`hub demo: ${seconds.toFixed(1)} s`, JSON.stringify(summary));

    const store = openStore(path);
    try {
      const call = caller(createHandlers(store));
      const groups = call('workGroup.list', { includeArchived: true });
      const thisYear = groups.filter((g) => g.academicYear === '2025/26');
      expect(thisYear).toHaveLength(40);
      // Three Sustaining groups are in their second year: last year's group was rolled over into each.
      const lastYear = groups.filter((g) => g.academicYear === '2024/25');
      expect(lastYear).toHaveLength(3);
      for (const g of lastYear) {
        const next = thisYear.find((t) => t.id === g.rolledOverToId)!;
        expect(next.previousWorkGroupId).toBe(g.id);
        expect(next.projectName).toMatch(/Sustaining$/);
        expect(g.projectName).toMatch(/Development$/);
        expect(call('surveyResponse.list', { workGroupId: next.id }).length).toBeGreaterThan(0);
      }
      // And the first community's second year (programmes.ts).
      expect(summary.workGroups).toBe(44);
      expect(new Set(groups.map((g) => g.code)).size).toBe(44);
      const projects = call('project.list', {});
      expect(new Set(groups.map((g) => g.projectId)).size).toBeGreaterThanOrEqual(5);
      const phases = new Set(groups.map((g) => projects.find((p) => p.id === g.projectId)!.phase));
      expect(phases.size).toBeGreaterThanOrEqual(3);

      const participants = call('participant.list', {});
      // Targeted support is one school's two or three leaders; every other kind has five or more.
      const perGroup = groups.map((g) => participants.filter((p) => p.workGroupId === g.id).length);
      const groupsOf = (supported: boolean) =>
        perGroup.filter((_, i) => (groups[i]!.pdActivityType === 'targeted_support') === supported);
      expect(Math.min(...groupsOf(false))).toBeGreaterThanOrEqual(5);
      expect(Math.min(...groupsOf(true))).toBeGreaterThanOrEqual(2);
      expect(new Set(perGroup).size).toBeGreaterThan(3);

      const children = call('focusChild.list', {});
      const codes = children.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(namesInCode(code), code).toEqual([]);
      // Each code carries its Work Group's number, so codes never clash across the hub.
      for (const g of groups) {
        const number = g.code.split('-').pop()!;
        const own = children.filter((c) => c.workGroupId === g.id);
        // Only Work Groups follow focus children (kindRules.ts).
        expect(own.length > 0).toBe(g.pdActivityType === 'work_group');
        const prefix = g.academicYear === '2025/26' ? 'G' : 'L';
        for (const c of own) expect(c.code.startsWith(`${prefix}${number}-`), c.code).toBe(true);
      }

      // An infant school has only infant classes, a junior school only junior ones.
      const schools = call('school.list', {});
      const SPAN = { 'Infant School': ['reception', 'y1', 'y2'], 'Junior School': ['y3', 'y4', 'y5', 'y6'] };
      let partial = 0;
      for (const [kind, years] of Object.entries(SPAN)) {
        const ids = new Set(schools.filter((s) => s.name.endsWith(kind)).map((s) => s.id));
        const teachers = new Set(participants.filter((p) => ids.has(p.schoolId)).map((p) => p.id));
        const taught = children.filter((c) => teachers.has(c.participantId));
        partial += taught.length;
        for (const c of taught) expect(years, `${c.code} in an ${kind}`).toContain(c.yearGroup);
      }
      expect(partial).toBeGreaterThan(0);

      // Completeness varies: not every school has evaluated its year.
      const participations = call('schoolParticipation.list', {});
      const evaluatedShare = participations.filter((sp) => sp.endEvaluation).length / participations.length;
      expect(evaluatedShare).toBeGreaterThan(0.4);
      expect(evaluatedShare).toBeLessThan(0.95);
      expect(summary.journalEntries + summary.observations).toBeGreaterThan(40 * 100);
    } finally {
      store.close();
    }
  },
  HUB_TIMEOUT_MS,
);
