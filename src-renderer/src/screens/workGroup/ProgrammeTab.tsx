import { programmeSessions } from '../../../../src-shared/evaluation/figures';
import { RecordSection } from '../../components/RecordSection';
import type { KindFieldSpec } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt } from '../../records';
import { AttendanceGrid, hostSchoolField, meetingDateColumn } from './MeetingsTab';
import { participantFieldSpecs } from './recordTabs';
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
    ...participantFieldSpecs(schoolOptions),
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
  ];
  const sessionFields: KindFieldSpec<'meeting'>[] = [
    { name: 'date', label: 'Date', type: 'date' },
    {
      name: 'materialsUnit',
      label: 'Unit of the NCETM materials',
      type: 'text',
      hint: 'The unit or module the session worked through, for example Spine 1.12: Comparing numbers',
    },
    hostSchoolField(schoolOptions),
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
          meetingDateColumn,
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
