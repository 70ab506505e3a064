import type { z } from 'zod';
import { normaliseHeading } from './headings';
import type { SurveyOccasion } from './enums';
import type { surveyQuestion } from './records';

// What a questionnaire's answers may be, and the questionnaires the app offers ready-made. Shared
// by the form, the Forms import and the services, so an answer accepted in one is accepted in all.

export type SurveyQuestion = z.output<typeof surveyQuestion>;

/** The top of a question's scale, or undefined for a question that is not a scale. */
export const scaleTop = (question: Pick<SurveyQuestion, 'type'>): number | undefined =>
  question.type === 'scale_5' ? 5 : question.type === 'scale_10' ? 10 : undefined;

/** Why an answer does not fit its question, in words the Lead can act on; undefined when it fits. */
export function answerProblem(question: SurveyQuestion, answer: string | number): string | undefined {
  const top = scaleTop(question);
  if (top !== undefined) {
    return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= top
      ? undefined
      : `“${question.text}” is answered with a whole number from 1 to ${top}, not “${answer}”.`;
  }
  if (typeof answer !== 'string') return `“${question.text}” is answered in words, not with a number.`;
  if (question.type === 'yes_no' && answer !== 'yes' && answer !== 'no')
    return `“${question.text}” is answered yes or no, not “${answer}”.`;
  if (question.type === 'choice' && !question.options.includes(answer))
    return `“${answer}” is not one of the choices of “${question.text}”: ${question.options.join('; ')}.`;
  return undefined;
}

/**
 * An answer as a spreadsheet or a form gives it (a cell's number, "4", "Yes", "4 - Very useful"), read
 * for its question; a blank cell is no answer.
 */
export function readAnswer(
  question: SurveyQuestion,
  raw: string | number,
): { ok: true; value: string | number | undefined } | { ok: false; message: string } {
  const text = String(raw).trim();
  if (text === '') return { ok: true, value: undefined };
  let value: string | number = text;
  if (scaleTop(question) !== undefined) {
    // Forms often label scale points: "4 - Very useful", "4 (agree)".
    const number = /^(\d+)(?:\s*[-–:(.]|\s|$)/.exec(text);
    value = number ? Number(number[1]) : text;
  } else if (question.type === 'yes_no') {
    value = /^(yes|y|true)$/i.test(text) ? 'yes' : /^(no|n|false)$/i.test(text) ? 'no' : text;
  } else if (question.type === 'choice') {
    value = question.options.find((o) => o.toLowerCase() === text.toLowerCase()) ?? text;
  }
  const problem = answerProblem(question, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/** Which occasions a questionnaire given at this time is answered on. */
export const OCCASIONS_OF: Record<'start_end' | 'after_meeting', SurveyOccasion[]> = {
  start_end: ['start', 'end'],
  after_meeting: ['after_meeting'],
};

/**
 * The standard post-meeting reflection (Guskey level 1, participants' reactions): the app's own
 * default, which the Lead may change; it claims to be no NCETM instrument.
 */
export const POST_MEETING_REFLECTION = {
  title: 'Reflection after the meeting',
  timing: 'after_meeting',
  questions: [
    { id: 'useful', text: 'How useful was the session for your teaching?', type: 'scale_5', options: [] },
    {
      id: 'will-try',
      text: 'What will you try in your classroom before the next meeting?',
      type: 'free_text',
      options: [],
    },
  ],
} as const satisfies { title: string; timing: string; questions: SurveyQuestion[] };

/**
 * Which column holds each question's answers, from the headings: a Forms export heads each column
 * with the question as it was asked, sometimes shortened or with a note added.
 */
export function proposeQuestionColumns(
  questions: readonly Pick<SurveyQuestion, 'id' | 'text'>[],
  headers: string[],
): Record<string, number | null> {
  const normal = headers.map(normaliseHeading);
  const used = new Set<number>();
  const tests = [
    (h: string, q: string) => h === q,
    (h: string, q: string) => h.length >= 8 && (q.startsWith(h) || h.startsWith(q)),
  ];
  const mapping: Record<string, number | null> = Object.fromEntries(questions.map((q) => [q.id, null]));
  for (const test of tests) {
    for (const question of questions) {
      if (mapping[question.id] !== null) continue;
      const wanted = normaliseHeading(question.text);
      const column = normal.findIndex((h, i) => !used.has(i) && h !== '' && test(h, wanted));
      if (column >= 0) {
        mapping[question.id] = column;
        used.add(column);
      }
    }
  }
  return mapping;
}
