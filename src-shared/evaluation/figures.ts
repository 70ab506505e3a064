import type {
  AreaSummary,
  HubFigures,
  Indicator,
  PairedRatings,
  SessionCounts,
  StandardBlock,
  SurveyQuestionResult,
  SurveyResult,
  WorkGroupFigures,
} from '../api/evaluation';
import { DFE_STANDARD, type MeetingKind } from '../domain/enums';
import { scaleTop } from '../domain/surveys';
import type { ParticipantRecord, SnapshotIndex, WorkGroupSnapshot } from './snapshot';
import { count, percent, round } from './text';

// Every headline figure, defined once: its label, its unit and what it counts. The screens, the
// command line, the documents, the workbooks and the slides all read these, so a number means the
// same thing wherever a reader meets it.

export interface FigureDefinition {
  label: string;
  unit: 'count' | 'share' | 'mean';
  definition: string;
}

export const FIGURES = {
  workGroups: {
    label: 'Work Groups',
    unit: 'count',
    definition: 'Work Groups in the roll-up.',
  },
  schools: {
    label: 'Schools',
    unit: 'count',
    definition: 'Distinct schools taking part: a school in two Work Groups counts once.',
  },
  schoolPlaces: {
    label: 'School places in Work Groups',
    unit: 'count',
    definition: 'Pairings of a school with a Work Group: a school in two Work Groups counts twice.',
  },
  participants: {
    label: 'Participants',
    unit: 'count',
    definition: 'Teachers taking part, counted in each Work Group they belong to.',
  },
  focusChildren: {
    label: 'Focus children',
    unit: 'count',
    definition: 'Pupils the participants follow, each recorded by a code, never a name.',
  },
  wholeGroupMeetings: {
    label: 'Whole-group meetings',
    unit: 'count',
    definition:
      'Work Group meetings, research lessons and collaborative planning held by the “as of” date: the meetings the Standard’s “at least four” and attendance are about.',
  },
  sessions: {
    label: 'All sessions',
    unit: 'count',
    definition:
      'Meetings of every kind held by the “as of” date: whole-group meetings, in-school visits and leaders’ sessions.',
  },
  attendance: {
    label: 'Attendance',
    unit: 'share',
    definition:
      'Places taken at whole-group meetings out of the places there were (participants × whole-group meetings).',
  },
  programmeSessions: {
    label: 'Programme sessions',
    unit: 'count',
    definition:
      'A programme’s sessions held by the “as of” date, and places taken at them out of the places there were (the cohort × sessions).',
  },
  supportDaysHeld: {
    label: 'Support days held of those agreed',
    unit: 'share',
    definition:
      'Support days held by the “as of” date out of the days agreed in the schools’ action plans; days held beyond a school’s agreement do not make up for another school’s.',
  },
  changeJudged: {
    label: 'Focus children with change judged',
    unit: 'count',
    definition: 'Focus children whose change over the year has been judged on the five-point scale.',
  },
  selfRatings: {
    label: 'Self-ratings, start and end',
    unit: 'mean',
    definition:
      'Only participants rated at both the start and the end: the mean of each one’s own mean rating (1 to 5) at the start and at the end, with n, how many they are.',
  },
  surveyPaired: {
    label: 'Questionnaire answers, start and end',
    unit: 'mean',
    definition:
      'For each scale question of a questionnaire given at the start and the end, only participants who answered it at both: the mean answer at the start and at the end, with n, how many they are.',
  },
  surveyReactions: {
    label: 'Reactions after meetings',
    unit: 'mean',
    definition:
      'For each scale question of a questionnaire given after meetings, the mean of every answer given, with n, how many answers, overall and for each meeting.',
  },
  standardsMet: {
    label: 'DfE standards met',
    unit: 'count',
    definition:
      'Of the DfE standards expected of the group’s kind of PD (all five for a Work Group), those whose every expected indicator is met.',
  },
  indicatorsMet: {
    label: 'Indicators met',
    unit: 'count',
    definition: 'Of a DfE standard’s indicators, those at or above their target.',
  },
  areasMet: {
    label: 'NCETM areas met',
    unit: 'count',
    definition:
      'Of the four NCETM outcome areas, those with an intended outcome, tagged evidence from at least two terms and an impact claim resting on triangulated or measured evidence.',
  },
  areaEvidence: {
    label: 'Evidence in the area',
    unit: 'count',
    definition: 'Records tagged to the NCETM area, dated or not, and the terms they fall in.',
  },
  groupsMeetingAllFive: {
    label: 'Groups meeting every standard of their kind',
    unit: 'count',
    definition:
      'Groups with every DfE standard expected of their kind of PD met: all five for a Work Group, fewer for kinds judged by other rules.',
  },
  evidenceByArea: {
    label: 'Evidence by area and term',
    unit: 'count',
    definition:
      'Tagged records in each NCETM area, by the term of their date; records without a date are counted as undated, never left out.',
  },
  evidenceByLevel: {
    label: 'Evidence by level across the groups',
    unit: 'count',
    definition:
      'For each of Guskey’s five levels, the groups whose strongest record at that level is measured, triangulated or anecdotal, those whose records there are given no strength, and those with no record there: each group counts once at each level.',
  },
  claimsByStrength: {
    label: 'Impact claims by strength',
    unit: 'count',
    definition:
      'Impact claims in each NCETM area, by the strength of their evidence: anecdotal, triangulated or measured.',
  },
} as const satisfies Record<string, FigureDefinition>;

export const STANDARD_COUNT = DFE_STANDARD.values.length;

/** "5 DfE standards", or "3 DfE standards expected of its kind" for a kind judged by other rules. */
export const standardsExpectedOf = (f: Pick<WorkGroupFigures, 'standardsExpected'>): string =>
  `${f.standardsExpected} DfE standards${f.standardsExpected < STANDARD_COUNT ? ' expected of its kind' : ''}`;

/** "4 of the 5 DfE standards", or "3 of the 3 DfE standards expected of its kind". */
export const standardsOf = (f: Pick<WorkGroupFigures, 'standardsMet' | 'standardsExpected'>): string =>
  `${f.standardsMet} of the ${standardsExpectedOf(f)}`;

/** Meetings of the whole group: the ones the Standard's "at least four" and attendance are about. */
export const GROUP_MEETING_KINDS: readonly MeetingKind[] = [
  'work_group_meeting',
  'research_lesson',
  'collaborative_planning',
  // A programme's cohort meets as a whole at its sessions.
  'programme_session',
];

/** Places taken at some meetings by a group's participants, and by each of them, out of the places there were. */
export function attendanceAt(
  meetings: readonly { attendeeIds: readonly string[] }[],
  participants: readonly { id: string }[],
): { attended: number; places: number; attendedBy: Map<string, number> } {
  const attendedBy = new Map(participants.map((p) => [p.id, 0]));
  for (const m of meetings)
    for (const id of new Set(m.attendeeIds)) if (attendedBy.has(id)) attendedBy.set(id, attendedBy.get(id)! + 1);
  return {
    attended: [...attendedBy.values()].reduce((a, b) => a + b, 0),
    places: meetings.length * participants.length,
    attendedBy,
  };
}

/** A programme's sessions and its cohort's attendance at them (FIGURES.programmeSessions). */
export function programmeSessions(group: {
  meetings: readonly { kind: MeetingKind; attendeeIds: readonly string[] }[];
  participants: readonly { id: string }[];
}): { sessions: number; attended: number; places: number; attendedBy: Map<string, number>; caption: string } {
  const sessions = group.meetings.filter((m) => m.kind === 'programme_session');
  const at = attendanceAt(sessions, group.participants);
  const held = count(sessions.length, 'session');
  return {
    sessions: sessions.length,
    ...at,
    caption:
      at.places === 0
        ? `${held} held`
        : `${held} held; ${at.attended} of ${count(at.places, 'place')} taken (${percent(at.attended / at.places)})`,
  };
}

/** Support days held against the days agreed in the action plans (FIGURES.supportDaysHeld). */
export function supportDaysHeld(snapshot: {
  supportDays: readonly { schoolId: string }[];
  actionPlans: readonly { schoolId: string; agreedDays: number }[];
}): { held: number; counted: number; agreed: number } {
  const agreed = new Map<string, number>();
  for (const p of snapshot.actionPlans) agreed.set(p.schoolId, (agreed.get(p.schoolId) ?? 0) + p.agreedDays);
  const held = new Map<string, number>();
  for (const d of snapshot.supportDays) held.set(d.schoolId, (held.get(d.schoolId) ?? 0) + 1);
  let counted = 0;
  for (const [school, days] of agreed) counted += Math.min(days, held.get(school) ?? 0);
  return {
    held: snapshot.supportDays.length,
    counted,
    agreed: [...agreed.values()].reduce((a, b) => a + b, 0),
  };
}

/** "7 of 10 agreed support days held", as the Support days tab and the indicator both say it. */
export function supportDaysCaption(f: { held: number; counted: number; agreed: number }): string {
  if (f.agreed === 0)
    return `${count(f.held, 'support day')} held; add the school’s action plan to say how many days were agreed`;
  const beyond = f.held - f.counted;
  return `${f.counted} of ${count(f.agreed, 'agreed support day')} held${beyond > 0 ? ` (and ${count(beyond, 'day')} beyond a school’s agreement)` : ''}`;
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Start and end self-ratings of the same people: only participants rated at both. */
export function pairedRatings(participants: Pick<ParticipantRecord, 'startRatings' | 'endRatings'>[]): PairedRatings {
  const paired = participants.filter(
    (p) => Object.keys(p.startRatings).length > 0 && Object.keys(p.endRatings).length > 0,
  );
  const own = (key: 'startRatings' | 'endRatings') => paired.map((p) => mean(Object.values(p[key]))!);
  const at = (key: 'startRatings' | 'endRatings') => {
    const m = mean(own(key));
    return m === null ? null : round(m, 2);
  };
  return { n: paired.length, startMean: at('startRatings'), endMean: at('endRatings') };
}

/** Each questionnaire's answers summed up, question by question (FIGURES.surveyPaired, FIGURES.surveyReactions). */
export function surveyResults(ix: SnapshotIndex, snapshot: WorkGroupSnapshot): SurveyResult[] {
  return snapshot.questionnaires.map((q) => {
    const responses = snapshot.surveyResponses.filter((r) => r.questionnaireId === q.id);
    const at = (occasion: string) => responses.filter((r) => r.occasion === occasion);
    const questions = q.questions.map((question): SurveyQuestionResult => {
      const top = scaleTop(question) ?? null;
      const answered = (list: typeof responses) => list.filter((r) => r.answers[question.id] !== undefined);
      const numbers = (list: typeof responses) => answered(list).map((r) => Number(r.answers[question.id]));
      const meanOf = (values: number[]) => {
        const m = mean(values);
        return m === null ? null : round(m, 2);
      };
      let paired: PairedRatings | null = null;
      if (top !== null && q.timing === 'start_end') {
        // The same people at both ends, so a change is never read into who answered.
        const ends = new Map(answered(at('end')).map((r) => [r.participantId, Number(r.answers[question.id])]));
        const pairs = answered(at('start'))
          .filter((r) => ends.has(r.participantId))
          .map((r) => [Number(r.answers[question.id]), ends.get(r.participantId)!] as const);
        paired = {
          n: pairs.length,
          startMean: meanOf(pairs.map((p) => p[0])),
          endMean: meanOf(pairs.map((p) => p[1])),
        };
      }
      const after = at('after_meeting');
      const meetingIds = [...new Set(answered(after).map((r) => r.meetingId!))];
      const reactions =
        top !== null && q.timing === 'after_meeting'
          ? {
              n: numbers(after).length,
              mean: meanOf(numbers(after)),
              byMeeting: meetingIds
                .map((meetingId) => {
                  const values = numbers(after.filter((r) => r.meetingId === meetingId));
                  return {
                    meetingId,
                    label: ix.item('meeting', meetingId).label,
                    n: values.length,
                    mean: meanOf(values)!,
                  };
                })
                .sort((a, b) =>
                  (ix.meeting(a.meetingId)?.date ?? '').localeCompare(ix.meeting(b.meetingId)?.date ?? ''),
                ),
            }
          : null;
      const options = question.type === 'yes_no' ? ['yes', 'no'] : question.type === 'choice' ? question.options : [];
      const tally = (list: typeof responses, answer: string) =>
        list.filter((r) => r.answers[question.id] === answer).length;
      return {
        id: question.id,
        text: question.text,
        type: question.type,
        top,
        paired,
        reactions,
        counts: options.map((answer) => ({
          answer,
          start: tally(at('start'), answer),
          end: tally(at('end'), answer),
          afterMeeting: tally(after, answer),
        })),
        texts: question.type === 'free_text' ? answered(responses).length : 0,
      };
    });
    return {
      questionnaireId: q.id,
      title: q.title,
      timing: q.timing,
      responses: responses.length,
      respondents: new Set(responses.map((r) => r.participantId)).size,
      questions,
    };
  });
}

/** "3.1 at the start, 4.2 at the end (n = 9, the same participants at both)", for a paired question. */
export function pairedCaption(r: PairedRatings, top: number): string {
  if (r.n === 0 || r.startMean === null || r.endMean === null)
    return 'No participant has answered at both the start and the end yet';
  return `${r.startMean.toFixed(1)} at the start, ${r.endMean.toFixed(1)} at the end, out of ${top} (n = ${r.n}: ${count(r.n, 'participant')} answered at both)`;
}

/** What one question's answers add up to, in words: the screen, the report and the slides say it alike. */
export function surveyQuestionText(survey: Pick<SurveyResult, 'timing'>, q: SurveyQuestionResult): string {
  if (q.paired && q.top !== null) return pairedCaption(q.paired, q.top);
  if (q.reactions)
    return q.reactions.mean === null
      ? 'No answers yet'
      : `${q.reactions.mean.toFixed(1)} out of ${q.top} on average (n = ${count(q.reactions.n, 'answer')})`;
  if (q.counts.length > 0)
    return q.counts
      .map((c) =>
        survey.timing === 'start_end'
          ? `${c.answer}: ${c.start} at the start, ${c.end} at the end`
          : `${c.answer}: ${c.afterMeeting}`,
      )
      .join('; ');
  return count(q.texts, 'written answer');
}

/** Distinct schools among a group's (or many groups') participations. */
export const schoolCount = (participations: readonly { schoolId: string }[]): number =>
  new Set(participations.map((s) => s.schoolId)).size;

export function sessionCounts(meetings: readonly { kind: MeetingKind }[]): SessionCounts {
  return {
    total: meetings.length,
    wholeGroup: meetings.filter((m) => GROUP_MEETING_KINDS.includes(m.kind)).length,
    visits: meetings.filter((m) => m.kind === 'in_school_visit').length,
    leadersSessions: meetings.filter((m) => m.kind === 'leaders_session').length,
  };
}

/** The headline figures of one Work Group's year, from the snapshot as of its date. */
export function workGroupFigures(
  snapshot: WorkGroupSnapshot,
  indicators: Indicator[],
  standards: StandardBlock[],
): WorkGroupFigures {
  const attendance = indicators.find((i) => i.id === 'attendance_rate')!;
  return {
    schools: schoolCount(snapshot.schoolParticipations),
    schoolPlaces: snapshot.schoolParticipations.length,
    participants: snapshot.participants.length,
    focusChildren: snapshot.focusChildren.length,
    sessions: sessionCounts(snapshot.meetings),
    attendance: {
      attended: attendance.numerator ?? 0,
      places: attendance.denominator ?? 0,
      rate: attendance.value,
    },
    changeJudged: snapshot.focusChildren.filter((c) => c.changeJudgement !== undefined).length,
    selfRatings: pairedRatings(snapshot.participants),
    standardsMet: standards.filter((s) => s.status === 'met').length,
    standardsExpected: standards.filter((s) => s.status !== 'not_expected').length,
  };
}

/** A standard's key figure: "4 of 5 indicators met". */
export const standardKeyFigure = (block: Pick<StandardBlock, 'indicators'>): string => {
  const expected = block.indicators.filter((i) => i.status !== 'not_expected');
  if (expected.length === 0) return 'No indicator is expected of this kind of PD';
  return `${expected.filter((i) => i.status === 'met').length} of ${count(expected.length, 'indicator')} met`;
};

/** An area's key figure: "57 records of evidence across 3 terms". */
export const areaKeyFigure = (area: Pick<AreaSummary, 'checks'>): string =>
  area.checks.find((c) => c.id === 'terms_with_evidence')!.detail;

export const areasMet = (areas: Pick<AreaSummary, 'status'>[]): number =>
  areas.filter((a) => a.status === 'met').length;

/** Paired ratings of many groups pooled: each group's means weighted by its n. */
export function poolPairedRatings(all: PairedRatings[]): PairedRatings {
  const n = all.reduce((s, r) => s + r.n, 0);
  const pooled = (key: 'startMean' | 'endMean') =>
    n === 0 ? null : round(all.reduce((s, r) => s + (r[key] ?? 0) * r.n, 0) / n, 2);
  return { n, startMean: pooled('startMean'), endMean: pooled('endMean') };
}

/** Hub figures over many groups' figures; pupils' counts are withheld by the caller's rule. */
export function hubFigures(
  groups: { figures: WorkGroupFigures; schoolIds: string[] }[],
  pupils: (n: number) => HubFigures['focusChildren'],
): HubFigures {
  const sum = (pick: (f: WorkGroupFigures) => number) => groups.reduce((s, g) => s + pick(g.figures), 0);
  const attended = sum((f) => f.attendance.attended);
  const places = sum((f) => f.attendance.places);
  return {
    workGroups: groups.length,
    schools: new Set(groups.flatMap((g) => g.schoolIds)).size,
    schoolPlaces: sum((f) => f.schoolPlaces),
    participants: sum((f) => f.participants),
    focusChildren: pupils(sum((f) => f.focusChildren)),
    sessions: {
      total: sum((f) => f.sessions.total),
      wholeGroup: sum((f) => f.sessions.wholeGroup),
      visits: sum((f) => f.sessions.visits),
      leadersSessions: sum((f) => f.sessions.leadersSessions),
    },
    attendance: { attended, places, rate: places === 0 ? null : round(attended / places, 4) },
    changeJudged: pupils(sum((f) => f.changeJudged)),
    selfRatings: poolPairedRatings(groups.map((g) => g.figures.selfRatings)),
    groupsMeetingAllFive: groups.filter((g) => g.figures.standardsMet === g.figures.standardsExpected).length,
  };
}

/** "6 sessions: 5 whole-group meetings and 1 leaders’ session", so no reader takes one for the other. */
export function sessionsCaption(s: SessionCounts): string {
  const parts = [
    count(s.wholeGroup, 'whole-group meeting'),
    ...(s.visits > 0 ? [count(s.visits, 'in-school visit')] : []),
    ...(s.leadersSessions > 0 ? [count(s.leadersSessions, 'leaders’ session')] : []),
  ];
  const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${count(s.total, 'session')}: ${listed}`;
}

/** "3.0 to 3.6 (n = 13, the same participants at both)". */
export function selfRatingsCaption(r: PairedRatings): string {
  if (r.n === 0 || r.startMean === null || r.endMean === null)
    return 'No participant is rated at both the start and the end yet';
  return `${r.startMean.toFixed(1)} at the start, ${r.endMean.toFixed(1)} at the end (${count(r.n, 'participant')} rated at both)`;
}
