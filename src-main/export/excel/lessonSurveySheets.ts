import type { SurveyQuestionResult, SurveyResult } from '../../../src-shared/api/evaluation';
import { QUESTION_TYPE, SURVEY_TIMING } from '../../../src-shared/domain/enums';
import { researchLessonStories, spokenWords } from '../../../src-shared/evaluation/researchLessons';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { type CellValue, col, excelDate } from './cells';
import type { TableSpec } from './tables';

// The group workbook's research lessons and questionnaires: the same stories the report tells and
// the same figures the Surveys tab charts, a row for each case pupil and for each figure.

/** One row per case pupil of each research lesson (a lesson without case pupils has one row of its own). */
export function researchLessonsTable(yearSoFar: WorkGroupSnapshot): TableSpec {
  const ix = indexSnapshot(yearSoFar);
  const observed = new Set(yearSoFar.observations.map((o) => o.id));
  return {
    name: 'ResearchLessons',
    columns: [
      col('Research lesson'),
      col('Date', 'date'),
      col('Aim', 'longText'),
      col('Case pupil'),
      col('We predicted', 'longText'),
      col('In the lesson', 'longText'),
      col('Afterwards they said', 'longText'),
      col('Observations during the lesson', 'count'),
      col('Post-lesson discussion', 'longText'),
      col('What it changed', 'longText'),
    ],
    rows: researchLessonStories(yearSoFar).flatMap((lesson) => {
      const pupils = lesson.casePupils.length > 0 ? lesson.casePupils : [undefined];
      return pupils.map((p): CellValue[] => [
        ix.item('researchLesson', lesson.id).label,
        excelDate(lesson.meeting.date),
        lesson.aim,
        p?.child.code ?? 'No case pupils recorded',
        p?.prediction || null,
        p?.observed || null,
        p?.interview ? spokenWords(p.interview) : null,
        lesson.observationIds.filter((id) => observed.has(id)).length,
        lesson.discussion || null,
        lesson.changes || null,
      ]);
    }),
    emptyText: 'No research lessons recorded yet',
  };
}

const QUESTIONNAIRE_COLUMNS = [
  col('Questionnaire'),
  col('When given'),
  col('Question', 'longText'),
  col('Kind of question'),
  col('Out of', 'count'),
  col('Figure for'),
  col('n', 'count'),
  col('Mean at the start', 'mean'),
  col('Mean at the end', 'mean'),
  col('Mean after meetings', 'mean'),
  col('Answers at the start', 'count'),
  col('Answers at the end', 'count'),
  col('Answers after meetings', 'count'),
];

/** A question's figures, each a row: paired means, reactions overall and meeting by meeting, each answer's count. */
function questionRows(q: SurveyQuestionResult): [string, number | null, ...CellValue[]][] {
  const means = (start: number | null, end: number | null, after: number | null) => [
    start,
    end,
    after,
    null,
    null,
    null,
  ];
  if (q.paired) {
    const { n, startMean, endMean } = q.paired;
    return [['Participants who answered at both', n, ...means(startMean, endMean, null)]];
  }
  if (q.reactions)
    return [
      ['Every meeting', q.reactions.n, ...means(null, null, q.reactions.mean)],
      ...q.reactions.byMeeting.map((m): [string, number, ...CellValue[]] => [
        m.label,
        m.n,
        ...means(null, null, m.mean),
      ]),
    ];
  if (q.counts.length > 0)
    return q.counts.map((c) => [
      `Answer: ${c.answer}`,
      c.start + c.end + c.afterMeeting,
      null,
      null,
      null,
      c.start,
      c.end,
      c.afterMeeting,
    ]);
  return [['Written answers', q.texts, ...means(null, null, null)]];
}

/** Each questionnaire's questions with their figures, as the Surveys tab's charts give them. */
export function questionnairesTable(surveys: SurveyResult[]): TableSpec {
  return {
    name: 'Questionnaires',
    columns: QUESTIONNAIRE_COLUMNS,
    rows: surveys.flatMap((survey) =>
      survey.questions.flatMap((q) =>
        questionRows(q).map((figures): CellValue[] => [
          survey.title,
          SURVEY_TIMING.labels[survey.timing],
          q.text,
          QUESTION_TYPE.labels[q.type],
          q.top,
          ...figures,
        ]),
      ),
    ),
    emptyText: 'No questionnaires yet',
  };
}
