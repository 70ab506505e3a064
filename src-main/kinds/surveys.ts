import { DomainError } from '../../src-shared/api/errors';
import { SURVEY_OCCASION, SURVEY_TIMING } from '../../src-shared/domain/enums';
import { answerProblem, OCCASIONS_OF, type SurveyQuestion } from '../../src-shared/domain/surveys';
import type { Store } from '../store/store';
import type { KindRules } from './kindRules';

interface QuestionnaireRow {
  title: string;
  timing: keyof typeof OCCASIONS_OF;
  questions: string;
}

const questionnaireOf = (store: Store, id: string) =>
  store
    .statement<[string], QuestionnaireRow>(
      'SELECT title, timing, questions FROM questionnaire WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id);

/** A questionnaire asks something. */
export const questionnaireRules: KindRules = {
  check(_store, fields) {
    if ((fields['questions'] as unknown[]).length === 0)
      throw new DomainError('invalid_input', 'A questionnaire needs at least one question.', [
        { field: 'questions', message: 'Add at least one question.' },
      ]);
  },
};

/**
 * A set of answers fits its questionnaire: given when the questionnaire is given, each answer of the
 * right kind, and one set per participant for each occasion (each meeting, for after-meeting ones).
 */
export const surveyResponseRules: KindRules = {
  check(store, fields, { id }) {
    const questionnaire = questionnaireOf(store, String(fields['questionnaireId']));
    if (!questionnaire) return; // the registry's reference check says so
    const occasion = fields['occasion'] as keyof typeof SURVEY_OCCASION.labels;
    if (!OCCASIONS_OF[questionnaire.timing].includes(occasion))
      throw new DomainError(
        'invalid_input',
        `“${questionnaire.title}” is given ${SURVEY_TIMING.labels[questionnaire.timing].toLowerCase()}, not ${SURVEY_OCCASION.labels[occasion].toLowerCase()}.`,
        [{ field: 'occasion', message: 'Choose when these answers were given.' }],
      );
    const questions = JSON.parse(questionnaire.questions) as SurveyQuestion[];
    // Answers to a question since removed are kept: they are still what the participant said.
    for (const [questionId, answer] of Object.entries(fields['answers'] as Record<string, string | number>)) {
      const question = questions.find((q) => q.id === questionId);
      const problem = question && answerProblem(question, answer);
      if (problem) throw new DomainError('invalid_input', problem, [{ field: 'answers', message: problem }]);
    }
    const twin = store
      .statement<[string, string, string, string, string], { date: string }>(
        `SELECT date FROM survey_response WHERE participant_id = ? AND questionnaire_id = ? AND occasion = ?
         AND coalesce(meeting_id, '') = ? AND id <> ? AND deleted_at IS NULL`,
      )
      .get(
        String(fields['participantId']),
        String(fields['questionnaireId']),
        occasion,
        String(fields['meetingId'] ?? ''),
        id ?? '',
      );
    if (twin)
      throw new DomainError(
        'conflict',
        `This participant's answers to “${questionnaire.title}” for this occasion are already recorded. Open them and change them there.`,
      );
  },
};
