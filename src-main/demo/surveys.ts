import { POST_MEETING_REFLECTION } from '../../src-shared/domain/surveys';
import type { Call } from './call';
import { addDays, type DemoClock } from './clock';
import type { Random } from './random';
import type { Writer } from './writer';

// The standard post-meeting reflection (participants' reactions, Guskey level 1), given after each
// meeting from the second on, and answered by most of the teachers who were there. The answers are
// invented, in a teacher's words, and name no one.

const WILL_TRY = [
  'Start each lesson on {focus} with {rep} before any written method.',
  'Use the stem sentence “{stem}” with my whole class, not only my focus children.',
  'Plan one question that tempts pupils to {misc}, and listen to how they explain it.',
  'Ask my teaching assistant to note what the focus children say during paired talk.',
  'Try the task from the meeting with my class and bring two pieces of work to compare.',
  'Leave {rep} on the tables for a week and see who chooses to use it.',
  'Share the reading with our maths lead and agree one change for our year group.',
  'Give fewer examples and spend longer on the first one, as we saw in the research lesson.',
  'Film a short part of a lesson (no faces) to look at my questioning.',
  'Re-teach the unit using smaller steps, starting from {rep}.',
];

/** Most answer within a day or two; a few a week later, after a reminder. */
const answeredOn = (meetingDate: string, r: Random) => addDays(meetingDate, r.chance(0.8) ? r.int(0, 2) : r.int(5, 8));

/** Gives the reflection after the group's meetings and records the answers; returns how many sets of answers. */
export function recordPostMeetingSurvey(
  workGroupId: string,
  meetings: { id: string; date: string; attendees: Set<string> }[],
  deps: { call: Call; random: Random; clock: DemoClock; write: Writer },
): number {
  const { call, random: r, clock, write } = deps;
  const [launch, ...after] = meetings;
  if (!launch || after.length === 0) return 0;
  clock.on(launch.date);
  const questionnaire = call('questionnaire.create', {
    ...POST_MEETING_REFLECTION,
    workGroupId,
    questions: POST_MEETING_REFLECTION.questions.map((q) => ({ ...q, options: [] })),
  });
  let answered = 0;
  after.forEach((meeting, i) => {
    // Sessions are found more useful as the year goes on and the group's work is in their classrooms.
    const lift = i / after.length;
    for (const participantId of meeting.attendees) {
      if (!r.chance(0.85)) continue;
      const date = answeredOn(meeting.date, r);
      clock.on(date);
      call('surveyResponse.create', {
        participantId,
        questionnaireId: questionnaire.id,
        occasion: 'after_meeting',
        meetingId: meeting.id,
        date,
        answers: {
          useful: Math.min(5, Math.max(2, Math.round(3.3 + lift + r.float() * 1.4 - 0.6))),
          // Now and then a teacher leaves the words blank.
          ...(r.chance(0.85) ? { 'will-try': write.fill(r.pick(WILL_TRY)) } : {}),
        },
      });
      answered += 1;
    }
  });
  return answered;
}
