// A focus child described as a learner of mathematics: never a name, never anything that would
// identify them outside the classroom.

export const TRAITS = [
  'Quiet in whole-class discussion but chatty in pairs.',
  'Keen and quick; often the first to put a hand up.',
  'New to English this year; strong with number but finds word problems hard.',
  'Anxious about getting answers wrong and often rubs out correct work.',
  'Works hard and presents work beautifully, but rarely takes a risk.',
  'Easily distracted in the afternoon; much more focused in practical tasks.',
  'Joined the school this year and is still settling.',
  'Confident speaker who sometimes says an answer before thinking it through.',
  'Receives SEN support for working memory.',
  'Often helps others but avoids questions they find hard.',
];

export const PROFILES = [
  'Relies on counting in ones for most calculations.',
  'Knows several procedures but cannot explain why they work.',
  'Tends to {misc}.',
  'Confident with the {rep} but does not connect them to written methods.',
  'Gets answers right but gives no reasoning unless pushed.',
  'Has gaps in number facts that slow everything else down.',
  'Understands the ideas when talking but struggles to record them.',
];

export const ATTITUDES = [
  'Says maths is “not for me”.',
  'Enjoys practical tasks but loses interest in written work.',
  'Gives up quickly when stuck.',
  'Likes maths but thinks being fast is what matters.',
  'Wants to do well and worries about tests.',
  'Will try anything with a partner but rarely works alone.',
];

export const DESIRED_CHANGES = [
  'To explain their reasoning in full sentences, using the stem sentences.',
  'To choose a representation independently when stuck.',
  'To recall key facts fluently so that they can concentrate on reasoning.',
  'To see {focus} as connected ideas rather than a set of rules.',
  'To persist with a problem for longer before asking for help.',
  'To check their own work, so that they no longer {misc}.',
  'To contribute to whole-class discussion at least once in most lessons.',
];

/** End-of-year pen portraits, by how much has changed (1 little, 5 a lot). */
export const END_PORTRAITS: Record<1 | 2 | 3 | 4 | 5, string[]> = {
  1: [
    'Much as at the start of the year: still relies on adult support, although happier to try with the {rep}.',
    'Attendance has been patchy and progress is hard to judge; still tends to {misc}.',
  ],
  2: [
    'A little more confident; uses the {rep} when prompted but rarely explains without support.',
    'Some improvement in number facts; reasoning is still mostly one-word answers.',
  ],
  3: [
    'Now uses the {rep} independently for familiar problems and explains with a stem sentence when reminded.',
    'More willing to have a go; explanations are partial but improving, and they are less likely to {misc}.',
  ],
  4: [
    'Chooses a representation without prompting and explains clearly in pairs; has answered in whole-class discussion several times.',
    'Much more fluent, and now explains why, not just how. It is rare now to see them {misc}.',
  ],
  5: [
    'Transformed: explains precisely, challenges others’ reasoning kindly and generalises from examples. Describes themself as “good at maths now”.',
    'Confident, fluent and articulate about {focus}; now helps others using the {rep} and the stem sentences.',
  ],
};

export const CHANGE_NOTES: Record<1 | 2 | 3 | 4 | 5, string[]> = {
  1: ['Little change visible in lessons or books; to follow up next year.', 'Hard to judge because of absence.'],
  2: ['Small gains in confidence, not yet in reasoning.', 'Some change in attitude; fluency gaps remain.'],
  3: [
    'Clear change in how they use the representation; explanations still developing.',
    'Steady progress, seen in books and pupil voice.',
  ],
  4: [
    'Marked change in reasoning, seen in books, pupil voice and the summer check.',
    'Considerable change in confidence and explanation.',
  ],
  5: [
    'Substantial change across every source: books, talk, measures and their own account.',
    'The clearest change in the class this year.',
  ],
};
