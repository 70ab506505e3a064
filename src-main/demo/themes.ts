import type { Phase, YearGroup } from '../../src-shared/domain/enums';

// What a Work Group is about: the mathematics, the representations teachers reach for, what pupils
// typically get wrong and what they say when it clicks. Every text the demo writes draws on these.

export interface Measure {
  name: string;
  /** The lowest and highest scores the scale allows. */
  min: number;
  max: number;
  /** How the scale is written, e.g. "out of 20". */
  scale: string;
}

/** Something to work on in class; one with `from` is taught no earlier than that year. */
export type Example = string | { text: string; from: YearGroup };

export interface Theme {
  key: string;
  /** Phrases for the Work Group's name. */
  names: string[];
  umbrella: string;
  focus: string;
  phases: Phase[];
  yearGroups: YearGroup[];
  reps: string[];
  examples: Example[];
  /** What pupils do, written to follow "pupils …" or a child's code. */
  misconceptions: string[];
  /** "I used to think …, but now I know …" */
  shifts: [string, string][];
  stems: string[];
  measures: Measure[];
  questions: string[];
}

const ARITHMETIC: Measure = { name: 'Arithmetic check', min: 0, max: 20, scale: 'out of 20' };
const REASONING: Measure = { name: 'Reasoning rubric (teacher-assessed)', min: 1, max: 5, scale: 'on a 1–5 rubric' };

export const THEMES: Theme[] = [
  {
    key: 'fractions',
    names: ['Reasoning about fractions in Key Stage 2', 'Fractions as numbers', 'Making sense of fractions'],
    umbrella: 'How can representations that expose structure help pupils reason about fractions as numbers?',
    focus: 'fractions',
    phases: ['primary'],
    yearGroups: ['y3', 'y4', 'y5', 'y6'],
    reps: ['bar models', 'fraction walls', 'number lines', 'Cuisenaire rods', 'paper strips'],
    examples: [
      'comparing 3/5 and 3/7',
      { text: 'finding 2/5 of 35', from: 'y4' },
      { text: 'placing 3/4 on a number line from 0 to 2', from: 'y4' },
      'adding 2/7 and 3/7',
      'finding the whole when 1/4 is 6',
      { text: 'ordering 1/2, 3/8 and 5/6', from: 'y5' },
      'showing that 2/3 = 4/6',
    ],
    misconceptions: [
      'think a bigger denominator means a bigger fraction',
      'add the numerators and the denominators',
      'treat the numerator and denominator as two separate whole numbers',
      'think that a fraction is always less than one',
      'count the parts without checking they are equal',
    ],
    shifts: [
      ['the bigger the bottom number, the bigger the fraction', 'more parts means each part is smaller'],
      ['fractions are always less than one', 'you can have 5/4, it is just more than one whole'],
      ['you add the tops and the bottoms', 'the denominator tells you what size the parts are'],
      ['a half is always two bits', 'a half is when the two parts are equal'],
    ],
    stems: [
      'The whole is divided into _ equal parts; each part is _ of the whole.',
      'The more equal parts the whole is divided into, the smaller each part is.',
      'If the denominators are the same, I can compare the numerators.',
    ],
    measures: [ARITHMETIC, { name: 'Fractions check', min: 0, max: 10, scale: 'out of 10' }, REASONING],
    questions: [
      'How does regular use of bar models affect how my focus pupils compare fractions?',
      'What happens to pupils’ explanations when fractions are introduced on a number line before a pie?',
      'How can stem sentences help my Year 4 class to reason about unit fractions?',
      'How does using the same representation across year groups change pupils’ confidence with fractions?',
    ],
  },
  {
    key: 'place-value',
    names: ['Place value and the number system', 'Deepening place value', 'Unitising and place value'],
    umbrella: 'How does unitising and flexible partitioning deepen pupils’ understanding of place value?',
    focus: 'place value',
    phases: ['primary'],
    yearGroups: ['y2', 'y3', 'y4', 'y5'],
    reps: ['place-value counters', 'Dienes (base-ten) blocks', 'Gattegno charts', 'part–whole models', 'number lines'],
    examples: [
      'partitioning 47 as 3 tens and 17 ones',
      { text: 'finding 100 more than 3,950', from: 'y4' },
      { text: 'reading 3,406 aloud and explaining the zero', from: 'y4' },
      'counting in tens from 37',
      { text: 'rounding 6,451 to the nearest hundred', from: 'y4' },
      { text: 'making 1,000 in different ways', from: 'y3' },
    ],
    misconceptions: [
      'read 3,406 as three hundred and forty-six',
      'think the zero in 305 means nothing is there so it can be left out',
      'only partition numbers in the standard way',
      'count in ones when adding ten',
      'line digits up from the left in column methods',
    ],
    shifts: [
      [
        'zero means nothing so you don’t need it',
        'the zero holds the place so the other digits are worth the right amount',
      ],
      ['47 can only be 40 and 7', 'you can make 47 with 3 tens and 17 ones as well'],
      ['bigger numbers have bigger digits', 'it’s where the digit is that matters'],
    ],
    stems: [
      '_ tens is equal to _ ones.',
      'The value of the digit _ is _ because it is in the _ column.',
      'When I add ten, the tens digit changes and the ones digit stays the same.',
    ],
    measures: [ARITHMETIC, { name: 'Place-value check', min: 0, max: 15, scale: 'out of 15' }, REASONING],
    questions: [
      'How does regular use of Gattegno charts affect pupils’ confidence in reading large numbers?',
      'What happens when pupils partition numbers in more than one way before column addition?',
      'How can unitising language help my lower-attaining pupils count in tens?',
    ],
  },
  {
    key: 'multiplicative',
    names: [
      'Multiplicative reasoning in Years 3 and 4',
      'Times tables with understanding',
      'Multiplication and division structures',
    ],
    umbrella:
      'How can we develop multiplicative reasoning so that times-table facts are understood as well as recalled?',
    focus: 'multiplication and division',
    phases: ['primary'],
    yearGroups: ['y2', 'y3', 'y4', 'y5'],
    reps: ['arrays', 'bar models', 'counters in equal groups', 'Cuisenaire rods', 'multiplication grids'],
    examples: [
      { text: 'using 3 × 4 = 12 to work out 30 × 4', from: 'y3' },
      { text: 'showing 6 × 7 as an array and splitting it into 5 × 7 and 1 × 7', from: 'y4' },
      'sharing 24 into 4 equal groups, then grouping 24 into fours',
      { text: 'finding the missing number in _ × 8 = 56', from: 'y4' },
      'explaining why 4 × 6 = 6 × 4 with an array',
    ],
    misconceptions: [
      'count in ones to find the product',
      'think multiplication always makes numbers bigger',
      'confuse the number of groups with the size of each group',
      'see division only as sharing, never as grouping',
    ],
    shifts: [
      ['times tables were just something you learn off by heart', 'if I know 5 × 7 I can work out 6 × 7'],
      ['dividing is only sharing sweets', 'you can also see how many groups of 4 fit in'],
      ['4 × 6 and 6 × 4 were different sums', 'it’s the same array turned round'],
    ],
    stems: [
      'There are _ groups of _; _ groups of _ is equal to _.',
      '_ is _ times as many as _.',
      'If I know _, then I also know _.',
    ],
    measures: [
      { name: 'Times-tables check', min: 0, max: 25, scale: 'out of 25' },
      { name: 'Facts recalled in one minute', min: 0, max: 40, scale: 'facts in one minute' },
      REASONING,
    ],
    questions: [
      'How does using arrays help my focus pupils derive unknown facts from known ones?',
      'What difference does daily structured practice make to recall of the 6, 7 and 8 times tables?',
      'How can the language of “groups of” support pupils with division problems?',
    ],
  },
  {
    key: 'additive',
    names: ['Additive structures in Key Stage 1', 'Addition and subtraction with understanding'],
    umbrella: 'How can part–whole thinking help pupils see addition and subtraction as connected?',
    focus: 'addition and subtraction',
    phases: ['primary'],
    yearGroups: ['y1', 'y2', 'y3'],
    reps: ['part–whole models', 'bar models', 'tens frames', 'number lines', 'bead strings'],
    examples: [
      'finding the missing part when the whole is 10 and one part is 6',
      'writing the family of four number sentences for 3 + 5 = 8',
      { text: 'working out 46 + 29 by adding 30 and taking 1', from: 'y2' },
      'comparing 12 and 7 and finding the difference',
      'using 7 + 3 = 10 to solve 17 + 3',
    ],
    misconceptions: [
      'always subtract the smaller number from the larger',
      'count all instead of counting on',
      'think the equals sign means “the answer comes next”',
      'only see subtraction as taking away, not as finding a difference',
    ],
    shifts: [
      ['the equals sign means the answer', 'it means both sides are the same'],
      ['take away is the only way to subtract', 'you can find the difference by counting on'],
      ['I had to start counting from 1', 'I can start from the bigger number'],
    ],
    stems: [
      '_ is a part, _ is a part, _ is the whole.',
      'If I know _ + _ = _, then I know _ − _ = _.',
      'The difference between _ and _ is _.',
    ],
    measures: [ARITHMETIC, { name: 'Number bonds check', min: 0, max: 20, scale: 'out of 20' }, REASONING],
    questions: [
      'How does using part–whole models help my Year 2 focus pupils to solve missing-number problems?',
      'What happens to pupils’ understanding of the equals sign when we vary its position?',
    ],
  },
  {
    key: 'fluency',
    names: ['Fluency in number facts', 'Mastering number facts', 'Fluency without fear'],
    umbrella: 'How can short, daily, structured practice develop fluency that frees pupils to reason?',
    focus: 'number facts',
    phases: ['primary'],
    yearGroups: ['reception', 'y1', 'y2', 'y3', 'y4'],
    reps: ['tens frames', 'rekenreks', 'number tracks', 'fingers as a structured model', 'ten-frame flash cards'],
    examples: [
      'recalling bonds to 10',
      'doubling numbers to 10 and halving the results',
      { text: 'bridging through ten to add 8 + 5', from: 'y1' },
      'subitising dot patterns up to 6',
      { text: 'using doubles to find near doubles such as 6 + 7', from: 'y1' },
    ],
    misconceptions: [
      'count every fact from one on their fingers',
      'guess rather than derive an answer they do not know',
      'think being quick is the same as being good at maths',
    ],
    shifts: [
      ['being good at maths is being fast', 'it’s knowing lots of ways to work it out'],
      ['I had to count all of them', 'I can see five and then count on'],
      ['I was rubbish at adding', 'if I know my doubles I can do loads'],
    ],
    stems: ['_ and _ make 10.', 'Double _ is _, so _ + _ is one more.', 'I can see _ and _; that makes _.'],
    measures: [
      { name: 'Number facts check', min: 0, max: 20, scale: 'out of 20' },
      { name: 'Facts recalled in one minute', min: 0, max: 30, scale: 'facts in one minute' },
    ],
    questions: [
      'How does a daily ten-minute Mastering Number session affect my focus pupils’ recall of bonds to 10?',
      'What happens when pupils are taught to derive facts rather than count?',
    ],
  },
  {
    key: 'reasoning',
    names: ['Talking mathematics: reasoning and stem sentences', 'Developing mathematical talk'],
    umbrella: 'How can stem sentences and structured talk deepen pupils’ mathematical reasoning?',
    focus: 'number and calculation',
    phases: ['primary'],
    yearGroups: ['y2', 'y3', 'y4', 'y5', 'y6'],
    reps: ['bar models', 'number lines', 'place-value counters', 'Cuisenaire rods', 'sorting cards'],
    examples: [
      'deciding whether “odd + odd = even” is always, sometimes or never true',
      'explaining which of two calculations is the odd one out',
      { text: 'convincing a partner that 0.5 = 1/2', from: 'y4' },
      'finding the mistake in a worked example',
      { text: 'generalising the pattern in 9 × 2, 9 × 3, 9 × 4', from: 'y4' },
    ],
    misconceptions: [
      'give an answer without any explanation',
      'repeat the method instead of explaining why it works',
      'accept a single example as proof',
    ],
    shifts: [
      ['explaining was just saying what I did', 'explaining is saying why it works'],
      ['one example proves it', 'you have to check if it always works'],
      ['I just knew it, I didn’t need to say', 'when I say it I find out if I really know it'],
    ],
    stems: ['I know that _ because _.', 'I agree with _ because _.', 'This is always true because _.'],
    measures: [REASONING, ARITHMETIC],
    questions: [
      'How does the consistent use of stem sentences affect the quality of my focus pupils’ explanations?',
      'What helps reluctant talkers to share their reasoning in whole-class discussion?',
    ],
  },
  {
    key: 'early-number',
    names: ['Early number sense', 'Subitising and composition of number', 'Number sense in the Early Years'],
    umbrella: 'How can we develop young children’s number sense through subitising and composition?',
    focus: 'early number',
    phases: ['early_years'],
    yearGroups: ['nursery', 'reception'],
    reps: ['five frames', 'dot cards', 'rekenreks', 'number tracks', 'loose parts in the outdoor area'],
    examples: [
      'subitising three and four in a dot pattern',
      'showing 5 as 4 and 1, then 3 and 2',
      'matching numerals to quantities during snack time',
      'finding how many are hidden under a cup',
      'comparing two towers of cubes',
    ],
    misconceptions: [
      'recite the number names but lose one-to-one correspondence',
      'think a longer line of counters has more',
      'recount from one when a group is added to',
    ],
    shifts: [
      ['I had to count them all', 'I can see it’s three straight away'],
      ['that line was more because it’s longer', 'they’re the same, I counted'],
    ],
    stems: ['I can see _.', '_ and _ make _.', 'There are _ altogether.'],
    measures: [
      { name: 'Subitising check', min: 0, max: 6, scale: 'out of 6 patterns' },
      { name: 'Counting check', min: 0, max: 10, scale: 'out of 10' },
    ],
    questions: [
      'How does daily subitising practice affect my focus children’s confidence with quantities to 5?',
      'What does composition of number look like in child-initiated play?',
    ],
  },
  {
    key: 'algebra',
    names: [
      'Algebraic thinking in Key Stage 3',
      'From arithmetic to algebra',
      'Structure and generalisation in algebra',
    ],
    umbrella: 'How can attention to structure help students move from arithmetic to algebraic thinking?',
    focus: 'algebra',
    phases: ['secondary'],
    yearGroups: ['y7', 'y8', 'y9'],
    reps: ['algebra tiles', 'bar models', 'function machines', 'area models', 'balance models'],
    examples: [
      'simplifying 3a + 2b + a',
      'solving 3x + 5 = 20 with a bar model',
      'expanding 4(x + 3) with an area model',
      'generalising the nth term of 5, 8, 11, 14',
      'deciding whether 2(n + 3) and 2n + 6 are always equal',
    ],
    misconceptions: [
      'treat the letter as an abbreviation for an object',
      'think 3a means a three-digit number starting with 3',
      'multiply out only the first term in a bracket',
      'think x must be different from y',
    ],
    shifts: [
      ['a stands for apples', 'a is a number we don’t know yet'],
      ['algebra was a different subject from maths', 'it’s just the same rules with letters'],
      ['you only multiply the first bit of the bracket', 'the whole bracket is one group'],
    ],
    stems: [
      '_ is equivalent to _ because _.',
      'Whatever the value of x, _ will always _.',
      'The expression _ represents _.',
    ],
    measures: [
      { name: 'Algebra check', min: 0, max: 20, scale: 'out of 20' },
      { name: 'Retrieval quiz', min: 0, max: 10, scale: 'out of 10' },
      REASONING,
    ],
    questions: [
      'How does using algebra tiles affect Year 8 students’ understanding of expanding brackets?',
      'What happens when students generalise from carefully varied arithmetic before meeting letters?',
    ],
  },
  {
    key: 'proportion',
    names: ['Proportional reasoning', 'Ratio and proportion with bar models', 'Multiplicative relationships in KS3'],
    umbrella: 'How can the bar model and double number lines develop students’ proportional reasoning?',
    focus: 'ratio and proportion',
    phases: ['secondary'],
    yearGroups: ['y7', 'y8', 'y9', 'y10'],
    reps: ['bar models', 'double number lines', 'ratio tables', 'Cuisenaire rods', 'scaling diagrams'],
    examples: [
      'sharing £45 in the ratio 2 : 3',
      'scaling a recipe for 4 people to 10 people',
      'deciding which pack of pens is better value',
      'finding 35% of 80 using a bar model',
      'spotting whether a table of values is in direct proportion',
    ],
    misconceptions: [
      'use additive rather than multiplicative reasoning when scaling',
      'think 2 : 3 means 2 out of 3',
      'add the same amount to both parts of a ratio',
    ],
    shifts: [
      ['you add the same to both numbers', 'you multiply both by the same number'],
      ['2 : 3 meant two thirds', 'there are five parts altogether'],
    ],
    stems: ['For every _ there are _.', '_ is _ times as big as _.', 'One part is worth _, so _ parts are worth _.'],
    measures: [
      { name: 'Proportional reasoning check', min: 0, max: 15, scale: 'out of 15' },
      { name: 'Retrieval quiz', min: 0, max: 10, scale: 'out of 10' },
      REASONING,
    ],
    questions: [
      'How does the double number line help Year 9 students choose between additive and multiplicative reasoning?',
      'What changes when ratio problems are always modelled with a bar before any calculation?',
    ],
  },
  {
    key: 'directed-number',
    names: ['Directed number with understanding', 'Negative numbers in Year 7'],
    umbrella: 'How can consistent models help students make sense of calculations with negative numbers?',
    focus: 'directed number',
    phases: ['secondary'],
    yearGroups: ['y7', 'y8'],
    reps: ['double-sided counters', 'number lines', 'zero pairs', 'temperature scales'],
    examples: [
      'working out −3 − (−5) with zero pairs',
      'ordering −7, 2, −1.5 and 0',
      'explaining why −4 × −3 is positive',
      'finding the difference between −6 °C and 4 °C',
    ],
    misconceptions: [
      'think −7 is bigger than −2 because 7 is bigger than 2',
      'apply “two negatives make a positive” to addition',
      'ignore the sign when finding a difference',
    ],
    shifts: [
      ['two minuses always make a plus', 'it depends whether you are adding or multiplying'],
      ['−8 is more than −3', 'it’s further below zero, so it’s less'],
    ],
    stems: ['Adding a negative is the same as _.', '_ is less than _ because it is further _ on the number line.'],
    measures: [
      { name: 'Directed number check', min: 0, max: 12, scale: 'out of 12' },
      { name: 'Retrieval quiz', min: 0, max: 10, scale: 'out of 10' },
    ],
    questions: [
      'How does modelling with zero pairs change Year 7 students’ errors when subtracting negatives?',
      'What helps students to stop relying on “two negatives make a positive”?',
    ],
  },
  {
    key: 'geometry',
    names: ['Geometric reasoning and proof', 'Angles and geometric reasoning'],
    umbrella: 'How can we develop students’ ability to construct chains of geometric reasoning?',
    focus: 'geometric reasoning',
    phases: ['secondary'],
    yearGroups: ['y8', 'y9', 'y10'],
    reps: ['dynamic geometry software', 'angle facts cards', 'paper folding', 'reasoning frames'],
    examples: [
      'finding a missing angle in parallel lines and giving reasons',
      'proving that the angles in a triangle sum to 180°',
      'explaining why a shape is or is not a parallelogram',
      'sequencing the steps of a geometric proof',
    ],
    misconceptions: [
      'give the correct angle but no reasons',
      'assume lines are parallel because they look parallel',
      'confuse alternate and corresponding angles',
    ],
    shifts: [
      ['you just had to get the angle', 'the reasons are the important bit'],
      ['if it looks right it is right', 'you have to know the lines are parallel first'],
    ],
    stems: ['Angle _ is _ because _.', 'I know these lines are parallel because _.'],
    measures: [{ name: 'Geometry check', min: 0, max: 15, scale: 'out of 15' }, REASONING],
    questions: [
      'How do reasoning frames affect Year 9 students’ written geometric arguments?',
      'What happens when students explain angle facts to each other before writing?',
    ],
  },
  {
    key: 'transition-fractions',
    names: ['Fractions across the Year 6 to 7 transition', 'Fractions, decimals and percentages across KS2–3'],
    umbrella: 'How can primary and secondary teachers build shared representations of fractions across transition?',
    focus: 'fractions, decimals and percentages',
    phases: ['primary', 'secondary'],
    yearGroups: ['y5', 'y6', 'y7', 'y8'],
    reps: ['bar models', 'number lines', 'hundred squares', 'fraction walls', 'double number lines'],
    examples: [
      'converting 3/8 to a decimal',
      'placing 0.35, 1/3 and 30% on a number line',
      'finding 3/5 of 40 and 60% of 40',
      'explaining why 0.5 and 1/2 are the same',
      'dividing 3/4 by 3',
    ],
    misconceptions: [
      'think 0.35 is bigger than 0.5 because 35 is bigger than 5',
      'think a percentage can never be more than 100',
      'treat decimals and fractions as unrelated topics',
    ],
    shifts: [
      ['0.35 is bigger than 0.5', 'you have to look at the tenths first'],
      ['fractions and decimals were different things', 'they are just different ways of writing the same number'],
    ],
    stems: ['_ is equivalent to _ because _.', 'On the number line, _ is between _ and _.'],
    measures: [ARITHMETIC, { name: 'Fractions check', min: 0, max: 10, scale: 'out of 10' }, REASONING],
    questions: [
      'How does using the same bar model in Year 6 and Year 7 affect students’ confidence with fractions?',
      'What do Year 7 students remember of the representations they met in primary school?',
    ],
  },
  {
    key: 'transition-multiplicative',
    names: ['Multiplicative reasoning across Years 5 to 8', 'Continuity in multiplicative reasoning'],
    umbrella:
      'How can a shared approach to multiplicative reasoning support pupils across the move to secondary school?',
    focus: 'multiplicative reasoning',
    phases: ['primary', 'secondary'],
    yearGroups: ['y5', 'y6', 'y7', 'y8'],
    reps: ['arrays', 'area models', 'ratio tables', 'double number lines', 'bar models'],
    examples: [
      'using 24 × 15 = 360 to work out 2.4 × 15',
      'multiplying 23 × 14 with an area model',
      'scaling a recipe from 4 to 6 people',
      'finding the missing number in 36 ÷ _ = 0.9',
    ],
    misconceptions: [
      'think multiplying always makes bigger',
      'use additive reasoning when the relationship is multiplicative',
      'see the grid method and column method as unconnected',
    ],
    shifts: [
      ['multiplying always makes it bigger', 'if you times by less than one it gets smaller'],
      ['the grid method was just for primary', 'it’s the same as the area model we use now'],
    ],
    stems: ['_ is _ times the size of _.', 'If I know _, I can use it to work out _.'],
    measures: [ARITHMETIC, REASONING],
    questions: [
      'How does the area model help Year 7 students connect written methods they met in primary school?',
      'What changes when Year 6 and Year 7 teachers plan a unit on multiplication together?',
    ],
  },
];

export const themesFor = (phases: Phase[]) => THEMES.filter((t) => t.phases.some((p) => phases.includes(p)));
