import type { Input } from '../../src-shared/api/contract';
import type { PdActivityType } from '../../src-shared/domain/enums';
import type { Call } from './call';
import type { DemoClock } from './clock';
import { MEETING_NOTES } from './groupTexts';
import { schoolYear } from './year';

// What the hub demo's programmes and communities record as those kinds are run (NCETM types of PD):
// a programme's cohort, two intakes of teachers from across the region, working through the
// materials unit by unit at its sessions; and a community that carries on into its second year.
// Picked by position, never by the random stream, so the rest of the demo's words stay as they were.

/** Units of NCETM-style materials for specialist knowledge, in the order a cohort meets them. */
const MATERIALS_UNITS = [
  'Spine 1.1: Place value, additive structure and calculation',
  'Spine 1.2: Addition and subtraction: the part–whole relationship',
  'Spine 1.3: Numbers within 100 and unitising',
  'Spine 2.1: Counting, unitising and coins',
  'Spine 2.2: Multiplication and division structures',
  'Spine 3.1: Preparing for fractions',
  'Spine 3.2: Unit fractions and non-unit fractions',
];

/** Where a programme's teachers come from: a regional cohort, not a group of partner schools. */
const ROUTES_IN = [
  'Local authority maintained school in the hub area',
  'Multi-academy trust school, referred by its trust',
  'Stand-alone academy in the hub area',
  'School beyond the hub area, joining through the regional cohort',
];

/** A programme's participant: the intake they joined (most in the autumn, the rest in the spring) and where they come from. */
export function cohortOf(
  kind: PdActivityType,
  startYear: number,
  index: number,
  cohortSize: number,
): Partial<Input<'participant.create'>> {
  if (kind !== 'programme') return {};
  const spring = index >= Math.ceil((cohortSize * 2) / 3);
  return {
    cohort: spring ? `Cohort 2, spring ${startYear + 1}` : `Cohort 1, autumn ${startYear}`,
    comesFrom: ROUTES_IN[index % ROUTES_IN.length]!,
  };
}

/** A programme meets as sessions through the materials' units; other kinds keep their meeting. */
export function programmeSession<K extends Input<'meeting.create'>['kind']>(
  kind: PdActivityType,
  meetingKind: K,
  index: number,
): { kind: K | 'programme_session'; materialsUnit?: string; notes?: string[] } {
  if (kind !== 'programme') return { kind: meetingKind };
  return {
    kind: 'programme_session',
    materialsUnit: MATERIALS_UNITS[index % MATERIALS_UNITS.length]!,
    notes: MEETING_NOTES.programme_session,
  };
}

/**
 * Carries the first community into its second year, as a community runs beyond a year: the same
 * project and members (workGroup.rollover), and its autumn meetings so far. Returns the meetings added.
 */
export function continueFirstCommunity(call: Call, clock: DemoClock, startYear: number): number {
  const community = call('workGroup.list', { includeArchived: true }).find((g) => g.pdActivityType === 'community');
  if (!community) return 0;
  const next = schoolYear(startYear + 1);
  clock.on(next.dayIn('autumn', 0));
  const continued = call('workGroup.rollover', { id: community.id, code: `${community.code}-Y2` });
  const members = call('participant.list', { workGroupId: continued.id }).map((p) => p.id);
  const notes = [
    'Second year: members shared what carried on in their departments and agreed this year’s focus on reasoning in Key Stage 3.',
    'Professional dialogue on variation in practice tasks; two members brought examples from their own lessons.',
  ];
  notes.forEach((note, i) => {
    const date = next.dayIn('autumn', 0.25 + 0.4 * i);
    clock.on(date);
    call('meeting.create', {
      workGroupId: continued.id,
      date,
      kind: 'work_group_meeting',
      notes: note,
      // Most of the community is there each time.
      attendeeIds: members.filter((_, m) => (m + i) % 5 !== 0),
      areas: ['professional_learning'],
      standards: ['collaboration', 'sustained'],
    });
  });
  return notes.length;
}
