// How teachers write in a reflective journal: short, specific, sometimes doubtful. Placeholders in
// braces are filled from the Work Group's theme ({rep}, {example}, {misc}, {stem}, {focus}), the
// class ({yg}), a focus child ({code}), a pupil's words ({quote}), a colleague by role ({colleague})
// and a reading. Colleagues are never named: a journal that names a teacher could not be exported.

/** Colleagues as teachers write about them in a journal that may be shared: by role, never by name. */
export const COLLEAGUE_ROLES = [
  'our maths lead',
  'my year-group partner',
  'the Work Group Lead',
  'another teacher from the Work Group',
];

export const JOURNAL_OPENERS = [
  'Taught the third lesson in our sequence on {focus} with my {yg} class today.',
  'Short entry: a busy week, but I managed to use the {rep} again with {yg}.',
  'Reflecting on this morning’s lesson on {focus}.',
  'Planned today’s lesson with {colleague} after the Work Group meeting.',
  'Re-taught the research lesson to my own class, adapted for {yg}.',
  'Today’s lesson was built around {example}.',
  'Same-day intervention this afternoon with four pupils, including {code}.',
  'Tried the idea from {reading} today: {idea}.',
  'Pre-teach session before the lesson on {focus}, with {code} and two others.',
  'Shared what we have been trying at the staff meeting after school.',
  'Team-taught with our maths lead this morning, which meant I could watch the focus children closely.',
  'First lesson back after the holiday, so a lot of retrieval of {focus}.',
  'Assessment week, so I used the arithmetic lesson to look closely at how pupils were working.',
  'A lesson that did not go to plan.',
  'A better day: the {rep} finally seemed to click for several pupils.',
];

export const JOURNAL_ACTIONS = [
  'I used {rep} to expose the structure before moving to the abstract.',
  'We started with a carefully varied set of examples, beginning with {example}, and I changed only one thing at a time.',
  'I introduced the stem sentence “{stem}” and had pupils say it together, then to a partner.',
  'Instead of confirming answers I kept asking “How do you know?” and waited longer than felt comfortable.',
  'I kept the {rep} on the tables all lesson instead of taking them away once pupils had “got it”.',
  'I planned the key questions in advance and anticipated that some pupils would {misc}.',
  'The fluency starter was a quick-fire round linked to {example}.',
  'We did a “same and different” task comparing two representations of the same calculation.',
  'I used “my turn, your turn” for the key vocabulary before any independent work.',
  'Pupils worked in mixed pairs while I listened for reasoning rather than checking answers.',
  'I deliberately showed a wrong answer from a pupil in another class and asked the class to find the mistake.',
  'We spent most of the lesson on one problem, {example}, looking at it in several ways.',
  'I used mini-whiteboards so I could see every answer before moving on.',
  'I gave fewer questions than usual but each one was chosen to draw attention to the structure.',
];

export const JOURNAL_NOTICINGS = [
  '{code} explained their thinking using the stem sentence without a prompt, which is new.',
  'Several pupils still {misc}, which I had not expected after last week.',
  'The quieter pupils were more willing to talk when they had the {rep} in front of them.',
  '{code} reached for the {rep} when stuck instead of guessing.',
  'About a third of the class could generalise by the end; the rest needed more examples.',
  'When I asked {code} how they knew, they said, “{quote}”',
  'Explanations were much more precise when pupils had a sentence to start from.',
  'Watching the video afterwards, I was talking for too long in the first ten minutes.',
  'Because of the variation in the examples most of the class saw the pattern, and a few spotted it before I asked.',
  '{code} was reluctant at first but then explained {example} correctly to their partner.',
  'One pupil said, “{quote}” and the rest of the table agreed.',
  '{code} still tends to {misc}, but corrected it when I pointed to the {rep}.',
  'The pupils who usually finish first were challenged by having to explain, not just answer.',
  'Books show that most pupils are now drawing the {rep} without being told to.',
];

export const JOURNAL_REFLECTIONS = [
  'I think the key was slowing down so that everyone had time to see the structure.',
  'I am starting to see that fluency and reasoning are not separate things.',
  'On reflection, I moved to the abstract too quickly.',
  'I need to be careful that the stem sentence supports thinking rather than replacing it.',
  'Encouraging: this is the first time I have heard {code} explain rather than just answer.',
  'Not a great lesson. The task was too open and many pupils lost the thread.',
  'The discussion at the Work Group meeting really helped me to think about why this happens.',
  'I am less sure now that pupils understood rather than copied the pattern.',
  'Small steps really do seem to matter for this group.',
  'I had underestimated how much the pupils could do when the representation was right.',
  'It felt slower, but I think more pupils were actually thinking.',
  'I would not have noticed this without keeping a close eye on the focus children.',
  'It is tempting to rescue pupils too early; today I managed not to.',
];

export const JOURNAL_NEXT_STEPS = [
  'Next lesson I will revisit this with the {rep} before moving on.',
  'I want to try a similar sequence with {example}.',
  'I will share this with {colleague} and ask to watch a lesson on the same idea.',
  'Next time I will script the key questions and note who answers them.',
  'Tomorrow I will ask {code} to explain to a partner and listen carefully.',
  'I will bring samples of work to the next Work Group meeting.',
  'I will try a short retrieval check next week to see what has stuck.',
  'I need to plan more deliberately for the pupils who {misc}.',
  'I will keep the stem sentence on the working wall for the rest of the unit.',
  'Next week I will collect pupil voice from the focus children.',
];

export const GENERIC_QUOTES = [
  'I like it when we use the {rep} because I can see what’s happening.',
  'The sentence helps me get started.',
  'I’m not a maths person.',
  'I don’t like explaining, I just know it.',
  'If I get stuck I draw it.',
  'I was proud when I explained it to the class.',
  'It’s easier when it’s the same but a bit different each time.',
  'Maths is actually one of my favourites now.',
  'I check my answer with the {rep} now.',
  'I get nervous when it’s a test.',
  'I like working it out with my partner.',
  'Sometimes I know the answer but I can’t say why.',
];

export const OBSERVATION_NOTES = {
  early: [
    'Needed adult support to get started on {example} and counted in ones.',
    'Gave an answer quickly for {example} but could not explain it.',
    'Became anxious and stopped after two questions; was happier once given the {rep}.',
    'Copied the method from the board but the work shows they {misc}.',
    'Watched a partner use the {rep} but did not try it.',
    'Did not join in the class discussion; in a one-to-one chat they could describe the first step.',
  ],
  middle: [
    'Used the {rep} with a prompt for {example} and explained part of the reasoning.',
    'Got the right answer to {example} using the {rep}; the explanation is still partial.',
    'Used the stem sentence when reminded and was more confident in pairs.',
    'Still tends to {misc} but now spots the error when asked to check.',
    'Chose to work with the {rep} during independent practice.',
    'Answered a question in whole-class discussion for the first time this term.',
  ],
  late: [
    'Chose the {rep} without prompting for {example} and explained clearly using the stem sentence.',
    'Explained to a partner why it is wrong to {misc}.',
    'Moved on to jottings and no longer needs the {rep} for {example}.',
    'Generalised from the examples and made up one of their own.',
    'Persisted with a challenging problem for ten minutes without asking for help.',
    'Led the group discussion and corrected a friend’s reasoning kindly and precisely.',
  ],
};

export const WORK_SAMPLE_OUTCOMES = {
  early: [
    '2 of 6 correct; the errors show they {misc}.',
    'Started well, then went back to counting in ones.',
    'Answers only, no working or drawing.',
  ],
  middle: [
    '4 of 6 correct; a bar drawn for most questions.',
    'All correct with the {rep}; the written explanation is one line.',
    'Correct answers, with one explanation written using the stem sentence.',
  ],
  late: [
    'All correct, with a clear drawing for each and a written explanation.',
    'Neat jottings; the explanation is written using the stem sentence and is precise.',
    'Created their own example and explained why it works.',
  ],
};

export const VOICE_CONTEXTS = [
  'Asked how they got the answer:',
  'In the interview after the research lesson:',
  'Pupil voice at the end of the unit:',
  'Overheard while working with a partner:',
  'Asked what helps them in maths:',
  'Talking about the work in their book:',
];
