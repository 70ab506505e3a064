import { useState } from 'react';
import { ApiFailure } from '../../../../src-shared/api/client';
import {
  academicYearBounds,
  nextAcademicYear,
  TERM_LABELS,
  termOf,
} from '../../../../src-shared/calendar/academicYear';
import { NCETM_AREA, OUTCOME_OWNER } from '../../../../src-shared/domain/enums';
import { workGroupFields } from '../../../../src-shared/domain/workGroup';
import { FIGURES, schoolCount, sessionCounts } from '../../../../src-shared/evaluation/figures';
import { api } from '../../api';
import { BundleExport } from '../../exchange/BundleExport';
import { RecordHistory, undoSave } from '../../components/RecordHistory';
import { RecordForm } from '../../forms/RecordForm';
import { enumOptions, type FieldSpec, type Values } from '../../forms/fieldSpec';
import { navigate, paths, type WorkGroupTab } from '../../router';
import { useQuery } from '../../useQuery';
import type { TabProps } from './tabProps';
import { Figures } from '../../components/Figures';

/** The Work Group's own fields that are edited elsewhere, as its History names them. */
const KEPT_ELSEWHERE = { keyFindings: 'Key findings (on the Evaluation tab)' };

const newSurveyItemId = () => `item-${crypto.randomUUID().slice(0, 8)}`;

function Summary({ data }: TabProps) {
  const terms = [...new Set(data.meeting.map((m) => termOf(m.date)))].map((t) => TERM_LABELS[t]);
  const sessions = sessionCounts(data.meeting);
  const figures = [
    [FIGURES.schools.label, schoolCount(data.schoolParticipation)],
    [FIGURES.participants.label, data.participant.length],
    [FIGURES.focusChildren.label, data.focusChild.length],
    [FIGURES.wholeGroupMeetings.label, sessions.wholeGroup],
    [FIGURES.sessions.label, sessions.total],
    ['Journal entries', data.journalEntry.length],
    ['Observations', data.observation.length],
    ['Impact claims', data.impactClaim.length],
  ] as const;
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">The year so far</h2>
      <Figures figures={figures} />
      <p className="intro">
        {terms.length
          ? `Meetings in the ${terms.join(', ')} ${terms.length === 1 ? 'term' : 'terms'}.`
          : 'No meetings yet.'}
      </p>
    </section>
  );
}

/** Setting-up steps the evaluation's gaps (or the group itself) say are done, and where to do each. */
function GettingStarted({ data }: TabProps) {
  const group = data.workGroup;
  const { data: evaluation } = useQuery('evaluation.workGroup', { id: group.id });
  if (!evaluation) return null;
  const gapIds = new Set(evaluation.gaps.map((gap) => gap.id));
  const steps: { label: string; done: boolean; tab?: WorkGroupTab }[] = [
    { label: 'Write the umbrella research question, in the form below', done: group.umbrellaQuestion.trim() !== '' },
    { label: 'Agree the intended outcomes, in the form below', done: group.intendedOutcomes.length > 0 },
    { label: 'Add the schools and their senior leaders', done: !gapIds.has('no-schools'), tab: 'schools' },
    { label: 'Add the participants', done: !gapIds.has('no-participants'), tab: 'participants' },
    { label: 'Record the first meeting', done: data.meeting.length > 0, tab: 'meetings' },
    { label: 'Choose each participant’s focus children', done: data.focusChild.length > 0, tab: 'focus-children' },
  ];
  const left = steps.filter((step) => !step.done).length;
  if (left === 0) return null;
  // The rest of the gaps list, most pressing first, for after the setting up.
  const next = evaluation.gaps.filter((gap) => gap.id !== 'no-schools' && gap.id !== 'no-participants').slice(0, 3);
  return (
    <section className="panel getting-started" aria-labelledby="getting-started-heading">
      <h2 id="getting-started-heading">Getting started</h2>
      <p className="intro">
        {left} of {steps.length} steps still to do. The evaluation builds on these, so they come first.
      </p>
      <ol className="checklist">
        {steps.map((step) => (
          <li key={step.label} className={step.done ? 'done' : undefined}>
            <span className="check" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            {step.tab && !step.done ? <a href={paths.workGroup(group.id, step.tab)}>{step.label}</a> : step.label}
            <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
          </li>
        ))}
      </ol>
      {next.length > 0 && (
        <>
          <h3>Then, from what the evaluation finds missing</h3>
          <ul>
            {next.map((gap) => (
              <li key={gap.id}>{gap.message}</li>
            ))}
          </ul>
          <p>
            <a href={paths.workGroup(group.id, 'evaluation')}>See everything that is missing on the Evaluation tab</a>
          </p>
        </>
      )}
    </section>
  );
}

/** From the summer term on, when a group's year is ending, rolling over is offered in full; before, folded away. */
function endOfYearReached(academicYear: string): boolean {
  const today = new Date().toISOString().slice(0, 10);
  const { start, end } = academicYearBounds(academicYear);
  return today > end || (today >= start && termOf(today) === 'summer');
}

/** "Roll over into 2026/27", or for a community, which runs beyond a year, "Continue the community into 2026/27". */
const carryOnLabel = (group: TabProps['data']['workGroup']) =>
  `${group.pdActivityType === 'community' ? 'Continue the community' : 'Roll over'} into ${nextAcademicYear(group.academicYear)}`;

function Rollover({ data }: TabProps) {
  const group = data.workGroup;
  const next = nextAcademicYear(group.academicYear);
  const community = group.pdActivityType === 'community';
  const { data: projects } = useQuery('project.list', {});
  const fields: FieldSpec[] = [
    { name: 'code', label: `Code for ${next}`, type: 'text', hint: 'For example TRG-2026-01' },
    // A community carries on in its own project (the service keeps it there); a Work Group may move on.
    ...(community
      ? []
      : [
          {
            name: 'projectId',
            label: `Project in ${next}`,
            type: 'select',
            options: (projects ?? []).map((p) => ({ value: p.id, label: p.name })),
            initial: group.projectId,
            hint: 'A group in its second or third year often moves into a Sustaining project.',
          } satisfies FieldSpec,
        ]),
    {
      name: 'carryFocusChildren',
      label: 'Carry focus children forward',
      type: 'checkbox',
      hint: 'Their end pen portraits become next year’s starting ones. Last year’s evidence stays here.',
    },
  ];
  const label = carryOnLabel(group);
  return (
    <RecordForm
      title={label}
      fields={fields}
      submitLabel={label}
      draft={{ key: `workGroup:rollover:${group.id}`, recordId: group.id }}
      onSubmit={async (input) => {
        const created = await api.call('workGroup.rollover', {
          id: group.id,
          code: String(input['code']),
          carryFocusChildren: Boolean(input['carryFocusChildren']),
          ...(input['projectId'] ? { projectId: String(input['projectId']) } : {}),
        });
        navigate(paths.workGroup(created.id));
      }}
    >
      <p className="field-hint">
        {community
          ? `A community runs beyond a year: it carries on in ${group.projectName}, with its members, its questionnaires and its readings. This year is then kept read-only as it was, each year is evaluated on its own records, and the next year’s evaluation, report and slides compare the two.`
          : 'Schools, participants and questionnaires go into the new year, and this year’s end self-ratings and answers at the end become its starting ones. This year is then kept read-only, and the new year’s evaluation, report and slides compare the two.'}
      </p>
    </RecordForm>
  );
}

function MoveToTrash({ data }: TabProps) {
  const [problem, setProblem] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    try {
      await api.call('workGroup.delete', { id: data.workGroup.id });
      navigate(paths.trash());
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.message);
    }
  };
  return (
    <section className="panel" aria-labelledby="trash-heading">
      <h2 id="trash-heading">Move to the Trash</h2>
      <p className="intro">Everything recorded for this Work Group goes with it. You can restore it from the Trash.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {asking ? (
        <div className="button-row">
          <button type="button" className="danger" onClick={remove}>
            Yes, move {data.workGroup.code} to the Trash
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          Move this Work Group to the Trash
        </button>
      )}
    </section>
  );
}

export function OverviewTab(props: TabProps) {
  const { data, readOnly } = props;
  const group = data.workGroup;
  const { data: projects } = useQuery('project.list', {});
  const fields: FieldSpec[] = [
    { name: 'name', label: 'Name', type: 'text' },
    { name: 'code', label: 'Code', type: 'text' },
    { name: 'academicYear', label: 'Academic year', type: 'text', hint: 'For example 2025/26' },
    {
      name: 'projectId',
      label: 'Project',
      type: 'select',
      options: (projects ?? []).map((p) => ({ value: p.id, label: p.name })),
    },
    { name: 'leadName', label: 'Work Group Lead', type: 'text' },
    {
      name: 'umbrellaQuestion',
      label: 'Umbrella research question',
      type: 'textarea',
      hint: 'The question the whole Work Group is exploring this year',
    },
    {
      name: 'intendedOutcomes',
      label: 'Intended outcomes',
      type: 'repeat',
      itemLabel: 'Outcome',
      hint: 'Agreed at the start and shared with senior leaders. Write each as “X will …”.',
      newItem: () => ({ area: 'pupil_outcomes', owner: 'teachers', statement: '' }),
      fields: [
        { name: 'area', label: 'NCETM outcome area', type: 'select', options: enumOptions(NCETM_AREA.labels) },
        { name: 'owner', label: 'Whose outcome', type: 'select', options: enumOptions(OUTCOME_OWNER.labels) },
        { name: 'statement', label: 'Outcome', type: 'textarea', rows: 2, hint: 'For example: Teachers will …' },
      ],
    },
    {
      name: 'surveyItems',
      label: 'Confidence survey',
      type: 'repeat',
      itemLabel: 'Statement',
      hint: 'Participants rate each statement from 1 to 5 at the start and the end of the year. Yours to edit: it is not an official instrument.',
      newItem: () => ({ id: newSurveyItemId(), statement: '' }),
      fields: [{ name: 'statement', label: 'Statement', type: 'textarea', rows: 2 }],
    },
  ];
  const keys = Object.keys(workGroupFields.shape);
  const own = Object.fromEntries(keys.map((k) => [k, (group as unknown as Values)[k]]));

  return (
    <div className="columns overview">
      <div className="stack">
        {!readOnly && <GettingStarted {...props} />}
        {readOnly ? (
          <section className="panel" aria-labelledby="about-heading">
            <h2 id="about-heading">About this Work Group</h2>
            <h3>Umbrella research question</h3>
            <p>{group.umbrellaQuestion || 'Not written.'}</p>
            <h3>Intended outcomes</h3>
            {group.intendedOutcomes.length === 0 ? (
              <p className="empty">None recorded.</p>
            ) : (
              <ul>
                {group.intendedOutcomes.map((o, i) => (
                  <li key={i}>
                    <strong>{NCETM_AREA.labels[o.area]}</strong> ({OUTCOME_OWNER.labels[o.owner]}): {o.statement}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          projects && (
            <RecordForm
              title="About this Work Group"
              fields={fields}
              record={group as unknown as Values}
              submitLabel="Save changes"
              savedMessage="Changes saved."
              draft={{ key: `workGroup:${group.id}`, recordId: group.id }}
              onSubmit={async (input) => {
                const saved = await api.call('workGroup.update', { ...own, ...input, id: group.id } as never);
                return undoSave('workGroup', saved);
              }}
            >
              {(announce) => (
                <RecordHistory
                  kind="workGroup"
                  id={group.id}
                  labels={{
                    ...Object.fromEntries(fields.map((field) => [field.name, field.label])),
                    ...KEPT_ELSEWHERE,
                  }}
                  onRestored={announce}
                />
              )}
            </RecordForm>
          )
        )}
      </div>
      <div className="stack">
        <Summary {...props} />
        <BundleExport data={data} />
        {!readOnly && <MoveToTrash {...props} />}
        {!readOnly &&
          (endOfYearReached(group.academicYear) ? (
            <Rollover {...props} />
          ) : (
            <details className="panel later">
              <summary>At the end of the year: {carryOnLabel(group).toLowerCase()}</summary>
              <Rollover {...props} />
            </details>
          ))}
      </div>
    </div>
  );
}
