import type { Input } from '../../src-shared/api/contract';
import type { YearGroup } from '../../src-shared/domain/enums';
import type { Call } from './call';
import { addDays, type DemoClock } from './clock';
import { ENGAGEMENT_NOTES } from './leaders';
import { yearsOfSchool } from './names';
import type { Random } from './random';
import type { DemoSchool } from './schools';
import {
  classYears,
  type Engagement,
  type GroupPlan,
  type GroupStart,
  type Participant,
  type Participation,
} from './workGroup';
import type { Writer } from './writer';

// A Work Group in its second year: last year's group is rolled over by the app's own service into a
// Sustaining project, as a Lead would do it, so the new year keeps its schools and teachers and
// starts from last year's end (the teachers' end ratings are its start). The teachers have new
// classes, so they choose new focus children.

/** What a school's leader hopes for in a Sustaining year: the work spreading beyond the first class. */
const SUSTAINING_IMPACTS = [
  'Last year’s approach to {focus} will reach every class in the key stage, led by the teacher who took part in year one.',
  'Our teachers will keep planning {focus} together, and {rep} will be in our calculation policy and used from {yg} upwards.',
  'The gains we saw in {yg} last year will hold with a new class, and we will check them in pupil voice and the summer assessment.',
  'Our participating teacher will coach a colleague through the same research lesson cycle, so the school does not rely on one person.',
  'Maths meetings will start from pupils’ work in {focus}, as they did in the Work Group, and the subject leader will check this in book looks.',
  'Fewer pupils across the school will {misc}, because the representations agreed last year are now used in every class.',
  'We will sustain last year’s work on {focus} through staff changes: the new teachers will join the group’s meetings.',
];

/** Rolls last year's Work Group over into this one and sets up its second year: the leaders' new aims, each teacher's new class. */
export function carryOn(
  plan: GroupPlan,
  lastYearCode: string,
  deps: { call: Call; random: Random; clock: DemoClock; write: Writer },
): GroupStart {
  const { call, random: r, clock, write } = deps;
  const { year, theme } = plan;
  const lastYear = call('workGroup.list', { includeArchived: true }).find((g) => g.code === lastYearCode);
  if (!lastYear) throw new Error(`The demo has no Work Group ${lastYearCode} to roll over.`);
  clock.on(addDays(year.terms.autumn.from, -r.int(3, 6)));
  const workGroupId = call('workGroup.rollover', {
    id: lastYear.id,
    code: plan.code,
    projectId: plan.projectId,
    carryFocusChildren: false,
  }).id;

  const known = new Map(call('school.list', {}).map((s) => [s.id, s]));
  const schools: DemoSchool[] = [];
  const impacts = r.shuffle(SUSTAINING_IMPACTS);
  const participations: Participation[] = call('schoolParticipation.list', { workGroupId }).map((sp, s) => {
    const { id, name, phase } = known.get(sp.schoolId)!;
    const school: DemoSchool = { id, name, phase, years: yearsOfSchool(phase, name) };
    schools.push(school);
    const day = year.randomDay(r, 'autumn', 0, 0.15);
    clock.on(day);
    const engagements: Engagement[] = [{ date: day, kind: 'call', note: r.pick(ENGAGEMENT_NOTES['call']!) }];
    const input: Input<'schoolParticipation.create'> = {
      workGroupId,
      schoolId: id,
      seniorLeaderName: sp.seniorLeaderName,
      seniorLeaderRole: sp.seniorLeaderRole,
      intendedImpact: write.fill(impacts[s % impacts.length]!, { yearGroup: r.pick(classYears(theme, school)) }),
      // After a year of the Work Group most schools have written it into their development plan.
      namedInDevelopmentPlan: r.chance(0.85),
      leaderEngagements: engagements,
    };
    call('schoolParticipation.update', { ...input, id: sp.id });
    return { school, input, id: sp.id, engagements };
  });

  // Each teacher carries on with a new class in the year group they teach (and last year's research question).
  const participants: Participant[] = call('participant.list', { workGroupId }).map((p) => {
    const school = schools.find((s) => s.id === p.schoolId)!;
    const classes = classYears(theme, school);
    const named = /\b(?:year (\d+)|(reception|nursery))\b/i.exec(p.role);
    const taught = named ? ((named[1] ? `y${named[1]}` : named[2]!.toLowerCase()) as YearGroup) : undefined;
    const yearGroup = taught && classes.includes(taught) ? taught : r.pick(classes);
    const input: Input<'participant.create'> = {
      workGroupId,
      schoolId: p.schoolId,
      name: p.name,
      role: p.role,
      researchQuestion: p.researchQuestion,
      startRatings: p.startRatings,
    };
    return { id: p.id, name: p.name, school, yearGroup, input };
  });
  return { workGroupId, schools, participations, participants };
}
