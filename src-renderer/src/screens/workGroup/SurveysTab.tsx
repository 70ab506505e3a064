import type { RecordOf } from '../../../../src-shared/api/contract';
import type { SurveyResult } from '../../../../src-shared/api/evaluation';
import { surveyCharts } from '../../../../src-shared/charts/evaluationCharts';
import { QUESTION_TYPE, SURVEY_OCCASION, SURVEY_TIMING } from '../../../../src-shared/domain/enums';
import { OCCASIONS_OF, POST_MEETING_REFLECTION, type SurveyQuestion } from '../../../../src-shared/domain/surveys';
import { FIGURES, surveyQuestionText } from '../../../../src-shared/evaluation/figures';
import { count } from '../../../../src-shared/evaluation/text';
import { api } from '../../api';
import { ChartGrid } from '../../components/ChartFigure';
import { RecordSection } from '../../components/RecordSection';
import { useTeacherRole } from '../../exchange/teacherRole';
import { enumOptions, type KindFieldSpec, type Values } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB } from '../../records';
import { useAction } from '../../useAction';
import { useQuery } from '../../useQuery';
import { ImportWizard } from './SpreadsheetsTab';
import type { TabProps } from './tabProps';

// Questionnaires the Lead designs, each participant's answers (typed, sent back in a teacher's
// updates, or imported from a Forms export), and what they add up to.

const questionFields: KindFieldSpec<'questionnaire'> = {
  name: 'questions',
  label: 'Questions',
  type: 'repeat',
  itemLabel: 'Question',
  // A question keeps its id when its words change, so the answers already given stay with it.
  newItem: () => ({ id: crypto.randomUUID().slice(0, 8), text: '', type: 'scale_5', options: '' }),
  fields: [
    { name: 'text', label: 'Question', type: 'text' },
    { name: 'type', label: 'Answered with', type: 'select', options: enumOptions(QUESTION_TYPE.labels) },
    {
      name: 'options',
      label: 'Choices, one a line',
      type: 'textarea',
      rows: 3,
      showIf: (values) => values['type'] === 'choice',
      toForm: (value) => ((value as string[] | undefined) ?? []).join('\n'),
      fromForm: (value) =>
        String(value ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
    },
  ],
};

function Questionnaires({ data, readOnly, itemId, teacher }: TabProps & { teacher: boolean }) {
  const { busy, error, run } = useAction();
  const hasReflection = data.questionnaire.some((q) => q.title === POST_MEETING_REFLECTION.title);
  const addReflection = () =>
    run('Adding the reflection…', async () => {
      await api.call('questionnaire.create', {
        workGroupId: data.workGroup.id,
        ...POST_MEETING_REFLECTION,
        questions: POST_MEETING_REFLECTION.questions.map((q) => ({ ...q, options: [] })),
      });
    });
  return (
    <RecordSection
      kind="questionnaire"
      title="Questionnaires"
      singular="questionnaire"
      rows={data.questionnaire}
      fields={[
        { name: 'title', label: 'Title', type: 'text', hint: 'For example Confidence in teaching fractions' },
        { name: 'timing', label: 'Given', type: 'select', options: enumOptions(SURVEY_TIMING.labels) },
        questionFields,
      ]}
      fixed={{ workGroupId: data.workGroup.id }}
      defaults={{ timing: 'start_end' }}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(q) => q.title}
      intro={
        !readOnly &&
        !hasReflection && (
          <p className="intro">
            <button type="button" onClick={addReflection} disabled={busy !== ''}>
              Add the standard post-meeting reflection
            </button>{' '}
            “How useful was the session?” (1–5) and “What will you try?”, given after each meeting: participants’
            reactions, Guskey’s level 1.
            {error && (
              <span className="form-error" role="alert">
                {' '}
                {error}
              </span>
            )}
          </p>
        )
      }
      columns={[
        { header: 'Title', cell: (q) => q.title },
        { header: 'Given', cell: (q) => SURVEY_TIMING.labels[q.timing] },
        { header: 'Questions', cell: (q) => q.questions.length, nowrap: true },
        {
          header: 'Answers',
          cell: (q) => data.surveyResponse.filter((r) => r.questionnaireId === q.id).length,
          nowrap: true,
        },
      ]}
      emptyText={
        teacher
          ? 'No questionnaires yet: the Lead sets them, and they arrive with the Lead’s next pack.'
          : 'No questionnaires yet. Add one with the form, or add the standard post-meeting reflection.'
      }
    />
  );
}

function Answers({ data, readOnly, itemId, teacher }: TabProps & { teacher: boolean }) {
  const { participantName, participantOptions, meetingOptions } = lookups(data);
  const questionnaire = (values: Values) => data.questionnaire.find((q) => q.id === values['questionnaireId']);
  const title = (id: string) => data.questionnaire.find((q) => q.id === id)?.title ?? 'A questionnaire';
  const fields: KindFieldSpec<'surveyResponse'>[] = [
    {
      name: 'participantId',
      label: 'Participant',
      type: 'select',
      emptyLabel: 'Choose a participant…',
      options: participantOptions,
    },
    {
      name: 'questionnaireId',
      label: 'Questionnaire',
      type: 'select',
      emptyLabel: 'Choose a questionnaire…',
      options: data.questionnaire.map((q) => ({ value: q.id, label: q.title })),
    },
    {
      name: 'occasion',
      label: 'When',
      type: 'select',
      options: (values) =>
        (questionnaire(values) ? OCCASIONS_OF[questionnaire(values)!.timing] : SURVEY_OCCASION.values).map((o) => ({
          value: o,
          label: SURVEY_OCCASION.labels[o],
        })),
    },
    {
      name: 'meetingId',
      label: 'Meeting',
      type: 'select',
      emptyLabel: 'Choose the meeting…',
      options: meetingOptions,
      showIf: (values) => values['occasion'] === 'after_meeting',
    },
    { name: 'date', label: 'Date answered', type: 'date' },
    {
      name: 'answers',
      label: 'Answers',
      type: 'answers',
      questions: (values): SurveyQuestion[] => questionnaire(values)?.questions ?? [],
    },
  ];
  return (
    <RecordSection
      kind="surveyResponse"
      title="Answers"
      singular="set of answers"
      rows={data.surveyResponse}
      fields={fields}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(r) => `of ${participantName(r.participantId)} to ${title(r.questionnaireId)}, ${dateGB(r.date)}`}
      columns={[
        { header: 'Date', cell: (r) => dateGB(r.date), nowrap: true },
        { header: 'Participant', cell: (r) => participantName(r.participantId) },
        { header: 'Questionnaire', cell: (r) => title(r.questionnaireId) },
        { header: 'When', cell: (r) => SURVEY_OCCASION.labels[r.occasion] },
        { header: 'Questions answered', cell: (r) => Object.keys(r.answers).length, nowrap: true },
      ]}
      emptyText={
        teacher
          ? 'No answers yet. Add yours with the form; they go to the Lead with your updates.'
          : 'No answers yet. Add a participant’s answers with the form, or import a Forms export below.'
      }
    />
  );
}

/** One questionnaire's results in words: each scale question paired with its n, and each choice counted. */
function SurveyFigures({ survey }: { survey: SurveyResult }) {
  return (
    <ul className="survey-figures">
      {survey.questions.map((q) => (
        <li key={q.id}>
          <strong>{q.text}</strong> {surveyQuestionText(survey, q)}
        </li>
      ))}
    </ul>
  );
}

function Results({ data }: TabProps) {
  const group = data.workGroup;
  const { data: result } = useQuery('evaluation.workGroup', { id: group.id });
  if (!result) return <p className="loading">Adding up the answers…</p>;
  const answered = result.surveys.filter((s) => s.responses > 0);
  return (
    <section className="panel" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">Results</h2>
      <p className="intro">
        {FIGURES.surveyPaired.definition} {FIGURES.surveyReactions.definition}
      </p>
      {answered.length === 0 && <p className="empty">No questionnaire has any answers yet.</p>}
      {answered.map((survey) => (
        <section key={survey.questionnaireId} aria-label={`Results of ${survey.title}`}>
          <h3>{survey.title}</h3>
          <p>
            {count(survey.responses, 'set', 'sets')} of answers from {count(survey.respondents, 'participant')},{' '}
            {SURVEY_TIMING.labels[survey.timing].toLowerCase()}.
          </p>
          <SurveyFigures survey={survey} />
          <ChartGrid
            charts={surveyCharts(survey)}
            filePrefix={group.code}
            workGroupId={group.id}
            context={{ scope: `${group.code} ${group.name}`, asOf: result.asOf }}
          />
        </section>
      ))}
    </section>
  );
}

export function SurveysTab(props: TabProps) {
  const { data, readOnly } = props;
  const questionnaires: RecordOf<'questionnaire'>[] = data.questionnaire;
  // In a participant's own workspace the questionnaires are the Lead's: read, answered, not changed or imported.
  const teacher = useTeacherRole() !== undefined;
  return (
    <div className="stack">
      <Questionnaires {...props} readOnly={readOnly || teacher} teacher={teacher} />
      <Answers {...props} teacher={teacher} />
      {questionnaires.length > 0 && !teacher && (
        <ImportWizard
          data={data}
          readOnly={readOnly}
          only="surveyResponses"
          heading="Import answers from Microsoft Forms or Google Forms"
        />
      )}
      <Results {...props} />
    </div>
  );
}
