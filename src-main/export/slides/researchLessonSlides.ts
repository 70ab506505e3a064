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
  for (const lesson of told) {
    const on = formatDateGB(lesson.meeting.date);
    const observed = new Set(yearSoFar.observations.map((o) => o.id));
    const observations = lesson.observationIds.filter((id) => observed.has(id)).length;
    const pupils = lesson.casePupils;
    deck.storySlide({
      title: `Research lesson, ${on}`,
      standing: [
        pupils.length > 0 ? `Case pupils ${pupils.map((p) => p.child.code).join(', ')}` : 'No case pupils recorded',
        `${count(observations, 'observation')} during the lesson`,
      ].join(' · '),
      before: [
        { heading: 'The aim', text: lesson.aim },
        ...pupils.map((p) => ({ heading: `We predicted for ${p.child.code}`, text: p.prediction })),
      ].filter((part) => part.text.trim()),
      after: [
        ...pupils.map((p) => ({
          heading: `${p.child.code} in the lesson`,
          text: [p.observed, p.interview && `Afterwards: “${spokenWords(p.interview)}”`].filter(Boolean).join(' '),
        })),
        { heading: 'What it changed', text: lesson.changes },
      ].filter((part) => part.text.trim()),
      notes: [
        `${count(lessons.length, 'research lesson')} recorded this year; the report has each in full.`,
        `The aim: ${lesson.aim}`,
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
