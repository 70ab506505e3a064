import type { Output } from '../../src-shared/api/contract';
import type { Phase } from '../../src-shared/domain/enums';
import type { GroupPlan } from './workGroup';
import type { NameMaker } from './names';
import type { Random } from './random';
import { THEMES, type Theme } from './themes';
import { schoolYear, type SchoolYear } from './year';

export const DEMO_SCALES = ['group', 'hub', 'national'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

export const WORK_GROUPS_AT: Record<DemoScale, number> = { group: 1, hub: 40, national: 1000 };

/** How many of a scale's Sustaining groups are in their second year, with last year's group before them. */
const SECOND_YEARS_AT: Record<DemoScale, number> = { group: 1, hub: 3, national: 3 };

type Project = Output<'project.list'>[number];

const theme = (key: string) => THEMES.find((t) => t.key === key)!;

/** The mathematics a project's Work Groups are likely to be about. */
function themesFor(project: Project): Theme[] {
  if (project.pdActivityType === 'targeted_support') return ['additive', 'fluency', 'place-value'].map(theme);
  switch (project.phase) {
    case 'early_years':
      return [theme('early-number')];
    case 'primary':
      return ['fractions', 'place-value', 'multiplicative', 'additive', 'fluency', 'reasoning'].map(theme);
    case 'secondary':
    case 'post_16':
      return ['algebra', 'proportion', 'directed-number', 'geometry'].map(theme);
    default:
      return ['transition-fractions', 'transition-multiplicative'].map(theme);
  }
}

/** The kinds of school in a Work Group of this project. */
function schoolPhases(project: Project, count: number, r: Random): Phase[] {
  return Array.from({ length: count }, (_, i): Phase => {
    switch (project.phase) {
      case 'early_years':
        return i < 2 ? 'early_years' : 'primary';
      case 'primary':
        return i === count - 1 && r.chance(0.1) ? 'special' : 'primary';
      case 'secondary':
      case 'post_16':
        return i === count - 1 && r.chance(0.1) ? 'all_through' : 'secondary';
      default:
        return i % 2 === 0 ? 'primary' : 'secondary';
    }
  });
}

/** How often Work Groups of a project are run: more Work Groups than programmes, more primary than other phases. */
const weightOf = (p: Project) =>
  (p.pdActivityType === 'work_group' ? 3 : p.pdActivityType === 'programme' ? 2 : 1) * (p.phase === 'primary' ? 2 : 1);

function weightedPick(projects: Project[], r: Random): Project {
  let roll = r.float() * projects.reduce((sum, p) => sum + weightOf(p), 0);
  for (const p of projects) {
    roll -= weightOf(p);
    if (roll < 0) return p;
  }
  return projects[projects.length - 1]!;
}

/**
 * How a group of each kind of PD is made up, as NCETM's definitions of the four types say: a Work
 * Group's six or seven schools with one or two teachers each, following focus children; a
 * programme's cohort of individuals from many schools; a community of teachers from several; and
 * targeted support for one school's leaders with their support partner, over agreed days.
 */
function shapeOf(project: Project, r: Random) {
  switch (project.pdActivityType) {
    case 'targeted_support':
      return { schools: 1, teachers: () => r.int(2, 3), childrenPerTeacher: 0, meetings: r.int(5, 6) };
    case 'programme':
      return { schools: r.int(7, 10), teachers: () => 1, childrenPerTeacher: 0, meetings: r.int(4, 6) };
    case 'community':
      return { schools: r.int(5, 8), teachers: () => 1, childrenPerTeacher: 0, meetings: r.int(4, 7) };
    default:
      return {
        schools: r.int(5, 8),
        teachers: () => (r.chance(0.6) ? 2 : 1),
        childrenPerTeacher: r.chance(0.8) ? 3 : 2,
        meetings: r.int(4, 7),
      };
  }
}

/** Plans every Work Group of a scale; the single group is the full, tidy example with a few planted gaps. */
export function planWorkGroups(
  scale: DemoScale,
  projects: Project[],
  year: SchoolYear,
  r: Random,
  names: NameMaker,
): GroupPlan[] {
  if (scale === 'group') {
    const project =
      projects.find((p) => p.name === 'Primary Teaching for Mastery Development') ??
      projects.find((p) => p.phase === 'primary') ??
      projects[0]!;
    const model: GroupPlan = {
      code: `TRG-${year.startYear}-01`,
      childPrefix: '',
      projectId: project.id,
      projectPhase: project.phase,
      kind: project.pdActivityType,
      theme: r.pick(themesFor(project)),
      leadName: names.person(),
      year,
      schoolPhases: Array.from({ length: 7 }, (): Phase => 'primary'),
      teachersPerSchool: Array.from({ length: 7 }, () => 2),
      childrenPerTeacher: 3,
      meetings: 6,
      readings: r.int(6, 10),
      completeness: 1,
      density: 1,
      reuseSchools: 0,
      plantedGaps: true,
      pictured: 1 / 3,
    };
    // A second group of the same Lead, in its second year: a Sustaining group rolled over from last year's.
    const sustaining = projects.find((p) => p.name === 'Primary Teaching for Mastery Sustaining');
    if (!sustaining) return [model];
    const second: GroupPlan = {
      ...model,
      code: `TRG-${year.startYear}-02`,
      childPrefix: 'G02-',
      projectId: sustaining.id,
      theme: r.pick(themesFor(sustaining).filter((t) => t !== model.theme)),
      schoolPhases: Array.from({ length: 5 }, (): Phase => 'primary'),
      teachersPerSchool: [2, 2, 1, 1, 1],
      readings: r.int(5, 8),
      density: 0.9,
      reuseSchools: 0.3,
      plantedGaps: false,
      pictured: 0.1,
    };
    return [model, ...withLastYear(second, projects)];
  }
  const count = WORK_GROUPS_AT[scale];
  const digits = String(count).length;
  // A Lead often runs two or three Work Groups in a year.
  const leads = Array.from({ length: Math.ceil(count / 2.5) }, () => names.person());
  const plans = Array.from({ length: count }, (_, i): GroupPlan => {
    const number = String(i + 1).padStart(digits, '0');
    const project = weightedPick(projects, r);
    const shape = shapeOf(project, r);
    const schools = shape.schools;
    const completeness = r.chance(0.3) ? 1 : 0.55 + 0.45 * r.float();
    return {
      code: `TRG-${year.startYear}-${number}`,
      childPrefix: `G${number}-`,
      projectId: project.id,
      projectPhase: project.phase,
      kind: project.pdActivityType,
      theme: r.pick(themesFor(project)),
      leadName: leads[i % leads.length]!,
      year,
      schoolPhases: schoolPhases(project, schools, r),
      teachersPerSchool: Array.from({ length: schools }, shape.teachers),
      childrenPerTeacher: shape.childrenPerTeacher,
      meetings: shape.meetings,
      readings: r.int(4, 10),
      completeness,
      // Some groups' teachers write more than others.
      density: 0.7 + 0.4 * r.float(),
      reuseSchools: 0.12,
      plantedGaps: false,
      // A few pictures per group: drawing them is the slowest part of the demo, so fewer still at national scale.
      pictured: scale === 'hub' ? 0.1 : 0.02,
    };
  });
  const secondYears = new Set(
    plans
      .filter((p) => projects.find((q) => q.id === p.projectId)!.name.includes('Sustaining'))
      .slice(0, SECOND_YEARS_AT[scale]),
  );
  return plans.flatMap((plan) => (secondYears.has(plan) ? withLastYear(plan, projects) : [plan]));
}

/**
 * A Sustaining group in its second year, and last year's group before it: the same schools and
 * teachers a year earlier in the Development project, recorded in full, which the app rolls over
 * into this year's group (its teachers then answer the post-meeting reflection).
 */
function withLastYear(plan: GroupPlan, projects: Project[]): GroupPlan[] {
  const development = projects.find(
    (p) => p.pdActivityType === 'work_group' && p.phase === plan.projectPhase && p.name.endsWith('Development'),
  );
  if (!development) return [plan];
  const number = plan.code.split('-').pop()!;
  const startYear = plan.year.startYear - 1;
  const lastYear: GroupPlan = {
    ...plan,
    code: `TRG-${startYear}-${number}`,
    childPrefix: `L${number}-`,
    projectId: development.id,
    year: schoolYear(startYear),
    completeness: 1,
    plantedGaps: false,
  };
  return [lastYear, { ...plan, continues: lastYear.code, postMeetingSurvey: true }];
}
