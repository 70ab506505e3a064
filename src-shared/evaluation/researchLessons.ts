import type { DfeStandard, NcetmArea } from '../domain/enums';
import type { CasePupil } from '../domain/records';
import type { FocusChildRecord, MeetingRecord, WorkGroupSnapshot } from './snapshot';

// Research lessons (lesson study) as the evaluation reads them: defined once here, for the
// indicators, the outcome areas, the report and the case studies alike.

/**
 * What every research lesson speaks to, whatever else it is tagged with: planning and studying a
 * lesson together is collaboration and expert challenge (Standard 3), and a lesson studied through
 * its case pupils' learning is about improving pupil outcomes.
 */
export const RESEARCH_LESSON_SPEAKS_TO: { standards: DfeStandard[]; areas: NcetmArea[] } = {
  standards: ['collaboration'],
  areas: ['pupil_outcomes'],
};

/** A case pupil as the documents tell them: the focus child, and what was predicted, seen and said. */
export interface CasePupilStory extends CasePupil {
  child: FocusChildRecord;
}

/** A research lesson with its meeting's date and its case pupils who are still in the workspace. */
export interface ResearchLessonStory {
  id: string;
  meeting: MeetingRecord;
  aim: string;
  casePupils: CasePupilStory[];
  discussion: string;
  changes: string;
  observationIds: string[];
}

/** The group's research lessons, in the order they were taught (those whose meeting is gone are left out). */
export function researchLessonStories(snapshot: WorkGroupSnapshot): ResearchLessonStory[] {
  const meetings = new Map(snapshot.meetings.map((m) => [m.id, m]));
  const children = new Map(snapshot.focusChildren.map((c) => [c.id, c]));
  return snapshot.researchLessons
    .flatMap((lesson) => {
      const meeting = meetings.get(lesson.meetingId);
      if (!meeting) return [];
      const casePupils = lesson.casePupils.flatMap((p) => {
        const child = children.get(p.focusChildId);
        return child ? [{ ...p, child }] : [];
      });
      const { id, aim, discussion, changes, observationIds } = lesson;
      return [{ id, meeting, aim, casePupils, discussion, changes, observationIds }];
    })
    .sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0));
}

/** A pupil's words as typed, without the quotation marks a document puts round them. */
export const spokenWords = (text: string) => text.trim().replace(/^["“‘']+|["”’']+$/g, '');

/** A lesson studied through its case pupils: each has a prediction and their own words afterwards. */
export const studiedThroughCasePupils = (lesson: ResearchLessonStory): boolean =>
  lesson.casePupils.length > 0 && lesson.casePupils.every((p) => p.prediction && p.interview);

/** The research lessons in which one focus child was a case pupil, with what was recorded of them. */
export function lessonsOfCasePupil(
  stories: ResearchLessonStory[],
  childId: string,
): { lesson: ResearchLessonStory; pupil: CasePupilStory }[] {
  return stories.flatMap((lesson) => {
    const pupil = lesson.casePupils.find((p) => p.child.id === childId);
    return pupil ? [{ lesson, pupil }] : [];
  });
}
