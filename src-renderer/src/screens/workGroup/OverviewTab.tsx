import { useState } from 'react';
import { ApiFailure } from '../../../../src-shared/api/client';
import { nextAcademicYear, TERM_LABELS, termOf } from '../../../../src-shared/calendar/academicYear';
import { NCETM_AREA, OUTCOME_OWNER } from '../../../../src-shared/domain/enums';
import { workGroupFields } from '../../../../src-shared/domain/workGroup';
import { FIGURES, schoolCount, sessionCounts } from '../../../../src-shared/evaluation/figures';
import { api } from '../../api';
import { BundleExport } from '../../exchange/BundleExport';
import { RecordForm } from '../../forms/RecordForm';
import { enumOptions, type FieldSpec, type Values } from '../../forms/fieldSpec';
import { navigate, paths } from '../../router';
import { useQuery } from '../../useQuery';
import type { TabProps } from './tabProps';
import { Figures } from '../../components/Figures';

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

function Rollover({ data }: TabProps) {
  const group = data.workGroup;
  const next = nextAcademicYear(group.academicYear);
  const fields: FieldSpec[] = [
    { name: 'code', label: `Code for ${next}`, type: 'text', hint: 'For example TRG-2026-01' },
    {
      name: 'carryFocusChildren',
      label: 'Carry focus children forward',
      type: 'checkbox',
      hint: 'Their end pen portraits become next year’s starting ones. Last year’s evidence stays here.',
    },
  ];
  return (
    <RecordForm
      title={`Roll over into ${next}`}
      fields={fields}
      submitLabel={`Roll over into ${next}`}
      onSubmit={async (input) => {
        const created = await api.call('workGroup.rollover', {
          id: group.id,
          code: String(input['code']),
          carryFocusChildren: Boolean(input['carryFocusChildren']),
        });
        navigate(paths.workGroup(created.id));
      }}
    >
      <p className="field-hint">
        Schools and participants go into the new year. This year is then kept read-only for comparison.
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
              onSubmit={async (input) => {
                await api.call('workGroup.update', { ...own, ...input, id: group.id } as never);
              }}
            />
          )
        )}
      </div>
      <div className="stack">
        <Summary {...props} />
        <BundleExport data={data} />
        {!readOnly && <Rollover {...props} />}
        {!readOnly && <MoveToTrash {...props} />}
      </div>
    </div>
  );
}
