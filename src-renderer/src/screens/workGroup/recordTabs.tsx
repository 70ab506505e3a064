import { useState } from 'react';
import type { RecordOf } from '../../../../src-shared/api/contract';
import {
  CLAIM_LEVEL,
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  LEADER_ENGAGEMENT_KIND,
  NCETM_AREA,
  OBSERVATION_KIND,
  PHASE,
} from '../../../../src-shared/domain/enums';
import { RecordSection } from '../../components/RecordSection';
import { WordExport } from '../../exports/WordExport';
import { enumOptions, recordedOnField, type KindFieldSpec, type Option, type Values } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { useTeacherRole } from '../../exchange/teacherRole';
import { api } from '../../api';
import { dateGB, excerpt, labelsOf } from '../../records';
import { evidenceTagFields, type TabProps } from './tabProps';

export const schoolFieldSpecs = (): KindFieldSpec<'school'>[] => [
  { name: 'name', label: 'School name', type: 'text' },
  { name: 'urn', label: 'URN', type: 'text', hint: 'Six digits; leave it blank if you do not know it' },
  { name: 'phase', label: 'Phase', type: 'select', options: enumOptions(PHASE.labels) },
];

export function SchoolsTab({ data, readOnly, itemId }: TabProps) {
  const { schoolName } = lookups(data);
  const taken = new Set(data.schoolParticipation.map((sp) => sp.schoolId));
  const fields: KindFieldSpec<'schoolParticipation'>[] = [
    {
      name: 'schoolId',
      label: 'School',
      type: 'select',
      emptyLabel: 'Choose a school…',
      // A school already in the group is offered only when its own entry is being edited.
      options: (values) =>
        data.schools
          .filter((s) => !taken.has(s.id) || s.id === values['schoolId'])
          .map((s) => ({ value: s.id, label: s.name })),
      create: {
        kind: 'school',
        label: 'Add a new school',
        saveLabel: 'Save the new school',
        fields: schoolFieldSpecs(),
        initial: { phase: 'primary' },
        save: async (input) => {
          const school = await api.call('school.create', input as never);
          return { value: school.id, label: school.name };
        },
      },
    },
    { name: 'seniorLeaderName', label: "Senior leader's name", type: 'text' },
    { name: 'seniorLeaderRole', label: "Senior leader's role", type: 'text', hint: 'For example Headteacher' },
    {
      name: 'intendedImpact',
      label: 'Intended impact',
      type: 'textarea',
      hint: 'What the senior leader hopes the school will gain, agreed at the start of the year',
    },
    // The end of the year and the leader's engagement: filled in later, folded away under "More details".
    {
      name: 'endEvaluation',
      label: "Leader's end-of-year evaluation",
      type: 'textarea',
      hint: 'How far the intended impact was achieved',
      more: true,
    },
    { ...recordedOnField('endEvaluationRecordedOn', 'Date of the evaluation', ['endEvaluation']), more: true },
    { name: 'continuationPlan', label: 'How the work continues next year', type: 'textarea', more: true },
    {
      name: 'namedInDevelopmentPlan',
      label: 'The school development plan names the Work Group',
      type: 'checkbox',
      more: true,
    },
    {
      more: true,
      name: 'leaderEngagements',
      label: "Leader's engagement",
      type: 'repeat',
      itemLabel: 'Engagement',
      hint: 'Meetings, webinars, calls or visits the senior leader was part of',
      newItem: () => ({ kind: 'invited_meeting', note: '' }),
      fields: [
        { name: 'date', label: 'Date', type: 'date' },
        { name: 'kind', label: 'How', type: 'select', options: enumOptions(LEADER_ENGAGEMENT_KIND.labels) },
        { name: 'note', label: 'Note', type: 'text' },
      ],
    },
    // A school's part in the group is its leaders' support: school policy, rarely retagged, so folded away.
    ...evidenceTagFields({ areas: ['school_policy'], standards: ['leadership'], guskeyLevel: 3 }, { foldAreas: true }),
  ];
  return (
    <RecordSection
      kind="schoolParticipation"
      title="Schools and leaders"
      singular="school"
      rows={data.schoolParticipation}
      fields={fields}
      fixed={{ workGroupId: data.workGroup.id }}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(sp) => schoolName(sp.schoolId)}
      columns={[
        { header: 'School', cell: (sp) => schoolName(sp.schoolId) },
        {
          header: 'Senior leader',
          cell: (sp) => [sp.seniorLeaderName, sp.seniorLeaderRole].filter(Boolean).join(', ') || '–',
        },
        { header: 'Intended impact', cell: (sp) => excerpt(sp.intendedImpact, 90) || '–' },
        { header: 'In development plan', cell: (sp) => (sp.namedInDevelopmentPlan ? 'Yes' : 'No'), nowrap: true },
        { header: 'Engagements', cell: (sp) => sp.leaderEngagements.length, nowrap: true },
      ]}
      emptyText="No schools in this Work Group yet. Add each school and its senior leader with the form."
    />
  );
}

/** Who a participant is: name, school and role (the Participants tab's and a programme's cohort's). */
export const participantFieldSpecs = (
  schoolOptions: { value: string; label: string }[],
): KindFieldSpec<'participant'>[] => [
  { name: 'name', label: 'Name', type: 'text' },
  {
    name: 'schoolId',
    label: 'School',
    type: 'select',
    emptyLabel: 'Choose a school…',
    options: schoolOptions,
    hint: schoolOptions.length ? undefined : 'Add the school on the Schools and leaders tab first.',
  },
  { name: 'role', label: 'Role', type: 'text', hint: 'For example Year 4 class teacher' },
];

export function ParticipantsTab({ data, readOnly, itemId }: TabProps) {
  const teacher = useTeacherRole();
  const { schoolName, schoolOptions } = lookups(data);
  const [showSchool, setShowSchool] = useState(false);
  const items = data.workGroup.surveyItems;
  const rated = (ratings: Record<string, number>) => {
    const values = items.map((i) => ratings[i.id]).filter((r): r is number => r !== undefined);
    return values.length ? `${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(1)} of 5` : '–';
  };
  const fields: KindFieldSpec<'participant'>[] = [
    ...participantFieldSpecs(schoolOptions),
    { name: 'researchQuestion', label: 'Personal research question', type: 'textarea' },
    // The confidence survey, at the start and the end of the year: folded away under "More details".
    { name: 'startRatings', label: 'Confidence at the start of the year', type: 'ratings', items, more: true },
    { name: 'endRatings', label: 'Confidence at the end of the year', type: 'ratings', items, more: true },
    { ...recordedOnField('endRatingsRecordedOn', 'Date of the end ratings', ['endRatings']), more: true },
  ];
  return (
    <RecordSection
      kind="participant"
      title={teacher ? 'My details and self-ratings' : 'Participants'}
      singular="participant"
      rows={data.participant}
      fields={fields}
      fixed={{ workGroupId: data.workGroup.id }}
      readOnly={readOnly}
      editOnly={teacher !== undefined}
      highlightId={itemId}
      rowLabel={(p) => p.name}
      intro={
        <label className="checkbox intro">
          <input type="checkbox" checked={showSchool} onChange={(e) => setShowSchool(e.target.checked)} />
          Show the school and teachers’ names in action-research write-ups
        </label>
      }
      actions={(p) => (
        <WordExport
          document={{ kind: 'actionResearch', participantId: p.id }}
          label="Action-research write-up (Word)"
          ariaLabel={`Action-research write-up (Word) for ${p.name}`}
          what={`the action-research write-up of ${p.name}`}
          showSchool={showSchool}
        />
      )}
      columns={[
        { header: 'Name', cell: (p) => p.name },
        { header: 'School', cell: (p) => schoolName(p.schoolId) },
        { header: 'Role', cell: (p) => p.role || '–' },
        { header: 'Research question', cell: (p) => excerpt(p.researchQuestion, 90) || '–' },
        { header: 'Confidence at start', cell: (p) => rated(p.startRatings), nowrap: true },
        { header: 'at end', cell: (p) => rated(p.endRatings), nowrap: true },
        {
          header: 'Focus children',
          cell: (p) =>
            data.focusChild
              .filter((c) => c.participantId === p.id)
              .map((c) => c.code)
              .join(', ') || '–',
        },
      ]}
    />
  );
}

export const readingFieldSpecs = (): KindFieldSpec<'reading'>[] => [
  { name: 'citation', label: 'Citation', type: 'textarea', hint: 'Author, year, title, where published' },
  { name: 'link', label: 'Link or DOI', type: 'text' },
  { name: 'summary', label: 'Summary', type: 'textarea' },
];

export function ReadingsTab({ data, readOnly, itemId }: TabProps) {
  return (
    <RecordSection
      kind="reading"
      title="Readings"
      singular="reading"
      rows={data.reading}
      fields={readingFieldSpecs()}
      fixed={{ workGroupId: data.workGroup.id }}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(r) => excerpt(r.citation, 40)}
      columns={[
        { header: 'Citation', cell: (r) => r.citation },
        { header: 'Link or DOI', cell: (r) => r.link || '–' },
        {
          header: 'Discussed at',
          cell: (r) =>
            data.meeting
              .filter((m) => m.readingIds.includes(r.id))
              .map((m) => dateGB(m.date))
              .join(', ') || '–',
        },
      ]}
    />
  );
}

export function JournalTab({ data, readOnly, itemId }: TabProps) {
  const { participantName, participantOptions, readingOptions, childCode, participantsChildren, meetingOptions } =
    lookups(data);
  const fields: KindFieldSpec<'journalEntry'>[] = [
    {
      name: 'participantId',
      label: 'Participant',
      type: 'select',
      emptyLabel: 'Choose a participant…',
      options: participantOptions,
    },
    { name: 'date', label: 'Date', type: 'date' },
    {
      name: 'text',
      label: 'The entry',
      type: 'textarea',
      hint: 'What happened, what you noticed, what you will try next',
    },
    {
      name: 'focusChildIds',
      label: 'Focus children this entry is about',
      type: 'checkboxes',
      ...participantsChildren,
    },
    { name: 'readingIds', label: 'Readings it draws on', type: 'checkboxes', options: readingOptions, more: true },
    {
      name: 'meetingId',
      label: 'Meeting it reflects on',
      type: 'select',
      emptyLabel: 'None',
      options: meetingOptions,
      more: true,
    },
    // A participant's reflection is evidence of their own learning.
    ...evidenceTagFields({ areas: ['professional_learning'], guskeyLevel: 2 }),
  ];
  return (
    <RecordSection
      kind="journalEntry"
      title="Journal"
      singular="journal entry"
      rows={data.journalEntry}
      fields={fields}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(j) => `of ${dateGB(j.date)} by ${participantName(j.participantId)}`}
      columns={[
        { header: 'Date', cell: (j) => dateGB(j.date), nowrap: true },
        { header: 'Participant', cell: (j) => participantName(j.participantId) },
        { header: 'Entry', cell: (j) => excerpt(j.text) },
        { header: 'Focus children', cell: (j) => j.focusChildIds.map(childCode).join(', ') || '–' },
        { header: 'NCETM areas', cell: (j) => labelsOf(NCETM_AREA.labels, j.areas) },
      ]}
      emptyText="No journal entries yet. Add the first with the form."
    />
  );
}

export function ActionResearchTab({ data, readOnly, itemId }: TabProps) {
  const { participantName, participantOptions, childCode, participantsChildren } = lookups(data);
  const fields: KindFieldSpec<'actionResearchCycle'>[] = [
    {
      name: 'participantId',
      label: 'Participant',
      type: 'select',
      emptyLabel: 'Choose a participant…',
      options: participantOptions,
    },
    { name: 'number', label: 'Cycle number', type: 'number', hint: '1 for the first cycle, 2 for the next…' },
    { name: 'startDate', label: 'Start date', type: 'date' },
    { name: 'plan', label: 'Plan', type: 'textarea', hint: 'What will you try, and what do you expect to see?' },
    {
      name: 'focusChildIds',
      label: 'Focus children',
      type: 'checkboxes',
      ...participantsChildren,
    },
    // What happens later in the cycle: folded away under "More details" until it is written.
    { name: 'act', label: 'Act', type: 'textarea', hint: 'What you did in the classroom', more: true },
    { name: 'observe', label: 'Observe', type: 'textarea', hint: 'What you and the pupils noticed', more: true },
    { name: 'reflect', label: 'Reflect', type: 'textarea', hint: 'What it means, and what comes next', more: true },
    { name: 'endDate', label: 'End date', type: 'date', more: true },
    // A cycle of action research is new practice tried in the classroom, rarely retagged, so folded away.
    ...evidenceTagFields({ areas: ['practice_development'], guskeyLevel: 4 }, { foldAreas: true }),
  ];
  return (
    <RecordSection
      kind="actionResearchCycle"
      title="Action research"
      singular="action-research cycle"
      rows={data.actionResearchCycle}
      fields={fields}
      defaults={{ number: 1 }}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(c) => `${c.number} of ${participantName(c.participantId)}`}
      columns={[
        { header: 'Participant', cell: (c) => participantName(c.participantId) },
        { header: 'Cycle', cell: (c) => c.number, nowrap: true },
        { header: 'Dates', cell: (c) => `${dateGB(c.startDate)} to ${dateGB(c.endDate)}`, nowrap: true },
        { header: 'Plan', cell: (c) => excerpt(c.plan, 80) || '–' },
        { header: 'Focus children', cell: (c) => c.focusChildIds.map(childCode).join(', ') || '–' },
      ]}
      emptyText="No action-research cycles yet. Each participant plans, acts, observes and reflects; record each cycle with the form."
    />
  );
}

type Evidence = { kind: 'journalEntry' | 'observation' | 'meeting'; id: string };

export function ImpactTab({ data, readOnly, itemId }: TabProps) {
  const { participantName, schoolName, schoolOptions, participantOptions, childCode } = lookups(data);
  const evidenceOptions: Option[] = [
    ...data.journalEntry.map((j) => ({
      value: `journalEntry:${j.id}`,
      label: `Journal ${dateGB(j.date)}, ${participantName(j.participantId)}: ${excerpt(j.text, 60)}`,
    })),
    ...data.observation.map((o) => ({
      value: `observation:${o.id}`,
      label: `Observation ${dateGB(o.date)}, ${childCode(o.focusChildId)} (${OBSERVATION_KIND.labels[o.kind]}): ${excerpt(o.text, 50)}`,
    })),
    ...data.meeting.map((m) => ({
      value: `meeting:${m.id}`,
      label: `Meeting ${dateGB(m.date)}${m.notes ? `: ${excerpt(m.notes, 60)}` : ''}`,
    })),
  ];
  const fields: KindFieldSpec<'impactClaim'>[] = [
    { name: 'level', label: 'Level', type: 'select', options: enumOptions(CLAIM_LEVEL.labels) },
    {
      name: 'subjectId',
      label: 'About',
      type: 'select',
      emptyLabel: 'Choose…',
      showIf: (v) => v['level'] === 'school' || v['level'] === 'participant',
      options: (v) => (v['level'] === 'school' ? schoolOptions : participantOptions),
    },
    { name: 'statement', label: 'The claim', type: 'textarea', hint: 'What changed, for whom, and how you know' },
    { name: 'strength', label: 'Strength', type: 'select', options: enumOptions(EVIDENCE_STRENGTH.labels) },
    { name: 'area', label: 'NCETM outcome area', type: 'select', options: enumOptions(NCETM_AREA.labels) },
    {
      name: 'standard',
      label: 'DfE PD standard',
      type: 'select',
      emptyLabel: 'None',
      options: enumOptions(DFE_STANDARD.labels),
      more: true,
    },
    {
      name: 'evidence',
      label: 'Evidence behind the claim',
      type: 'checkboxes',
      hint: 'Journal entries, observations and meetings from this Work Group',
      options: evidenceOptions,
      more: true,
      toForm: (value) => ((value as Evidence[] | undefined) ?? []).map((e) => `${e.kind}:${e.id}`),
      fromForm: (value) =>
        (value as string[]).map((v) => {
          const [kind, id] = v.split(':');
          return { kind, id } as Values;
        }),
    },
  ];
  const subject = (c: RecordOf<'impactClaim'>) =>
    c.level === 'group'
      ? 'The Work Group'
      : c.level === 'school'
        ? schoolName(c.subjectId)
        : participantName(c.subjectId);
  return (
    <RecordSection
      kind="impactClaim"
      title="Impact claims"
      singular="impact claim"
      rows={data.impactClaim}
      fields={fields}
      fixed={{ workGroupId: data.workGroup.id }}
      defaults={{ level: 'group', strength: 'anecdotal' }}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(c) => excerpt(c.statement, 40)}
      columns={[
        { header: 'About', cell: subject },
        { header: 'Claim', cell: (c) => excerpt(c.statement) },
        { header: 'Area', cell: (c) => NCETM_AREA.labels[c.area] },
        { header: 'Strength', cell: (c) => EVIDENCE_STRENGTH.labels[c.strength], nowrap: true },
        { header: 'Evidence', cell: (c) => `${c.evidence.length} linked`, nowrap: true },
      ]}
    />
  );
}
