// A labelled set of classroom notes, written for testing (every person in it is invented), for
// measuring the personal-data check: in each note, [[…]] marks what a careful reader would take
// out before the note leaves the school. Names come from the traditions of children in English
// schools today, written as teachers write them (capitals, lower case, accents, hyphens, a
// possessive); the notes without marks are traps: everyday classroom words that are also names.

/** The workspace's own teachers and schools, as the check is given them for a document that withholds them. */
export const WORKSPACE = {
  people: ['Mrs Ngozi Adeyemi', 'Mr Tom Hargreaves', 'Ms Eleri Pritchard'],
  schools: ['Larkfield Primary School'],
};

export const LABELLED_NOTES: string[] = [
  // English, Welsh, Scottish and Irish traditions
  'Y4-A explained the bar model to [[Amelia]] without prompting.',
  '[[Oliver]] and [[Isla]] compared their answers on the number line.',
  'I moved Y3-B to sit with [[Freddie]], which helped his confidence.',
  'Paired work with [[Poppy]] went better than expected.',
  '[[Harrison]] asked whether a half is always bigger than a third.',
  'She borrowed the place value counters from [[Evie]] and [[Maisie]].',
  'During the starter [[Dafydd]] counted back in sevens.',
  'Y5-C worked with [[Rhys]] and [[Cerys]] on the ratio task.',
  '[[Siân]] wrote a stem sentence for the whole table.',
  'Our TA said [[Gethin]] had been practising at home.',
  'Y2-A held the cubes while [[Ffion]] counted them.',
  '[[Iestyn]] and [[Osian]] argued about whether zero is even.',
  'I heard [[Eilidh]] say "it is the same as sharing".',
  'Y6-A partnered with [[Mhairi]] for the reasoning task.',
  '[[Aoife]] used the part-whole model unprompted.',
  'Y3-D told [[Niamh]] how she knew.',
  '[[Saoirse]] and [[Caoimhe]] built arrays with counters.',
  '[[Oisín]] was absent so the group changed.',
  'Y1-B followed [[Ciarán]] to the maths area.',
  'I asked [[Bethan]] to explain it back to me.',
  // South Asian traditions
  'I paired him with [[Priya]], who drew the number line for him.',
  '[[Aarav]] spotted the pattern in the multiples of nine.',
  'Y4-B taught [[Ishaan]] how to use the Dienes.',
  '[[Harpreet]] and [[Gurpreet]] tested each other on the five times table.',
  'Y5-A asked [[Simran]] for help with the column method.',
  '[[Rohan]] said the bar model "makes it easy to see".',
  '[[Ananya]] explained why the fractions were equivalent.',
  'Y2-C and [[Ayaan]] counted in tens together.',
  '[[Zainab]] was quieter than usual today.',
  'We put Y6-B with [[Maryam]] and [[Ibrahim]] for the investigation.',
  '[[Hamza]] finished early and made up his own problems.',
  'Y3-A copied the method from [[Fatima]] but could not say why it worked.',
  '[[Tanvir]] and [[Rukhsana]] used Numicon to show 7 + 5.',
  'I noticed [[Bilal]] using the stem sentence in science as well.',
  '[[Jaspreet]] needed the hundred square again.',
  'Y4-C sat next to [[Nusrat]] in the plenary.',
  '[[Arjun]]’s explanation was the clearest in the class.',
  'The group of [[Shahid]], [[Sana]] and Y5-B worked well.',
  '[[Manpreet]] drew a diagram before answering.',
  'Y1-A and [[Aadhya]] sorted the shapes together.',
  // West and East African traditions
  '[[Oluwaseun]] reasoned aloud about the missing number.',
  'Y6-C asked [[Chidi]] to check the calculation.',
  '[[Ngozi]] used the bar model for the first time.',
  '[[Adebayo]] and [[Tunde]] explained their strategies to the class.',
  'Y2-B counted with [[Folake]] during the fluency session.',
  '[[Kwame]] said he now likes maths "a bit more".',
  'The pupil voice from [[Ama]] and [[Kofi]] was very positive.',
  '[[Abena]] checked her answer with the inverse.',
  'Y3-C was grouped with [[Chinedu]] and [[Emeka]].',
  '[[Ifeoma]] led the group discussion about fractions.',
  'Y4-D and [[Temitope]] compared methods.',
  '[[Damilola]] was reluctant at first but joined in.',
  '[[Olamide]] used the counting stick confidently.',
  'Y5-D spoke to [[Yetunde]] about the word problem.',
  '[[Nnamdi]] made the link to the previous lesson.',
  '[[Chiamaka]] and [[Adaeze]] recorded their working neatly.',
  '[[Segun]] needed support with the language of the task.',
  'Y6-D helped [[Bukola]] with the ratio table.',
  '[[Wanjiru]] explained the pattern in her own words.',
  '[[Abdi]] and [[Hodan]] worked on the missing digit problems.',
  '[[Abdirahman]] said the stem sentence helped him start.',
  'Y2-D sat with [[Amani]] at the carpet.',
  // Eastern and Western European traditions
  '[[Zuzanna]] and [[Kacper]] compared their fractions using the wall.',
  '[[Jakub]] found a quicker way to add nine.',
  'Y4-E asked [[Oliwia]] to explain her drawing.',
  '[[Wiktoria]] and [[Szymon]] both used the number line.',
  '[[Bartek]] struggled with the vocabulary of the question.',
  'Y3-E was paired with [[Agnieszka]] for the task.',
  '[[Dmytro]] joined the class in January and settles well.',
  '[[Oksana]] translated the question for Y5-E.',
  '[[Taras]] counted in fives without the grid.',
  'Y6-E worked with [[Ioana]] and [[Mihai]].',
  '[[Andrei]] explained the inverse operation.',
  '[[Bogdan]] preferred to work alone today.',
  '[[Vasile]] used the cubes to check.',
  'Y1-C and [[Lukas]] played the doubling game.',
  '[[Matas]] and [[Emilija]] found all the possibilities.',
  '[[Giedre]] wrote the most complete explanation.',
  '[[João]] asked whether the answer could be negative.',
  'Y2-E followed [[Inês]] in the counting game.',
  '[[Mateo]] and [[Sofía]] made equal groups.',
  '[[Giulia]] remembered the fact from last week.',
  '[[Chloé]] and [[Théo]] tested the conjecture.',
  '[[Zoë]] drew three different representations.',
  '[[Anaïs]] kept going when it was hard.',
  '[[Renée]] explained it to the TA.',
  // Turkish, Kurdish, Arabic and Somali traditions
  '[[Emre]] and [[Zeynep]] shared the resources fairly.',
  '[[Elif]] asked a brilliant question about remainders.',
  'Y4-F sat with [[Mert]] and [[Kerem]].',
  '[[Omar]] explained his thinking with a diagram.',
  '[[Layla]] and [[Noor]] found the mistake in the worked example.',
  '[[Khalid]] found the lesson hard going.',
  '[[Rania]] used the stem sentence "I know that … because …".',
  'Y3-F helped [[Yusuf]] with the counting.',
  '[[Ayan]] was much more confident by the spring.',
  '[[Faisal]] said he would teach his brother the method.',
  // East and South-East Asian traditions
  '[[Wei]] counted on from the larger number.',
  'Y5-F asked [[Mei]] how she knew it was a multiple.',
  '[[Xin]] and [[Hao]] made a table of results.',
  '[[Minh]] explained it using place value.',
  '[[Linh]] wrote the calculation both ways.',
  'Y2-F sorted the numbers with [[Thao]].',
  // Caribbean and other British traditions
  '[[Jerome]] and [[Shanice]] led the plenary.',
  '[[Tyrone]] was proud of his work sample.',
  'Y6-F helped [[Keisha]] with the conversion.',
  '[[Levi]] and [[Shannon]] worked together well.',
  // How teachers write names: lower case, capitals, hyphens, possessives, full names
  'spoke to [[priya]] at lunch about the homework.',
  'i think [[oluwaseun]] is ready for the next step.',
  'quick note: [[zuzanna]] needs the large print sheet.',
  'SEATING: [[AMELIA]] next to Y4-A, [[MOHAMMED]] by the door.',
  'Reminder to call [[KACPER]]’s parents about the trip.',
  '[[Lily-Rose]] explained her answer to the class.',
  'Y3-B worked with [[Mary-Jane]] on the fractions wall.',
  '[[Ava-Mae]] and [[Jean-Luc]] used different methods.',
  'The pair was [[Smith-Jones]] and Y5-C.',
  '[[Ayesha Khan]] worked on reasoning about place value.',
  'We worked with [[Thomas Okoro]] on the bar model.',
  '[[Amelia]] struggled with the number line at first. [[Khan]]’s group finished early.',
  '“[[Priya]] explained it to me,” said Y3-C.',
  '[[Aleksander]] explained the bar model to [[Siobhan]].',
  '[[Bartholomew]] compared fractions with the wall.',
  'His brother [[Jack]] helps him with times tables at home.',
  'The child sat next to [[Nguyen]] during the starter.',
  // More children, written after the lists above were chosen, to keep the measure honest
  '[[Ayodele]] checked the answer with a bar model.',
  '[[Chukwuemeka]] and [[Obinna]] shared the counters.',
  'Y5-A worked with [[Oleksandra]] on the fractions.',
  '[[Vaiva]] counted in threes without help.',
  '[[Tomasz]] and [[Paulina]] measured the classroom.',
  '[[Precious]] and [[Blessing]] explained the pattern.',
  'I saw [[Nkem]] use the stem sentence on her own.',
  '[[Ibukun]] found the odd one out.',
  '[[Mustafa]] and [[Ilyas]] argued convincingly.',
  'Y3-G sat with [[Hafsa]] and [[Safiya]].',
  '[[Rhiannon]] drew the array first.',
  '[[Tegan]] and [[Alys]] compared their answers.',
  '[[Cormac]] needed the number line.',
  '[[Ruairi]] explained the link to division.',
  '[[Seren]] was proud of her working.',
  '[[Kaito]] and [[Yuki]] played the times tables game.',
  '[[Arnav]] and [[Kavya]] completed the challenge.',
  '[[Tariq]] said the lesson was "really fun".',
  '[[Nasra]] wrote her reasoning in full sentences.',
  '[[Ebele]] and [[Chisom]] led the class counting.',
  'Y6-G partnered with [[Zofia]] for the task.',
  '[[Milena]] used a ruler to draw the bar.',
  '[[Rafael]] asked about negative numbers.',
  '[[Kian]] and [[Reggie]] worked on the missing numbers.',
  'Met [[Mr Bailey-Okonkwo]] in the corridor about Y4-A.',
  'spoke with [[aisha]] and [[zara]] at the end of the lesson.',
  // And a last batch, written after the lists were settled
  '[[Efua]] and Y2-A counted the beads.',
  'Y4-B helped [[Olusegun]] with the chart.',
  '[[Oleh]] found the area by counting squares.',
  '[[Karolina]] and [[Nikola]] shared their strategies.',
  '[[Aliyu]] was more confident this week.',
  'Y5-B chose [[Ishani]] as a talk partner.',
  '[[Fionnuala]] used the counting stick.',
  '[[Gwenllian]] explained the remainder.',
  '[[Mehmet]] and [[Ece]] measured the length.',
  '[[Thandiwe]] wrote a word problem for the class.',
  '[[Habiba]] checked with a calculator.',
  '[[Ruqayyah]] drew equal groups.',
  '[[Enzo]] and [[Luca]] found the pattern quickly.',
  'Y1-D and [[Pip]] counted the steps.',
  '[[Wiktor]] needed more time on the task.',
  // Adults: titles, the workspace's own people, schools
  '[[Mrs Patel]] observed the lesson and noted the long pauses.',
  'Spoke to [[Dr Okafor]] about the assessment data.',
  'Lesson study with [[Ms Quillon]] went well.',
  '[[Mr Nowak]] will cover the class on Thursday.',
  'Planned the sequence with [[Miss Begum]] after school.',
  '[[Hargreaves]] led the starter while I observed Y5-B.',
  'Shared the video with [[Adeyemi]] and the maths lead.',
  'Ask [[Eleri Pritchard]] for the assessment grid.',
  'We visited [[Meadowbank Primary School]] to see their approach.',
  'Their head moved to [[St Aidan’s C of E Academy]] last year.',
  'Compared notes with a teacher from [[Hollins Park High School]].',
  'The cluster meeting was at [[Larkrise Infant School]].',
  'The new maths lead at [[Larkfield Primary School]] joined us.',
  // Contact details, dates of birth and pupil numbers
  'Contact me on [[07700 900123]] if the visit moves.',
  'Her mum asked us to ring [[(01632) 960123]] after four.',
  'Dad’s mobile is [[+44 7700 900456]].',
  'Send the photos to [[test.teacher@example.org]] before Friday.',
  'Email the parent at [[j.bloggs at example dot org]] about the homework.',
  'Her address is [[k.parent [at] example [dot] co [dot] uk]].',
  'FC-02 ([[born 12/03/2016]]) is the youngest in the class.',
  'Y3-C ([[DOB 03.04.2017]]) joined in the autumn.',
  'He was [[born on 3rd March 2017]], so he is young for the year.',
  'The form says [[date of birth: 14 February 2016]].',
  'Note on file: [[d.o.b. 12-09-2016]].',
  'The UPN on the sheet was [[A123456789012]] so I covered it.',
  'Wrote [[k801234567890]] on the tracker by mistake.',
  // Traps: words a name list holds that are everyday words in a classroom
  'Will this approach work for the whole class?',
  'Young children need concrete resources. Mark the tens in green.',
  'The research lesson with Numicon and Dienes went well in Key Stage 2.',
  'Summer term began with a focus on fluency.',
  'The bar model helped pupils compare fractions.',
  'Y5-B used a stem sentence: "I know that … because …".',
  'Teaching for Mastery asks for small coherent steps.',
  'May was busy with assessment, so we met in June.',
  'Grace under pressure is what the Spring term needed.',
  'The research lesson on Tuesday focused on reasoning.',
  'We read Rosenshine and discussed retrieval practice.',
  'Next year the school will continue with the Work Group.',
  'Cuisenaire rods made the ratio visible.',
  'We used a Venn diagram and a Carroll diagram to sort numbers.',
  'The Frayer model helped with vocabulary.',
  'Pupils explored the Fibonacci sequence in the investigation.',
  'Pythagoras was too much of a stretch for Y6-A.',
  'The number of pupils who could explain rose from six to eleven.',
  'We hope to carry this on next year.',
  'It was a joy to see Y2-A so engaged.',
  'Faith in the approach grew over the year.',
  'There is a chance the visit moves to April.',
  'Mark the place value columns before you start.',
  'The class used White Rose Maths alongside the stem sentences.',
  'WALT: compare fractions. WILF: a clear explanation.',
  'SEND pupils had the same task with more scaffolding.',
  'EAL learners used the vocabulary mat.',
  'KS2 SATS practice showed gains in arithmetic.',
  'The TA worked with the focus children in the autumn.',
  'Long division was the hardest step.',
  'Brown paper strips made good bar models.',
  'We moved the green group onto the next step.',
  'Hall time was lost to the nativity rehearsals.',
  'Turn to page 12 of the workbook.',
  'The grant paid for supply cover.',
  'Dawn chorus was our fluency warm-up: counting aloud together.',
  'Eve of the holiday, so the lesson was short.',
  'A sunny day meant maths outside with chalk.',
  'Ruby, emerald and amber groups worked on different steps.',
  'Jack-in-the-box counting made the Reception class laugh.',
  'Bill and coin problems linked money to decimals.',
  'Crystal clear explanations came from the pairs.',
  'Even numbers and odd numbers were sorted on the washing line.',
  'Can pupils explain why the method works?',
  'Will we see the same progress in the summer?',
  'Pat the cubes flat so they line up.',
  'Hope was high after the mock test.',
  'The Singapore bar model and the Shanghai textbooks were discussed.',
  'Dean of the teaching school observed the research lesson.',
  'Earl Grey tea kept the after-school meeting going.',
  'The Power Maths scheme uses similar representations.',
  'MATHS MEETING: bring your work samples.',
  'NOTE: the lesson study cycle restarts in spring.',
  'Ask the SENCO about the focus children’s targets.',
  'The head teacher will join the leaders’ session.',
  'Monday’s lesson used the counting stick.',
  'In March the group met at the hub.',
  'We began in September with a baseline check.',
  'The Ofsted report praised the maths curriculum.',
  'Dweck’s work on mindset came up in the discussion.',
  'Boaler and Dweck were both quoted in the reading.',
  'Oak National lessons were used for cover.',
  'Times Tables Rock Stars helped with recall.',
];

export interface CheckMeasure {
  /** Marked spans, and how many of them some finding overlaps. */
  labelled: number;
  found: number;
  recall: number;
  /** Findings that overlap no marked span, and their share of all findings. */
  findings: number;
  falseAlarms: number;
  falseAlarmRate: number;
  missed: string[];
  wrong: string[];
}

/** Runs the check over the labelled notes (marks removed) and compares what it finds with the marks. */
export function measureCheck(
  scan: (text: string) => { match: string }[],
  notes: string[] = LABELLED_NOTES,
): CheckMeasure {
  const missed: string[] = [];
  const wrong: string[] = [];
  let labelled = 0;
  let findings = 0;
  for (const note of notes) {
    const spans: { start: number; end: number; text: string }[] = [];
    let text = '';
    for (const part of note.split(/(\[\[[^\]]*(?:\][^\]][^\]]*)*\]\])/)) {
      const marked = /^\[\[(.*)\]\]$/s.exec(part);
      if (marked) spans.push({ start: text.length, end: text.length + marked[1]!.length, text: marked[1]! });
      text += marked ? marked[1]! : part;
    }
    // Where each finding stands: every place its words occur (a finding says what, not where).
    const found = scan(text).map(({ match }) => ({
      match,
      places: [...text.matchAll(new RegExp(match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
        start: m.index,
        end: m.index + match.length,
      })),
    }));
    const overlaps = (f: (typeof found)[number], span: { start: number; end: number }) =>
      f.places.some((place) => place.start < span.end && span.start < place.end);
    labelled += spans.length;
    findings += found.length;
    for (const span of spans) if (!found.some((f) => overlaps(f, span))) missed.push(`${span.text} — ${text}`);
    for (const f of found) if (!spans.some((span) => overlaps(f, span))) wrong.push(`${f.match} — ${text}`);
  }
  const count = labelled - missed.length;
  return {
    labelled,
    found: count,
    recall: count / labelled,
    findings,
    falseAlarms: wrong.length,
    falseAlarmRate: findings === 0 ? 0 : wrong.length / findings,
    missed,
    wrong,
  };
}
