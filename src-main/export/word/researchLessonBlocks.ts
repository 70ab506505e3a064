import { formatDateGB } from '../../../src-shared/calendar/dates';
import {
  lessonsOfCasePupil,
  researchLessonStories,
  spokenWords,
  type ResearchLessonStory,
} from '../../../src-shared/evaluation/researchLessons';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count } from '../../../src-shared/evaluation/text';
import { type Block, heading, labelled, note, quote, table } from './blocks';
import type { QuoteLedger } from './childEvidence';

const lessonDate = (lesson: ResearchLessonStory) => formatDateGB(lesson.meeting.date);

/**
 * The case study's part of each research lesson in which the child was a case pupil: what was
 * predicted for them while planning, what they did in the lesson, and their own words afterwards.
 */
export function casePupilBlocks(
  snapshot: WorkGroupSnapshot,
  childId: string,
  code: string,
  quotes: QuoteLedger,
): Block[] {
  return lessonsOfCasePupil(researchLessonStories(snapshot), childId).flatMap(({ lesson, pupil }) => {
    const words = spokenWords(pupil.interview);
    const on = lessonDate(lesson);
    return [
      heading(`${code} as a case pupil in the research lesson on ${on}`, 2),
      labelled('The lesson’s aim', lesson.aim),
      labelled(`In the research lesson on ${on} we predicted`, pupil.prediction || 'No prediction was recorded.'),
      ...(pupil.observed ? [labelled(`In the lesson, ${code}`, quotes.once(pupil.observed))] : []),
      ...(words && quotes.claim(words) ? quote(words, `${code}, interviewed after the research lesson on ${on}`) : []),
      ...(lesson.changes ? [labelled('What the group changed as a result', lesson.changes)] : []),
    ];
  });
}

/** The report's research lessons: each with its aim, its case pupils, the discussion and what it changed. */
export function researchLessonsSection(snapshot: WorkGroupSnapshot): Block[] {
  const lessons = researchLessonStories(snapshot);
  if (lessons.length === 0) return [];
  const observed = new Set(snapshot.observations.map((o) => o.id));
  return [
    heading('Research lessons'),
    note(
      `${count(lessons.length, 'research lesson')} recorded. Each started from its case pupils: what was predicted for them while planning, what they did in the lesson and what they said afterwards.`,
    ),
    ...lessons.flatMap((lesson) => {
      const observations = lesson.observationIds.filter((id) => observed.has(id)).length;
      return [
        heading(`Research lesson, ${lessonDate(lesson)}`, 2),
        labelled('Aim', lesson.aim),
        ...(lesson.casePupils.length === 0
          ? [note('No case pupils are recorded for this lesson.')]
          : [
              table(
                ['Case pupil', 'We predicted', 'In the lesson', 'Afterwards they said'],
                lesson.casePupils.map((p) => [
                  p.child.code,
                  p.prediction || '–',
                  p.observed || '–',
                  p.interview ? `“${spokenWords(p.interview)}”` : '–',
                ]),
                [1.2, 2.6, 2.6, 2.6],
              ),
            ]),
        ...(observations > 0
          ? [labelled('Observations made during the lesson', count(observations, 'observation'))]
          : []),
        labelled('Post-lesson discussion', lesson.discussion || 'Not recorded.'),
        labelled('What it changed', lesson.changes || 'Not recorded.'),
      ];
    }),
  ];
}
