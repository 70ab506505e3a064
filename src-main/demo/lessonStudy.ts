import type { Call } from './call';
import type { DemoClock } from './clock';
import type { Random } from './random';

// Research lessons for the demo: each research-lesson meeting studies one teacher's lesson through
// up to three of their focus children. The words are invented and name no one: children are codes.

const AIMS = [
  'Pupils compare two quantities using a bar model and explain which is greater.',
  'Pupils use a stem sentence to explain why two calculations give the same answer.',
  'Pupils choose a representation to show a missing number and say why it helps.',
  'Pupils reason about equal parts before naming the fraction.',
];
const PREDICTIONS = [
  'Will count in ones rather than use the structure, until a partner draws the bar.',
  'Will get the answer quickly but struggle to say why.',
  'Will wait for the adult before starting, then copy the worked example.',
  'Will use the stem sentence if it is on the table, but not when it is taken away.',
  'Will spot the pattern first and want to move on without explaining it.',
];
const OBSERVED = [
  'Started by counting, then stopped and drew two bars after looking at a partner’s page.',
  'Answered first, and explained it using the stem sentence when asked a second time.',
  'Began without waiting, and used the cubes to check before writing anything down.',
  'Used the stem sentence out loud with a partner, even after it was taken away.',
  'Explained the pattern to the table and then tested it on a new example.',
];
const INTERVIEWS = [
  'I drew the bars because counting was taking too long.',
  'I knew it was the same because both sides had the same parts.',
  'The cubes helped me see it before I wrote it.',
  'I said the sentence in my head so I could check.',
  'It was easier when my partner showed me hers, then I did my own.',
];
const DISCUSSIONS = [
  'We started from the case pupils: two of the three used the structure without a prompt, which we had not predicted. We talked about how long the counting lasted before the bar appeared.',
  'The case pupils explained more than we expected once the stem sentence was modelled. We disagreed about whether taking the sentence away was too early, and agreed to try it a lesson later.',
];
const CHANGES = [
  'Draw the bar before any counting in the next unit, and leave the stem sentences on the tables for a week.',
  'Plan the first question so every pupil meets the structure before the procedure; ask the case pupils again after the next unit.',
];

/** A research lesson on each research-lesson meeting, about three children of a teacher who was there. */
export function recordResearchLessons(
  meetings: { id: string; date: string; attendees: Set<string> }[],
  children: { id: string; ownerId: string }[],
  deps: { call: Call; random: Random; clock: DemoClock },
): number {
  const { call, random: r, clock } = deps;
  let recorded = 0;
  for (const meeting of meetings) {
    const teachers = [...meeting.attendees].filter((id) => children.some((c) => c.ownerId === id));
    if (teachers.length === 0) continue;
    const teacher = r.pick(teachers);
    const casePupils = children.filter((c) => c.ownerId === teacher).slice(0, 3);
    clock.on(meeting.date);
    call('researchLesson.create', {
      meetingId: meeting.id,
      aim: r.pick(AIMS),
      casePupils: casePupils.map((c) => ({
        focusChildId: c.id,
        prediction: r.pick(PREDICTIONS),
        observed: r.pick(OBSERVED),
        interview: r.pick(INTERVIEWS),
      })),
      discussion: r.pick(DISCUSSIONS),
      changes: r.pick(CHANGES),
      areas: ['pupil_outcomes', 'practice_development'],
      standards: ['collaboration', 'pupil_outcomes'],
      guskeyLevel: 4,
      strength: 'triangulated',
    });
    recorded += 1;
  }
  return recorded;
}
