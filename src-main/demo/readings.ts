// Well-known published reading a Work Group Lead might share. The {idea} is what a teacher takes from it.

export interface DemoReading {
  citation: string;
  /** Short form for a journal: "Skemp (1976)". */
  short: string;
  summary: string;
  idea: string;
}

export const READINGS: DemoReading[] = [
  {
    citation:
      'Skemp, R. R. (1976) Relational understanding and instrumental understanding. Mathematics Teaching, 77, 20–26.',
    short: 'Skemp (1976)',
    summary: 'Distinguishes knowing rules without reasons from knowing both what to do and why.',
    idea: 'knowing why a method works, not just how to follow it',
  },
  {
    citation:
      'Education Endowment Foundation (2017) Improving Mathematics in Key Stages Two and Three: guidance report.',
    short: 'the EEF KS2–3 guidance',
    summary: 'Eight recommendations, including using manipulatives and representations and developing problem solving.',
    idea: 'manipulatives and representations should be a bridge to the abstract, not a crutch',
  },
  {
    citation:
      'Education Endowment Foundation (2020) Improving Mathematics in the Early Years and Key Stage 1: guidance report.',
    short: 'the EEF Early Years and KS1 guidance',
    summary: 'Five recommendations on developing early mathematical understanding.',
    idea: 'dedicating time every day to developing children’s understanding of number',
  },
  {
    citation:
      'Guskey, T. R. (2002) Does it make a difference? Evaluating professional development. Educational Leadership, 59(6), 45–51.',
    short: 'Guskey (2002)',
    summary: 'Five levels at which professional development can be evaluated, from reactions to pupil outcomes.',
    idea: 'looking beyond whether we enjoyed it to what changed for pupils',
  },
  {
    citation: 'Dudley, P. (2014) Lesson Study: a handbook. Lesson Study UK.',
    short: 'Dudley’s lesson study handbook',
    summary: 'How to plan, teach and review a research lesson focused on case pupils.',
    idea: 'predicting how each case pupil will respond before the lesson',
  },
  {
    citation:
      'Rosenshine, B. (2012) Principles of instruction: research-based strategies that all teachers should know. American Educator, 36(1), 12–19, 39.',
    short: 'Rosenshine (2012)',
    summary: 'Ten principles including daily review, small steps and checking for understanding.',
    idea: 'presenting new material in small steps with practice after each step',
  },
  {
    citation:
      'Watson, A. and Mason, J. (2006) Seeing an exercise as a single mathematical object: using variation to structure sense-making. Mathematical Thinking and Learning, 8(2), 91–111.',
    short: 'Watson and Mason (2006)',
    summary: 'How carefully controlled variation in a set of exercises draws attention to structure.',
    idea: 'changing one thing at a time so pupils notice what stays the same',
  },
  {
    citation:
      'Nunes, T., Bryant, P. and Watson, A. (2009) Key understandings in mathematics learning. London: Nuffield Foundation.',
    short: 'Nunes, Bryant and Watson (2009)',
    summary: 'A review of what children need to understand to learn mathematics well.',
    idea: 'the difference between additive and multiplicative reasoning',
  },
  {
    citation: 'Department for Education (2016) Standard for teachers’ professional development.',
    short: 'the DfE PD standard',
    summary: 'Five parts of effective professional development for teachers.',
    idea: 'professional development sustained over time and prioritised by leaders',
  },
  {
    citation:
      'Cordingley, P. et al. (2015) Developing great teaching: lessons from the international reviews into effective professional development. Teacher Development Trust.',
    short: 'Cordingley et al. (2015)',
    summary: 'What the reviews say about professional development that makes a difference for pupils.',
    idea: 'collaboration with a clear focus on pupils’ learning',
  },
  {
    citation:
      'Askew, M., Brown, M., Rhodes, V., Johnson, D. and Wiliam, D. (1997) Effective teachers of numeracy. London: King’s College London.',
    short: 'Askew et al. (1997)',
    summary: 'Contrasts connectionist, transmission and discovery orientations to teaching number.',
    idea: 'helping pupils to make connections between ideas and representations',
  },
  {
    citation: 'Ofsted (2021) Research review series: mathematics.',
    short: 'the Ofsted maths research review',
    summary: 'A review of research on high-quality mathematics education.',
    idea: 'the place of fluent recall in freeing working memory for problem solving',
  },
];
