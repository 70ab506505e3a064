import { TERM_LABELS, termOf } from '../../../../src-shared/calendar/academicYear';
import { programmeSessions } from '../../../../src-shared/evaluation/figures';
import { RecordSection } from '../../components/RecordSection';
import type { KindFieldSpec } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt } from '../../records';
import { AttendanceGrid } from './MeetingsTab';
import { evidenceTagFields, type TabProps } from './tabProps';

/**
 * What a programme records that a Work Group does not: its cohort (the participants, each with the
 * intake they joined and where they come from) and its sessions, each a meeting of the kind
 * "Programme session" with the unit of the NCETM materials it worked through, and who came.
 */
export function ProgrammeTab(props: TabProps) {
  const { data, readOnly, itemId } = props;
  const { schoolName, schoolOptions } = lookups(data);
  const sessions = data.meeting.filter((m) => m.kind === 'programme_session');
  const figures = programmeSessions({ meetings: data.meeting, participants: data.participant });
  const cohortFields: KindFieldSpec<'participant'>[] = [
    { name: 'name', label: 'Name', type: 'text' },
    {
      name: 'cohort',
      label: 'Cohort',
      type: 'text',
      hint: 'The intake they joined, for example Cohort 2, spring 2026',
    },
    {
      name: 'comesFrom',
      label: 'Where they come from',
      type: 'text',
      hint: 'Their local authority, trust or hub area, or how they came to the programme',
    },
    {
      name: 'schoolId',
      label: 'School',
      type: 'select',
      emptyLabel: 'Choose a school…',
      options: schoolOptions,
      hint: schoolOptions.length ? undefined : 'Add the school on the Schools and leaders tab first.',
    },
    { name: 'role', label: 'Role', type: 'text', hint: 'For example Year 2 class teacher' },
  ];
  const sessionFields: KindFieldSpec<'meeting'>[] = [
    { name: 'date', label: 'Date', type: 'date' },
    {
      name: 'materialsUnit',
      label: 'Unit of the NCETM materials',
      type: 'text',
      hint: 'The unit or module the session worked through, for example Spine 1.12: Comparing numbers',
    },
    {
      name: 'hostSchoolId',
      label: 'Host school',
      type: 'select',
      emptyLabel: 'None (online or elsewhere)',
      options: schoolOptions,
    },
    { name: 'notes', label: 'Notes', type: 'textarea' },
    // A session is where participants learn subject knowledge together.
    ...evidenceTagFields({ areas: ['professional_learning'], standards: ['evidence'], guskeyLevel: 2 }),
  ];
  return (
    <div className="stack">
      <RecordSection
        kind="participant"
        title="Cohort"
        singular="participant"
        rows={data.participant}
        fields={cohortFields}
        fixed={{ workGroupId: data.workGroup.id }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(p) => p.name}
        columns={[
          { header: 'Name', cell: (p) => p.name },
          { header: 'Cohort', cell: (p) => p.cohort || '–' },
          { header: 'Where they come from', cell: (p) => p.comesFrom || '–' },
          { header: 'School', cell: (p) => schoolName(p.schoolId) },
          {
            header: 'Sessions attended',
            cell: (p) => `${figures.attendedBy.get(p.id) ?? 0} of ${figures.sessions}`,
            nowrap: true,
          },
        ]}
        emptyText="No one in the cohort yet. Add each participant with the intake they joined and where they come from."
      />
      <RecordSection
        kind="meeting"
        title="Sessions"
        singular="session"
        rows={sessions}
        fields={sessionFields}
        fixed={{ workGroupId: data.workGroup.id, kind: 'programme_session' }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(m) => `of ${dateGB(m.date)}`}
        intro={<p className="intro">{figures.caption}.</p>}
        columns={[
          {
            header: 'Date',
            cell: (m) => (
              <>
                {dateGB(m.date)}
                <span className="sub">{TERM_LABELS[termOf(m.date)]} term</span>
              </>
            ),
            nowrap: true,
          },
          { header: 'Unit of the materials', cell: (m) => m.materialsUnit || '–' },
          { header: 'Attended', cell: (m) => `${m.attendeeIds.length} of ${data.participant.length}`, nowrap: true },
          { header: 'Notes', cell: (m) => excerpt(m.notes, 80) || '–' },
        ]}
        emptyText="No sessions yet. Record each session with the unit of the materials it worked through, then tick who came below."
      />
      <AttendanceGrid {...props} data={{ ...data, meeting: sessions }} />
    </div>
  );
}
