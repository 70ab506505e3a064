import type { WorkGroupEvaluationResult } from '../../../src-shared/api/evaluation';
import { SURVEY_TIMING } from '../../../src-shared/domain/enums';
import { FIGURES, surveyQuestionText } from '../../../src-shared/evaluation/figures';
import { count } from '../../../src-shared/evaluation/text';
import { type Block, heading, note, table } from './blocks';

/** The report's "Questionnaires": each one answered, question by question, with the figures the Surveys tab gives. */
export function surveySection(evaluation: WorkGroupEvaluationResult): Block[] {
  const answered = evaluation.surveys.filter((s) => s.responses > 0);
  if (answered.length === 0) return [];
  return [
    heading('Questionnaires'),
    note(`${FIGURES.surveyPaired.definition} ${FIGURES.surveyReactions.definition}`),
    ...answered.flatMap((survey) => [
      heading(survey.title, 2),
      note(
        `${count(survey.responses, 'set', 'sets')} of answers from ${count(survey.respondents, 'participant')}, ${SURVEY_TIMING.labels[survey.timing].toLowerCase()}.`,
      ),
      table(
        ['Question', 'Answers'],
        survey.questions.map((q) => [q.text, surveyQuestionText(survey, q)]),
        [3, 4],
      ),
    ]),
  ];
}
