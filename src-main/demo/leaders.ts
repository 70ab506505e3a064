// What a school's senior leader writes: the intended impact in September, the evaluation in July,
// and how the work carries on.

export const LEADER_ROLES = [
  'Headteacher',
  'Deputy headteacher',
  'Assistant headteacher (curriculum)',
  'Head of school',
  'Maths lead and assistant head',
  'Head of mathematics',
  'Executive headteacher',
];

export const INTENDED_IMPACTS = [
  'Pupils in {yg} will explain their reasoning about {focus} using precise language, and teachers will use {rep} consistently.',
  'Our participating teacher will develop expertise in {focus} and lead a staff meeting so that the approach spreads beyond one class.',
  'Fewer pupils will {misc}; we will see this in books and in our summer assessment.',
  'Maths will become a priority in our school development plan, with time given for teachers to plan together.',
  'Disadvantaged pupils in {yg} will close the gap in {focus}, seen in pupil voice and the summer check.',
  'Teachers will plan small-step sequences for {focus} and our calculation policy will reflect the representations we agree.',
  'Our teacher will become confident enough in {focus} to support the early career teachers in our school.',
  'Pupils who find maths hard will be more willing to have a go, and will tell us so in pupil voice.',
];

export const END_EVALUATIONS = [
  'We have seen a real change in how pupils talk about {focus}. Book looks in March and June showed {rep} used across the class, and pupil voice is far more positive. The participating teacher led a staff meeting in the summer term.',
  'Partly achieved. Pupils in the participating class explain more clearly, but the approach has not yet spread to other year groups; staffing changes in the spring slowed us down.',
  'The summer check showed the focus pupils making better progress than we expected, and our teacher’s confidence has grown noticeably. The biggest gain has been professional: planning conversations now start from the mathematics.',
  'Achieved for the participating class. Fewer pupils {misc}. We have added the agreed representations to our calculation policy.',
  'Good engagement, and the teacher valued the Work Group highly. Impact on pupils is emerging rather than secure; we will keep evaluating next year.',
  'Not yet achieved. Long-term absence in the spring term meant the work paused for six weeks; the focus pupils made steady rather than rapid progress. We have asked to continue next year.',
  'Pupil voice is the strongest evidence: pupils now say they like explaining, and fewer say they are “not a maths person”. Our summer data is broadly in line with last year.',
  'The participating teacher has changed how the whole year group plans, and the {rep} are now on every table. We want to see this in other classes before we call it secure.',
  'Lesson visits in June showed pupils using the stem sentences without prompting. The teacher has asked to lead our maths CPD next year, which we will support.',
];

export const CONTINUATION_PLANS = [
  'Continue next year as a sustaining school; our teacher will coach two colleagues in the same approach.',
  'Roll out stem sentences and the agreed representations across Key Stage 2 from September.',
  'Include the approach in the school development plan, with staff meeting time in the autumn term.',
  'Our teacher will join the next Work Group as a second-year participant and share the work at a trust network meeting.',
  'Keep the focus on {focus} in one year group while we evaluate; decide on wider roll-out at Easter.',
];

export const ENGAGEMENT_NOTES: Record<string, string[]> = {
  invited_meeting: [
    'Invited to the final Work Group meeting to hear the evaluation.',
    'Invited to the final meeting; sent the maths lead instead.',
  ],
  webinar: ['Attended the leaders’ webinar on intended impact.', 'Joined the Maths Hub leaders’ webinar.'],
  call: ['Phone call with the Work Group Lead to agree intended impact.', 'Mid-year call to review progress.'],
  visit: ['Work Group Lead visited and met the senior leader.', 'Learning walk with the Lead in the spring term.'],
  hosted_meeting: ['Hosted a Work Group meeting and joined the post-lesson discussion.', 'Hosted the research lesson.'],
};
