// What a targeted-support partner and a school's leaders write: the action plan in the autumn, and
// each support day through the EEF stages (explore, prepare, deliver, sustain). No names: roles only.

export const SUPPORT_FOCUSES = [
  'Secure {focus} across the school, starting with a shared approach to {rep} in every class.',
  'Raise attainment in {focus} by giving teachers time to plan small steps together and check understanding daily.',
  'Build a consistent approach to {focus} so that fewer pupils {misc}.',
];

export const SUCCESS_CRITERIA = [
  'Every class uses {rep} when teaching {focus}; book looks show it by the spring; pupils explain their steps in pupil voice.',
  'Fewer pupils {misc} in the summer check than in the autumn; teachers say they plan {focus} with more confidence.',
  'Daily practice of {focus} is timetabled in every class, and the maths lead checks it each half-term.',
];

export const PLAN_ACTIONS = [
  'Autumn: the maths lead and the support partner look at books and pupil voice together. Spring: staff meetings on {rep}; paired planning. Summer: review with the headteacher.',
  'The maths lead models {rep} in a staff meeting, then visits each class; the deputy head protects planning time each fortnight.',
  'Agree a calculation policy for {focus}; coach two teachers first, then share their lessons with the staff.',
];

export const SUPPORT_DAY_NOTES = [
  'Looked at books and listened to pupils talk about {focus} with the maths lead; agreed where the gaps are.',
  'Planned the first staff meeting on {rep} with the maths lead and the headteacher.',
  'Observed two lessons with the maths lead and talked through what the pupils did; teachers are using {rep} more often.',
  'Reviewed the action plan against its success criteria: pupils are more willing to explain, and fewer {misc}.',
  'Planned how the work on {focus} carries on next year without the support days.',
];

export const SUPPORT_NEXT_STEPS = [
  'The maths lead will share the agreed approach at the next staff meeting.',
  'The headteacher will protect planning time for the year group teams this half-term.',
  'Book look and pupil voice again before the next support day.',
];
