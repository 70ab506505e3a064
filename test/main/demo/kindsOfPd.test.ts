import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { PD_ACTIVITY_TYPE, PD_ACTIVITY_TYPES } from '../../../src-shared/domain/enums';
import { KIND_RULES } from '../../../src-shared/evaluation/kindRules';
import type { IndicatorId } from '../../../src-shared/evaluation/targets';
import { generateDemo } from '../../../src-main/demo/generate';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { readDocx } from '../../support/docx';
import { caller, tempFolder } from '../../support/workspace';
import { readWithOpenpyxl, records } from '../excel/openpyxl';

// Issue 20's test of done for rules by kind, on the real hub demo: no targeted-support, programme
// or community group is judged on an indicator its kind is not expected to show, and the hub
// workbook (read with openpyxl) and hub report (read with python-docx) say which rules each group
// was judged by.

let store: Store;
let folder: string;
const AS_OF = '2026-07-20';

async function exported(method: 'export.workbook' | 'export.document', input: unknown, name: string) {
  const reply = await dispatchAsync(createHandlers(store), method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  const path = join(tempFolder(), name);
  writeFileSync(path, Buffer.from((reply.result as { dataBase64: string }).dataBase64, 'base64'));
  return path;
}

describe('the hub demo, each kind of PD judged by its own rules', () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wge-kinds-'));
    const path = join(folder, 'hub.wgdb');
    generateDemo(path, { scale: 'hub', seed: 11 });
    store = openStore(path);
  }, 120_000);
  afterAll(() => {
    store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has groups of every kind, each recorded as its kind would be', () => {
    const call = caller(createHandlers(store));
    const groups = call('workGroup.list', { includeArchived: true });
    const kinds = new Set(groups.map((g) => g.pdActivityType));
    expect([...kinds].sort()).toEqual([...PD_ACTIVITY_TYPES].sort());
    const children = call('focusChild.list', {});
    const days = call('supportDay.list', {});
    const plans = call('actionPlan.list', {});
    for (const g of groups) {
      const own = <T extends { workGroupId?: string }>(list: T[]) => list.filter((r) => r.workGroupId === g.id);
      if (g.pdActivityType === 'targeted_support') {
        // One school's leaders with their support partner: days through the year under one action plan.
        expect(new Set(call('participant.list', { workGroupId: g.id }).map((p) => p.schoolId)).size).toBe(1);
        expect(own(days).length, g.code).toBeGreaterThanOrEqual(5);
        expect(own(plans)).toHaveLength(1);
        expect(own(plans)[0]!.agreedDays).toBeGreaterThanOrEqual(own(days).length);
        expect(call('meeting.list', { workGroupId: g.id })).toEqual([]);
      } else {
        expect(own(days)).toEqual([]);
        expect(own(plans)).toEqual([]);
      }
      // Focus children are the Work Group statement's method, followed only by Work Groups.
      expect(own(children).length > 0, g.code).toBe(g.pdActivityType === 'work_group');
    }
  });

  it('records each programme’s cohort and its sessions through the materials, and carries a community into its second year', () => {
    const call = caller(createHandlers(store));
    const groups = call('workGroup.list', { includeArchived: true });
    const programmes = groups.filter((g) => g.pdActivityType === 'programme');
    expect(programmes.length).toBeGreaterThan(0);
    for (const g of programmes) {
      const sessions = call('meeting.list', { workGroupId: g.id });
      expect(sessions.length, g.code).toBeGreaterThanOrEqual(4);
      for (const m of sessions)
        expect([m.kind, m.materialsUnit]).toEqual(['programme_session', expect.stringMatching(/^Spine \d/)]);
      // Two intakes of teachers from across the region.
      const cohort = call('participant.list', { workGroupId: g.id });
      expect(new Set(cohort.map((p) => p.cohort)).size, g.code).toBe(2);
      for (const p of cohort) expect(p.comesFrom).not.toBe('');
      const held = call('evaluation.workGroup', { id: g.id, asOf: AS_OF })
        .standards.flatMap((s) => s.indicators)
        .find((i) => i.id === 'meetings')!;
      expect(held.value, g.code).toBe(sessions.length);
    }
    const continued = groups.filter((g) => g.pdActivityType === 'community' && g.previousWorkGroupId);
    expect(continued).toHaveLength(1);
    const [second] = continued as [(typeof groups)[number]];
    const first = groups.find((g) => g.id === second.previousWorkGroupId)!;
    expect([first.rolledOverToId, first.projectId, second.academicYear]).toEqual([
      second.id,
      second.projectId,
      '2026/27',
    ]);
    const members = (id: string) =>
      call('participant.list', { workGroupId: id })
        .map((p) => p.name)
        .sort();
    expect(members(second.id)).toEqual(members(first.id));
    expect(call('meeting.list', { workGroupId: second.id }).length).toBeGreaterThan(0);
    expect(call('evaluation.yearOnYear', { id: second.id })!.years.map((y) => y.academicYear)).toEqual([
      '2025/26',
      '2026/27',
    ]);
  });

  it('never judges a group on an indicator its kind is not expected to show', () => {
    const call = caller(createHandlers(store));
    let judgedByOtherRules = 0;
    for (const g of call('workGroup.list', { includeArchived: true })) {
      const e = call('evaluation.workGroup', { id: g.id, asOf: AS_OF });
      const rules = KIND_RULES[g.pdActivityType as keyof typeof KIND_RULES];
      for (const i of e.standards.flatMap((s) => s.indicators)) {
        const expectation = rules.indicators[i.id as IndicatorId];
        if (expectation.expected) expect(i.status, `${g.code} ${i.id}`).not.toBe('not_expected');
        else {
          expect(i.status, `${g.code} ${i.id}`).toBe('not_expected');
          judgedByOtherRules += 1;
        }
      }
      for (const gap of e.gaps.filter((x) => x.id.startsWith('indicator:'))) {
        expect(rules.indicators[gap.id.slice('indicator:'.length) as IndicatorId].expected, gap.id).toBe(true);
      }
      expect(e.figures.standardsExpected).toBe(e.standards.filter((s) => s.status !== 'not_expected').length);
    }
    expect(judgedByOtherRules).toBeGreaterThan(0);
  });

  it('says in the hub workbook and the hub report which rules each group was judged by', async () => {
    const call = caller(createHandlers(store));
    const hub: Output<'evaluation.hub'> = call('evaluation.hub', {});
    const rulesOf = new Map(hub.rows.map((r) => [r.workGroup.code, KIND_RULES[r.workGroup.pdActivityType].name]));

    const sheets = readWithOpenpyxl(await exported('export.workbook', { kind: 'hub', allowFlagged: true }, 'hub.xlsx'));
    const groupRows = records(sheets.find((s) => s.name === 'Work Groups')!);
    // 40 Work Groups of this year and the 3 of last year rolled over into this one, and a community's second year.
    expect(groupRows).toHaveLength(44);
    for (const row of groupRows) {
      expect(row['Judged by']!.v, String(row['Code']!.v)).toBe(rulesOf.get(String(row['Code']!.v)));
      if (row['Kind of PD']!.v === PD_ACTIVITY_TYPE.labels.targeted_support) {
        expect(row['Standard 1: status']!.v).toBe('Not expected for Targeted Support in Maths');
      }
    }
    const byKind = records(sheets.find((s) => s.name === 'Rules by kind')!);
    expect(new Set(byKind.map((r) => r['Judged by']!.v))).toEqual(
      new Set(Object.values(KIND_RULES).map((k) => k.name)),
    );
    const whys = records(sheets.find((s) => s.name === 'Not expected by kind')!);
    expect(whys.some((r) => r['Indicator not expected']!.v === 'Focus children per participant')).toBe(true);

    const [report] = readDocx([
      await exported('export.document', { document: { kind: 'hubSummary' }, allowFlagged: true }, 'hub.docx'),
    ]);
    const headings = report!.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('Rules by kind of professional development');
    for (const k of hub.kinds) {
      expect(headings).toContain(`${k.label}: ${k.workGroups} groups, judged by the ${k.rules}`);
    }
    const sideBySide = report!.find(
      (b): b is Extract<typeof b, { kind: 'table' }> => b.kind === 'table' && b.rows[0]!.includes('Judged by'),
    )!;
    const column = sideBySide.rows[0]!.indexOf('Judged by');
    for (const row of sideBySide.rows.slice(1)) expect(row[column]).toBe(rulesOf.get(row[0]!.split(':')[0]!));
  }, 240_000);
});
