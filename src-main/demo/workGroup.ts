import type { Term } from '../../src-shared/calendar/academicYear';
import type { Input, Output } from '../../src-shared/api/contract';
import {
  IMPLEMENTATION_STAGE,
  type DfeStandard,
  type EvidenceStrength,
  type NcetmArea,
  type PdActivityType,
  type Phase,
  type YearGroup,
} from '../../src-shared/domain/enums';
import { DEFAULT_SURVEY_ITEMS } from '../../src-shared/domain/workGroup';
import type { Call } from './call';
import { addDays, type DemoClock } from './clock';
import {
  CLAIMS,
  CYCLE_ACTS,
  CYCLE_OBSERVES,
  CYCLE_PLANS,
  CYCLE_REFLECTS,
  FINAL_NOTES,
  INTENDED_OUTCOMES,
  LAUNCH_NOTES,
  MEETING_NOTES,
  PARTICIPANT_CLAIMS,
  SCHOOL_CLAIMS,
} from './groupTexts';
import { CONTINUATION_PLANS, END_EVALUATIONS, ENGAGEMENT_NOTES, INTENDED_IMPACTS, LEADER_ROLES } from './leaders';
import { PLAN_ACTIONS, SUCCESS_CRITERIA, SUPPORT_DAY_NOTES, SUPPORT_FOCUSES, SUPPORT_NEXT_STEPS } from './support';
import type { NameMaker } from './names';
import type { Random } from './random';
import { READINGS, type DemoReading } from './readings';
import type { DemoSchool, SchoolPool } from './schools';
import type { Measure, Theme } from './themes';
import { recordResearchLessons } from './lessonStudy';
import { cohortOf, programmeSession } from './programmes';
import { carryOn } from './secondYear';
import { recordPostMeetingSurvey } from './surveys';
import { drawWork, tasksFor } from './pictures';
import { Writer, type Judgement, type Stage } from './writer';
import type { SchoolYear } from './year';

/** One Work Group to build: who, what, how big, and how fully its Lead has recorded the year. */
export interface GroupPlan {
  code: string;
  /** Put before each focus child's code so codes stay unique across the workspace ("G12-"). */
  childPrefix: string;
  projectId: string;
  projectPhase: Phase;
  /** The project's kind of PD: targeted support meets on support days, under an action plan. */
  kind: PdActivityType;
  theme: Theme;
  leadName: string;
  year: SchoolYear;
  schoolPhases: Phase[];
  /** Participant teachers per school, in school order. */
  teachersPerSchool: number[];
  childrenPerTeacher: number;
  meetings: number;
  readings: number;
  /** 1: the whole year is recorded; lower: the Lead is behind or some schools did not send evidence. */
  completeness: number;
  /** How much the teachers write: 1 is the model group's few hundred journal entries and observations. */
  density: number;
  reuseSchools: number;
  /** Leave the few deliberate gaps of the single-group demo. */
  plantedGaps: boolean;
  /** The share of focus children whose teacher photographs their work in autumn and again in summer. */
  pictured: number;
  /** A second year: the code of last year's Work Group, which the app rolls over into this one. */
  continues?: string;
  /** Give the standard post-meeting reflection after each meeting. */
  postMeetingSurvey?: boolean;
}

export interface GroupTally {
  participants: number;
  focusChildren: number;
  meetings: number;
  readings: number;
  journalEntries: number;
  observations: number;
  cycles: number;
  impactClaims: number;
  researchLessons: number;
}

export type Participant = {
  id: string;
  name: string;
  school: DemoSchool;
  yearGroup: YearGroup;
  input: Input<'participant.create'>;
};
type Child = {
  id: string;
  code: string;
  owner: Participant;
  judgement: Judgement;
  measure: Measure;
  baseline: number;
  input: Input<'focusChild.create'>;
};
export type Participation = {
  school: DemoSchool;
  input: Input<'schoolParticipation.create'>;
  id: string;
  engagements: Engagement[];
};
/** Who a Work Group's year starts with. */
export interface GroupStart {
  workGroupId: string;
  schools: DemoSchool[];
  participations: Participation[];
  participants: Participant[];
}
type Meeting = { id: string; date: string; attendees: Set<string>; readings: DemoReading[]; supportDay: boolean };
type Evidence = Output<'impactClaim.create'>['evidence'][number];
export type Engagement = Output<'schoolParticipation.create'>['leaderEngagements'][number];

const yearCode = (yg: YearGroup) => (yg === 'nursery' ? 'N' : yg === 'reception' ? 'R' : yg.toUpperCase());

/** Meeting kinds and where they sit in the year, for four to seven meetings. */
const MEETING_SCHEDULE: [Term, number, Output<'meeting.create'>['kind']][] = [
  ['autumn', 0.2, 'work_group_meeting'],
  ['autumn', 0.75, 'research_lesson'],
  ['spring', 0.2, 'collaborative_planning'],
  ['spring', 0.7, 'research_lesson'],
  ['summer', 0.3, 'leaders_session'],
  ['summer', 0.85, 'work_group_meeting'],
  ['summer', 0.55, 'in_school_visit'],
];
const MEETINGS_FOR: Record<number, number[]> = {
  4: [0, 1, 3, 5],
  5: [0, 1, 2, 3, 5],
  6: [0, 1, 2, 3, 4, 5],
  7: [0, 1, 2, 3, 4, 6, 5],
};

/** Builds one Work Group's year through the contract and says how much it wrote. */
export function buildWorkGroup(
  plan: GroupPlan,
  deps: { call: Call; random: Random; clock: DemoClock; names: NameMaker; schools: SchoolPool },
): GroupTally {
  const { call, random: r, clock } = deps;
  const { year, theme } = plan;
  const write = new Writer(r, theme);
  const tally: GroupTally = {
    participants: 0,
    focusChildren: 0,
    meetings: 0,
    readings: 0,
    journalEntries: 0,
    observations: 0,
    cycles: 0,
    impactClaims: 0,
    researchLessons: 0,
  };
  const full = plan.completeness;
  const tagged = <T>(probability: number, tags: T): T | Record<string, never> => (r.chance(probability) ? tags : {});
  const evidence: Record<'observation' | 'journalEntry' | 'meeting' | 'actionResearchCycle', Evidence[]> = {
    observation: [],
    journalEntry: [],
    meeting: [],
    actionResearchCycle: [],
  };
  const byParticipant = new Map<string, Evidence[]>();
  const bySchoolChildren = new Map<string, Evidence[]>();
  const remember = (list: Map<string, Evidence[]>, key: string, item: Evidence) =>
    list.set(key, [...(list.get(key) ?? []), item]);

  const { workGroupId, schools, participations, participants } = plan.continues
    ? carryOn(plan, plan.continues, { ...deps, write })
    : setUp(plan, { ...deps, write });
  tally.participants = participants.length;

  // Readings the Lead shares, each discussed at a meeting.
  const readings = r.sample(READINGS, plan.readings).map((reading) => {
    clock.on(year.randomDay(r, 'autumn', 0, 0.2));
    const created = call('reading.create', { workGroupId, citation: reading.citation, summary: reading.summary });
    tally.readings += 1;
    return { ...reading, id: created.id };
  });
  const readingId = new Map(readings.map((reading) => [reading.citation, reading.id]));

  // Meetings across the year, with attendance and the readings discussed.
  const slots = (MEETINGS_FOR[plan.meetings] ?? MEETINGS_FOR[6]!).map((i) => MEETING_SCHEDULE[i]!);
  const discussedAt = slots.map(() => [] as DemoReading[]);
  readings.forEach((reading, i) => discussedAt[i % slots.length]!.push(reading));
  const lowTurnout = plan.plantedGaps ? 3 : -1;
  const supported = plan.kind === 'targeted_support';
  if (supported) {
    clock.on(year.randomDay(r, 'autumn', 0, 0.1));
    call('actionPlan.create', {
      workGroupId,
      schoolId: schools[0]!.id,
      developmentFocus: write.fill(r.pick(SUPPORT_FOCUSES)),
      successCriteria: write.fill(r.pick(SUCCESS_CRITERIA)),
      actions: write.fill(r.pick(PLAN_ACTIONS)),
      agreedDays: plan.meetings + (r.chance(0.3) ? 1 : 0),
    });
  }
  const meetings: Meeting[] = slots.map(([term, at, kind], i) => {
    const date = year.dayIn(term, at + (r.float() - 0.5) * 0.1);
    const host = r.pick(schools);
    const present = participants.filter(() => r.chance(i === lowTurnout ? 0.55 : 0.88 + 0.07 * full));
    const discussed = discussedAt[i]!;
    const session = programmeSession(plan.kind, kind, i);
    const notes =
      session.notes ??
      (i === 0
        ? LAUNCH_NOTES
        : i === slots.length - 1 && kind === 'work_group_meeting'
          ? FINAL_NOTES
          : MEETING_NOTES[kind]);
    clock.on(date);
    if (supported) {
      // A day with the support partner, through the EEF stages as the year goes on.
      const day = call('supportDay.create', {
        workGroupId,
        date,
        schoolId: host.id,
        stage: IMPLEMENTATION_STAGE.values[Math.min(3, Math.floor((i * 4) / slots.length))]!,
        attendeeIds: present.map((p) => p.id),
        notes: write.fill(r.pick(SUPPORT_DAY_NOTES)),
        nextSteps: write.fill(r.pick(SUPPORT_NEXT_STEPS)),
        ...tagged(0.8 * full + 0.2, {
          areas: ['school_policy', 'practice_development'] as NcetmArea[],
          standards: ['sustained', 'leadership'] as DfeStandard[],
          guskeyLevel: 3,
          strength: 'anecdotal' as const,
        }),
      });
      tally.meetings += 1;
      return { id: day.id, date, attendees: new Set(present.map((p) => p.id)), readings: [], supportDay: true };
    }
    const created = call('meeting.create', {
      workGroupId,
      date,
      kind: session.kind,
      ...(session.materialsUnit ? { materialsUnit: session.materialsUnit } : {}),
      hostSchoolId: host.id,
      notes: write.fill(r.pick(notes), { reading: discussed[0] }),
      attendeeIds: present.map((p) => p.id),
      readingIds: discussed.map((d) => readingId.get(d.citation)!),
      ...tagged(0.8 * full + 0.2, {
        areas: r.chance(0.5) ? ['professional_learning'] : ['professional_learning', 'practice_development'],
        standards: ['collaboration', 'sustained', ...(discussed.length ? (['evidence'] as const) : [])],
        guskeyLevel: r.int(1, 2),
        strength: 'anecdotal' as const,
      }),
    });
    participations
      .find((p) => p.school.id === host.id)
      ?.engagements.push({
        date,
        kind: 'hosted_meeting',
        note: r.pick(ENGAGEMENT_NOTES['hosted_meeting']!),
      });
    evidence.meeting.push({ kind: 'meeting', id: created.id });
    tally.meetings += 1;
    return {
      id: created.id,
      date,
      attendees: new Set(present.map((p) => p.id)),
      readings: discussed,
      supportDay: false,
    };
  });
  const launch = meetings[0]!.date;

  // Focus children, chosen and described at the launch.
  const children: Child[] = [];
  let childNumber = 0;
  for (const owner of participants) {
    const letter = String.fromCharCode(65 + schools.indexOf(owner.school));
    for (let c = 0; c < plan.childrenPerTeacher; c += 1) {
      childNumber += 1;
      const code = `${plan.childPrefix}${yearCode(owner.yearGroup)}-${letter}${String(childNumber).padStart(2, '0')}`;
      clock.on(addDays(launch, r.int(1, 10)));
      const input: Input<'focusChild.create'> = {
        participantId: owner.id,
        code,
        yearGroup: owner.yearGroup,
        penPortraitStart: write.penPortraitStart(),
        desiredChange: write.desiredChange(),
        consentRecorded: r.chance(0.95),
        retainUntil: `${year.startYear + 2}-08-31`,
      };
      const created = call('focusChild.create', input);
      const measure = r.pick(theme.measures);
      children.push({
        id: created.id,
        code,
        owner,
        judgement: pickJudgement(r),
        measure,
        baseline: Math.round(measure.min + (measure.max - measure.min) * (0.15 + 0.35 * r.float())),
        input,
      });
      tally.focusChildren += 1;
    }
  }

  // Observations of each child, term by term.
  const noSpring = new Set(plan.plantedGaps ? r.sample(children, 2).map((c) => c.id) : []);
  for (const child of children) {
    const stages: Record<Term, Stage> = {
      autumn: 'early',
      spring: child.judgement >= 3 ? 'middle' : 'early',
      summer: child.judgement >= 4 ? 'late' : child.judgement >= 2 ? 'middle' : 'early',
    };
    for (const term of ['autumn', 'spring', 'summer'] as const) {
      if (term === 'spring' && noSpring.has(child.id)) continue;
      // A Lead who is behind has less from the later terms.
      const keep = term === 'autumn' ? 1 : term === 'spring' ? 0.5 + 0.5 * full : full * full;
      const count = r.chance(keep)
        ? Math.max(1, Math.round((r.int(1, 2) + (r.chance(0.25) ? 1 : 0)) * plan.density))
        : 0;
      const from = term === 'autumn' ? 0.3 : 0.05;
      const days = Array.from({ length: count }, () => year.randomDay(r, term, from, 0.95)).sort();
      days.forEach((date, i) => {
        const measured = i === 0 && term !== 'spring' ? r.chance(0.8) : r.chance(0.1);
        observe(child, term, stages[term], date, measured);
      });
    }
  }

  function observe(child: Child, term: Term, stage: Stage, date: string, measured: boolean) {
    clock.on(date);
    const mentions = { code: child.code, yearGroup: child.owner.yearGroup };
    let input: Input<'observation.create'>;
    if (measured) {
      const { measure } = child;
      const range = measure.max - measure.min;
      const gain = { autumn: 0, spring: 0.45, summer: 1 }[term] * (child.judgement - 1) * 0.11 * range;
      const wobble = range > 10 ? r.int(-1, 1) : 0;
      const value = Math.min(measure.max, Math.max(measure.min, Math.round(child.baseline + gain + wobble)));
      input = {
        focusChildId: child.id,
        date,
        kind: 'measure',
        text: `${measure.name}, ${term === 'autumn' ? 'autumn baseline' : `${term} term`}: ${value} ${measure.scale}. ${write.note(stage, mentions)}`,
        measureValue: value,
        measureScale: measure.scale,
        ...tagged(0.9, tags(['pupil_outcomes'], ['pupil_outcomes'], 5, 'measured')),
      };
    } else {
      const kind = r.pick(['note', 'note', 'pupil_voice', 'work_sample'] as const);
      const text =
        kind === 'note'
          ? write.note(stage, mentions)
          : kind === 'pupil_voice'
            ? write.pupilVoice()
            : write.workSample(stage, child.owner.yearGroup);
      input = {
        focusChildId: child.id,
        date,
        kind,
        text,
        ...tagged(
          0.7,
          tags(['pupil_outcomes'], ['pupil_outcomes'], 5, kind === 'work_sample' ? 'triangulated' : 'anecdotal'),
        ),
      };
    }
    record(child, input);
  }

  function record(child: Child, input: Input<'observation.create'>) {
    const created = call('observation.create', input);
    const item = { kind: 'observation' as const, id: created.id };
    evidence.observation.push(item);
    remember(bySchoolChildren, child.owner.school.id, item);
    tally.observations += 1;
  }

  // Before and after pictures of the same task, for the case study: the after picture is secure once the child has moved on.
  const picturable = children.filter((c) => tasksFor(c.owner.yearGroup).length > 0);
  for (const child of r.sample(picturable, Math.round(picturable.length * plan.pictured))) {
    const task = r.pick(tasksFor(child.owner.yearGroup));
    const terms = r.chance(full) ? (['autumn', 'summer'] as const) : (['autumn'] as const);
    for (const term of terms) {
      const date = year.randomDay(r, term, 0.3, 0.95);
      clock.on(date);
      const drawn = drawWork(task, term === 'summer' && child.judgement >= 2, child.owner.yearGroup, r);
      const image = call('attachment.add', {
        workGroupId,
        mimeType: 'image/png',
        dataBase64: drawn.png.toString('base64'),
      });
      record(child, {
        focusChildId: child.id,
        date,
        kind: 'work_sample',
        text: drawn.caption,
        attachmentId: image.id,
        ...tagged(0.8, tags(['pupil_outcomes'], ['pupil_outcomes'], 5, 'triangulated')),
      });
    }
  }

  // Reflective journals.
  for (const p of participants) {
    const own = children.filter((c) => c.owner === p);
    const count = Math.max(2, Math.round(r.int(10, 14) * plan.density * (0.35 + 0.65 * full)));
    const positions = Array.from({ length: count }, () => 0.3 + r.float() * (3 * full - 0.35)).sort((a, b) => a - b);
    for (const position of positions) {
      const term = (['autumn', 'spring', 'summer'] as const)[Math.min(2, Math.floor(position))]!;
      const date = year.dayIn(term, position - Math.floor(position));
      const child = own.length && r.chance(0.7) ? r.pick(own) : undefined;
      const recent = meetings.filter(
        (m) => !m.supportDay && m.date <= date && m.attendees.has(p.id) && addDays(m.date, 14) >= date,
      );
      const meeting = recent.length && r.chance(0.6) ? recent[recent.length - 1] : undefined;
      const discussed = meetings.filter((m) => m.date <= date).flatMap((m) => m.readings);
      const reading = discussed.length && r.chance(0.25) ? r.pick(discussed) : undefined;
      const areas: NcetmArea[] = r.sample(
        ['practice_development', 'professional_learning', 'pupil_outcomes'] as const,
        r.int(1, 2),
      );
      const standards: DfeStandard[] = [
        ...(child ? (['pupil_outcomes'] as const) : []),
        ...(reading ? (['evidence'] as const) : []),
        ...(meeting ? (['collaboration'] as const) : []),
        'sustained',
      ];
      clock.on(date);
      const created = call('journalEntry.create', {
        participantId: p.id,
        date,
        text: write.journal({
          code: child?.code,
          yearGroup: p.yearGroup,
          reading,
        }),
        focusChildIds: child ? [child.id] : [],
        readingIds: reading ? [readingId.get(reading.citation)!] : [],
        ...(meeting ? { meetingId: meeting.id } : {}),
        ...tagged(
          0.6 + 0.2 * full,
          tags(
            areas,
            standards,
            child ? r.pick([4, 5]) : r.pick([2, 4]),
            r.chance(0.85) ? 'anecdotal' : 'triangulated',
          ),
        ),
      });
      const item = { kind: 'journalEntry' as const, id: created.id };
      evidence.journalEntry.push(item);
      remember(byParticipant, p.id, item);
      tally.journalEntries += 1;
    }
  }

  // Action-research cycles: plan, act, observe, reflect.
  for (const p of participants) {
    const own = children.filter((c) => c.owner === p);
    const cycles = r.int(2, 3);
    const windows: [string, string][] =
      cycles === 3
        ? [
            [year.dayIn('autumn', 0.3), year.dayIn('autumn', 0.95)],
            [year.dayIn('spring', 0.1), year.dayIn('spring', 0.9)],
            [year.dayIn('summer', 0.05), year.dayIn('summer', 0.8)],
          ]
        : [
            [year.dayIn('autumn', 0.35), year.dayIn('spring', 0.4)],
            [year.dayIn('spring', 0.5), year.dayIn('summer', 0.7)],
          ];
    windows.forEach(([startDate, endDate], i) => {
      // The last cycle of a Lead who is behind is planned but not yet written up.
      const writtenUp = i < windows.length - 1 || r.chance(full);
      clock.on(writtenUp ? endDate : startDate);
      const created = call('actionResearchCycle.create', {
        participantId: p.id,
        number: i + 1,
        plan: write.fill(r.pick(CYCLE_PLANS), { yearGroup: p.yearGroup }),
        act: write.fill(r.pick(CYCLE_ACTS)),
        observe: writtenUp ? write.fill(r.pick(CYCLE_OBSERVES), { yearGroup: p.yearGroup }) : '',
        reflect: writtenUp ? write.fill(r.pick(CYCLE_REFLECTS)) : '',
        startDate,
        ...(writtenUp ? { endDate } : {}),
        focusChildIds: own.map((c) => c.id),
        ...tagged(
          0.85,
          tags(
            ['practice_development', 'pupil_outcomes'],
            ['pupil_outcomes', 'evidence', 'sustained'],
            4,
            'triangulated',
          ),
        ),
      });
      const item = { kind: 'actionResearchCycle' as const, id: created.id };
      evidence.actionResearchCycle.push(item);
      remember(byParticipant, p.id, item);
      tally.cycles += 1;
    });
  }

  // July: end pen portraits and judgements, end ratings, leaders' evaluations.
  // After the final meeting, before the summer holiday.
  const endOfYear = () => year.randomDay(r, 'summer', 0.91, 1);
  const unjudged = new Set(plan.plantedGaps ? r.sample(children, 3).map((c) => c.id) : []);
  for (const child of children) {
    if (unjudged.has(child.id) || !r.chance(full === 1 ? 1 : full * 0.9)) continue;
    clock.on(endOfYear());
    call('focusChild.update', {
      ...child.input,
      id: child.id,
      penPortraitEnd: write.penPortraitEnd(child.judgement),
      changeJudgement: child.judgement,
      changeNote: write.changeNote(child.judgement),
    });
  }
  const unrated = plan.plantedGaps ? r.pick(participants).id : undefined;
  for (const p of participants) {
    if (p.id === unrated || !r.chance(full === 1 ? 1 : full * 0.85)) continue;
    clock.on(endOfYear());
    const start = p.input.startRatings ?? {};
    call('participant.update', {
      ...p.input,
      id: p.id,
      endRatings: Object.fromEntries(Object.entries(start).map(([k, v]) => [k, Math.min(5, v + r.int(0, 2))])),
    });
  }
  const unevaluated = plan.plantedGaps ? participations[participations.length - 1]!.id : undefined;
  const evaluated: Evidence[] = [];
  const endEvaluations = r.shuffle(END_EVALUATIONS);
  const plans = r.shuffle(CONTINUATION_PLANS);
  for (const [s, sp] of participations.entries()) {
    const evaluates = sp.id !== unevaluated && r.chance(full === 1 ? 1 : full * 0.85);
    if (r.chance(0.4)) {
      sp.engagements.push({ date: launch, kind: 'invited_meeting', note: 'Invited to the launch meeting.' });
    }
    sp.engagements.push({
      date: year.randomDay(r, 'spring', 0.2, 0.8),
      kind: 'visit',
      note: r.pick(ENGAGEMENT_NOTES['visit']!),
    });
    if (r.chance(0.6)) {
      sp.engagements.push({
        date: meetings[meetings.length - 1]!.date,
        kind: 'invited_meeting',
        note: r.pick(ENGAGEMENT_NOTES['invited_meeting']!),
      });
    }
    if (!evaluates) continue;
    clock.on(endOfYear());
    call('schoolParticipation.update', {
      ...sp.input,
      id: sp.id,
      endEvaluation: write.fill(endEvaluations[s % endEvaluations.length]!),
      continuationPlan: r.chance(0.9) ? write.fill(plans[s % plans.length]!) : '',
      leaderEngagements: [...sp.engagements].sort((a, b) => a.date.localeCompare(b.date)),
      ...tags(['school_policy'], ['leadership'], 3, r.chance(0.5) ? 'anecdotal' : 'triangulated'),
    });
    evaluated.push({ kind: 'schoolParticipation', id: sp.id });
  }

  // Impact claims, each resting on the evidence behind it.
  const claim = (
    level: 'group' | 'school' | 'participant',
    area: NcetmArea,
    linked: Evidence[],
    subjectId?: string,
  ) => {
    const statements = level === 'school' ? SCHOOL_CLAIMS : level === 'participant' ? PARTICIPANT_CLAIMS : CLAIMS[area];
    if (linked.length === 0) return;
    const kinds = new Set(linked.map((e) => e.kind));
    clock.on(endOfYear());
    call('impactClaim.create', {
      workGroupId,
      level,
      ...(subjectId ? { subjectId } : {}),
      statement: write.fill(r.pick(statements)),
      strength:
        kinds.has('observation') && area === 'pupil_outcomes'
          ? 'measured'
          : kinds.size > 1
            ? 'triangulated'
            : 'anecdotal',
      area,
      standard: (
        {
          pupil_outcomes: 'pupil_outcomes',
          professional_learning: 'evidence',
          practice_development: 'sustained',
          school_policy: 'leadership',
        } as const
      )[area],
      evidence: linked,
    });
    tally.impactClaims += 1;
  };
  if (r.chance(0.5 + 0.5 * full)) {
    claim('group', 'pupil_outcomes', r.sample(evidence.observation, r.int(3, 6)));
    claim('group', 'professional_learning', [
      ...r.sample(evidence.meeting, 2),
      ...r.sample(evidence.journalEntry, r.int(2, 4)),
    ]);
    claim('group', 'practice_development', [
      ...r.sample(evidence.actionResearchCycle, r.int(2, 3)),
      ...r.sample(evidence.journalEntry, 2),
    ]);
    claim('group', 'school_policy', r.sample(evaluated, r.int(2, 4)));
    for (const sp of r.sample(participations, r.int(1, 2))) {
      claim('school', 'pupil_outcomes', r.sample(bySchoolChildren.get(sp.school.id) ?? [], r.int(2, 4)), sp.school.id);
    }
    for (const p of r.sample(participants, r.int(1, 2))) {
      claim('participant', 'practice_development', r.sample(byParticipant.get(p.id) ?? [], r.int(2, 4)), p.id);
    }
  }
  // Last, so that the rest of the year's words are as they were before research lessons were recorded.
  tally.researchLessons = recordResearchLessons(
    meetings.filter((_, i) => slots[i]![2] === 'research_lesson'),
    children.map((c) => ({ id: c.id, ownerId: c.owner.id })),
    { call, random: r, clock },
  );
  if (plan.postMeetingSurvey) {
    recordPostMeetingSurvey(workGroupId, meetings, { call, random: r, clock, write });
  }
  return tally;
}

/** A new Work Group in September: the group, its schools with their leaders' intended impact, and its teachers. */
function setUp(
  plan: GroupPlan,
  deps: { call: Call; random: Random; clock: DemoClock; names: NameMaker; schools: SchoolPool; write: Writer },
): GroupStart {
  const { call, random: r, clock, names, write } = deps;
  const { year, theme } = plan;
  // September: the Lead sets the group up.
  const setUpOn = addDays(year.terms.autumn.from, -r.int(3, 6));
  clock.on(setUpOn);
  const workGroup = call('workGroup.create', {
    code: plan.code,
    name: r.pick(theme.names),
    academicYear: year.academicYear,
    projectId: plan.projectId,
    leadName: plan.leadName,
    umbrellaQuestion: theme.umbrella,
    intendedOutcomes: INTENDED_OUTCOMES.map((o) => ({ ...o, statement: write.fill(o.statement) })),
  });
  const workGroupId = workGroup.id;

  // Schools and their senior leaders' intended impact.
  const schools: DemoSchool[] = [];
  for (const phase of [...new Set(plan.schoolPhases)]) {
    const count = plan.schoolPhases.filter((p) => p === phase).length;
    schools.push(...deps.schools.take(phase, theme.yearGroups, count, plan.reuseSchools, setUpOn));
  }
  // Each school's leader writes in their own words: no two schools of a group share a statement.
  const impacts = r.shuffle(INTENDED_IMPACTS);
  const participations: Participation[] = schools.map((school, s) => {
    const day = year.randomDay(r, 'autumn', 0, 0.15);
    clock.on(day);
    const first = r.pick(['call', 'webinar'] as const);
    const engagements: Engagement[] = [{ date: day, kind: first, note: r.pick(ENGAGEMENT_NOTES[first]!) }];
    const input: Input<'schoolParticipation.create'> = {
      workGroupId,
      schoolId: school.id,
      seniorLeaderName: names.person(),
      seniorLeaderRole: r.pick(LEADER_ROLES),
      intendedImpact: write.fill(impacts[s % impacts.length]!, { yearGroup: r.pick(classYears(theme, school)) }),
      namedInDevelopmentPlan: r.chance(0.6),
      leaderEngagements: engagements,
    };
    return { school, input, id: call('schoolParticipation.create', input).id, engagements };
  });

  // Participants, each with a class and a research question.
  const participants: Participant[] = [];
  const cohortSize = plan.teachersPerSchool.reduce((a, b) => a + b, 0);
  schools.forEach((school, s) => {
    const yearGroups = r.shuffle(classYears(theme, school));
    for (let t = 0; t < (plan.teachersPerSchool[s] ?? 1); t += 1) {
      const yearGroup = yearGroups[t % yearGroups.length]!;
      clock.on(year.randomDay(r, 'autumn', 0, 0.15));
      const input: Input<'participant.create'> = {
        workGroupId,
        schoolId: school.id,
        name: names.person(),
        role: roleFor(yearGroup, school.phase, t, r),
        researchQuestion: r.pick(theme.questions),
        startRatings: Object.fromEntries(DEFAULT_SURVEY_ITEMS.map((item) => [item.id, r.int(2, 4)])),
        ...cohortOf(plan.kind, year.startYear, participants.length, cohortSize),
      };
      const created = call('participant.create', input);
      participants.push({ id: created.id, name: input.name, school, yearGroup, input });
    }
  });
  return { workGroupId, schools, participations, participants };
}

function tags(areas: NcetmArea[], standards: DfeStandard[], guskeyLevel: number, strength: EvidenceStrength) {
  return { areas, standards, guskeyLevel, strength };
}

export function classYears(theme: Theme, school: DemoSchool): YearGroup[] {
  const allowed = school.years;
  const fitting = theme.yearGroups.filter((y) => allowed.includes(y));
  return fitting.length ? fitting : theme.yearGroups;
}

function roleFor(yearGroup: YearGroup, phase: Phase, index: number, r: Random): string {
  if (phase === 'secondary' || ['y7', 'y8', 'y9', 'y10', 'y11'].includes(yearGroup)) {
    return r.pick([
      'Teacher of mathematics',
      'Second in mathematics',
      'Key Stage 3 coordinator',
      'Early career teacher (maths)',
    ]);
  }
  if (yearGroup === 'nursery' || yearGroup === 'reception')
    return r.pick(['EYFS lead', 'Reception teacher', 'Reception teacher', 'Nursery teacher', 'Early years teacher']);
  const label = `Year ${yearGroup.slice(1)} teacher`;
  return index === 0 && r.chance(0.4) ? `Maths lead and ${label.toLowerCase()}` : label;
}

function pickJudgement(r: Random): Judgement {
  const roll = r.int(1, 100);
  return roll <= 5 ? 1 : roll <= 20 ? 2 : roll <= 55 ? 3 : roll <= 85 ? 4 : 5;
}
