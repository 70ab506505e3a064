import { formatDateGB } from '../../../src-shared/calendar/dates';
import {
  researchLessonStories,
  spokenWords,
  studiedThroughCasePupils,
  type ResearchLessonStory,
} from '../../../src-shared/evaluation/researchLessons';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count } from '../../../src-shared/evaluation/text';
import type { Deck } from './deck';
import type { Quotable } from './evidence';

/** Two lessons are enough for a talk; the rest are in the report. */
const LESSONS_SHOWN = 2;

const wordsOf = (lesson: ResearchLessonStory) => [
  lesson.aim,
  lesson.discussion,
  lesson.changes,
  ...lesson.casePupils.flatMap((p) => [p.prediction, p.observed, p.interview]),
];

/**
 * A slide for each of the research lessons best told (studied through case pupils, whose words the
 * check lets out): what was predicted for each case pupil beside what they did and said, and what
 * the lesson changed. The speaker notes hold every word, and say how many lessons there were.
 */
export function addResearchLessonSlides(deck: Deck, yearSoFar: WorkGroupSnapshot, quotable: Quotable): void {
  const lessons = researchLessonStories(yearSoFar);
  const told = lessons
    .filter((lesson) => wordsOf(lesson).every(quotable))
    .sort((a, b) => Number(studiedThroughCasePupils(b)) - Number(studiedThroughCasePupils(a)))
    .slice(0, LESSONS_SHOWN);
  const observed = new Set(yearSoFar.observations.map((o) => o.id));
  for (const lesson of told) {
    const on = formatDateGB(lesson.meeting.date);
    const observations = lesson.observationIds.filter((id) => observed.has(id)).length;
    const pupils = lesson.casePupils;
    deck.storySlide({
      title: `Research lesson, ${on}`,
      standing: lesson.aim ? `The aim: ${lesson.aim}` : 'No aim recorded',
      before: [
        {
          heading: pupils.length > 0 ? 'We predicted' : 'No case pupils recorded',
          text: pupils.map((p) => `${p.child.code}: ${p.prediction || 'no prediction recorded'}`).join('\n'),
        },
        { heading: 'What it changed', text: lesson.changes || 'Not recorded.' },
      ],
      after: [
        {
          heading: 'What they did and said',
          text: pupils
            .map((p) =>
              [`${p.child.code}:`, p.observed, p.interview && `“${spokenWords(p.interview)}”`]
                .filter(Boolean)
                .join(' '),
            )
            .join('\n'),
        },
      ],
      notes: [
        `${count(lessons.length, 'research lesson')} recorded this year; the report has each in full.`,
        `${count(pupils.length, 'case pupil')} and ${count(observations, 'observation')} during the lesson.`,
        ...pupils.map(
          (p) =>
            `${p.child.code}: we predicted ${p.prediction || '(not recorded)'}; in the lesson, ${p.observed || '(not recorded)'}; afterwards, ${p.interview ? `“${spokenWords(p.interview)}”` : '(no interview recorded)'}.`,
        ),
        `The post-lesson discussion: ${lesson.discussion || 'not recorded.'}`,
        `What it changed: ${lesson.changes || 'not recorded.'}`,
      ],
    });
  }
}
