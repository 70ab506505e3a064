import { useRef, useState } from 'react';
import { TERM_LABELS, termOf } from '../../../../src-shared/calendar/academicYear';
import { MEETING_KIND, NCETM_AREA } from '../../../../src-shared/domain/enums';
import { RecordSection } from '../../components/RecordSection';
import { enumOptions, type KindFieldSpec } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt, labelsOf, updateRecord } from '../../records';
import { evidenceTagFields, type TabProps } from './tabProps';

/** Who came to which meeting: one checkbox per participant and meeting, saved as it is ticked. */
function AttendanceGrid({ data, readOnly }: TabProps) {
  const [problem, setProblem] = useState<string | undefined>();
  // Ticks show at once; they are saved one after another so that quick ticks never overwrite each other.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [ticksFor, setTicksFor] = useState(data.meeting);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const meetings = data.meeting;
  const participants = data.participant;
  const { schoolName } = lookups(data);
  if (ticksFor !== data.meeting) {
    // Fresh data from the workspace: it now holds every saved tick.
    setTicksFor(data.meeting);
    setTicked({});
  }
  const present = (meetingId: string, participantId: string, saved: boolean) =>
    ticked[`${meetingId}:${participantId}`] ?? saved;

  const toggle = (meetingId: string, participantId: string, on: boolean) => {
    const next = { ...ticked, [`${meetingId}:${participantId}`]: on };
    setTicked(next);
    const meeting = meetings.find((m) => m.id === meetingId)!;
    const attendeeIds = participants
      .filter((p) => next[`${meetingId}:${p.id}`] ?? meeting.attendeeIds.includes(p.id))
      .map((p) => p.id);
    queue.current = queue.current.then(async () => {
      try {
        // The date was accepted when the meeting was recorded, so it is not questioned again here.
        await updateRecord('meeting', meeting, { attendeeIds }, true);
        setProblem(undefined);
      } catch (error) {
        setProblem(`Attendance was not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };

  return (
    <section className="panel attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Attendance</h2>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {meetings.length === 0 || participants.length === 0 ? (
        <p className="empty">Attendance can be recorded once there are participants and meetings.</p>
      ) : (
        <div className="table-wrap">
          <table className="list grid" aria-label="Attendance">
            <thead>
              <tr>
                <th scope="col">Participant</th>
                {meetings.map((m) => (
                  <th key={m.id} scope="col" className="nowrap">
                    {dateGB(m.date)}
                    <span className="sub">{TERM_LABELS[termOf(m.date)]}</span>
                  </th>
                ))}
                <th scope="col">Attended</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    <span className="sub">{schoolName(p.schoolId)}</span>
                  </th>
                  {meetings.map((m) => (
                    <td key={m.id} className="centre">
                      <input
                        type="checkbox"
                        aria-label={`${p.name} attended the meeting on ${dateGB(m.date)}`}
                        checked={present(m.id, p.id, m.attendeeIds.includes(p.id))}
                        disabled={readOnly}
                        onChange={(e) => toggle(m.id, p.id, e.target.checked)}
                      />
                    </td>
                  ))}
                  <td className="nowrap">
                    {meetings.filter((m) => present(m.id, p.id, m.attendeeIds.includes(p.id))).length} of{' '}
                    {meetings.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function MeetingsTab(props: TabProps) {
  const { data, readOnly, itemId } = props;
  const { schoolName, schoolOptions, readingOptions } = lookups(data);
  const fields: KindFieldSpec<'meeting'>[] = [
    { name: 'date', label: 'Date', type: 'date' },
    { name: 'kind', label: 'Kind of meeting', type: 'select', options: enumOptions(MEETING_KIND.labels) },
    {
      name: 'hostSchoolId',
      label: 'Host school',
      type: 'select',
      emptyLabel: 'None (online or elsewhere)',
      options: schoolOptions,
    },
    { name: 'notes', label: 'Notes', type: 'textarea' },
    { name: 'readingIds', label: 'Readings discussed', type: 'checkboxes', options: readingOptions },
    ...evidenceTagFields(),
  ];
  const terms = new Set(data.meeting.map((m) => termOf(m.date)));
  return (
    <>
      <RecordSection
        kind="meeting"
        title="Meetings"
        singular="meeting"
        rows={data.meeting}
        fields={fields}
        fixed={{ workGroupId: data.workGroup.id }}
        defaults={{ kind: 'work_group_meeting' }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(m) => `of ${dateGB(m.date)}`}
        intro={
          <p className="intro">
            {data.meeting.length} {data.meeting.length === 1 ? 'meeting' : 'meetings'} across {terms.size}{' '}
            {terms.size === 1 ? 'term' : 'terms'}. A Work Group meets at least four times, across at least two terms.
          </p>
        }
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
          { header: 'Kind', cell: (m) => MEETING_KIND.labels[m.kind] },
          { header: 'Host', cell: (m) => schoolName(m.hostSchoolId) },
          { header: 'Attended', cell: (m) => m.attendeeIds.length, nowrap: true },
          { header: 'Notes', cell: (m) => excerpt(m.notes, 80) || '–' },
          { header: 'NCETM areas', cell: (m) => labelsOf(NCETM_AREA.labels, m.areas) },
        ]}
      />
      <AttendanceGrid {...props} />
    </>
  );
}
