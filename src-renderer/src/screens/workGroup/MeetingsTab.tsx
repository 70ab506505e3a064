import { useRef, useState, type KeyboardEvent } from 'react';
import { TERM_LABELS, termOf } from '../../../../src-shared/calendar/academicYear';
import { MEETING_KIND, NCETM_AREA } from '../../../../src-shared/domain/enums';
import { api, failureMessage } from '../../api';
import type { RecordOf } from '../../../../src-shared/api/contract';
import { RecordSection } from '../../components/RecordSection';
import type { Column } from '../../components/RecordTable';
import { enumOptions, type KindFieldSpec } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt, labelsOf } from '../../records';
import { paths } from '../../router';
import { readingFieldSpecs } from './recordTabs';
import { ResearchLessons } from './ResearchLessons';
import { evidenceTagFields, type TabProps } from './tabProps';

const ARROWS: Record<string, [row: number, column: number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Who came to which meeting: one box per participant and meeting, saved as it is ticked, and a
 * button per meeting that marks everyone present at once. The arrow keys move between the boxes
 * (one Tab stop for the whole grid) and Space ticks.
 */
export function AttendanceGrid({ data, readOnly }: TabProps) {
  const [problem, setProblem] = useState<string | undefined>();
  // Ticks show at once; they are saved one after another, each against the meeting as stored then.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [ticksFor, setTicksFor] = useState(data.meeting);
  const [active, setActive] = useState<[row: number, column: number]>([0, 0]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const grid = useRef<HTMLTableElement>(null);
  const meetings = data.meeting;
  const participants = data.participant;
  const { schoolName } = lookups(data);
  if (ticksFor !== data.meeting) {
    // Fresh data from the workspace: it now holds every saved tick.
    setTicksFor(data.meeting);
    setTicked({});
  }
  // The one box reached by Tab; kept inside the grid when participants or meetings go.
  const activeRow = Math.min(active[0], participants.length - 1);
  const activeColumn = Math.min(active[1], meetings.length - 1);
  const present = (meetingId: string, participantId: string, saved: boolean) =>
    ticked[`${meetingId}:${participantId}`] ?? saved;

  const mark = (meetingId: string, participantIds: string[], on: boolean) => {
    setTicked((current) => ({
      ...current,
      ...Object.fromEntries(participantIds.map((id) => [`${meetingId}:${id}`, on])),
    }));
    queue.current = queue.current.then(async () => {
      try {
        await api.call('attendance.set', { meetingId, participantIds, present: on });
        setProblem(undefined);
      } catch (error) {
        // Show what is saved again rather than a tick that did not land.
        setTicked((current) =>
          Object.fromEntries(
            Object.entries(current).filter(([key]) => !participantIds.some((id) => key === `${meetingId}:${id}`)),
          ),
        );
        setProblem(`Attendance was not saved: ${failureMessage(error)} Reload the page to see what is saved.`);
      }
    });
  };

  const move = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const row = Math.min(Math.max(activeRow + step[0], 0), participants.length - 1);
    const column = Math.min(Math.max(activeColumn + step[1], 0), meetings.length - 1);
    setActive([row, column]);
    grid.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${column}"]`)?.focus();
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
        <>
          {!readOnly && (
            <p className="intro">
              Tick who came, or mark everyone present and untick who was away. In the grid, the arrow keys move between
              the boxes and Space ticks. Each tick is saved at once.
            </p>
          )}
          <div className="table-wrap">
            <table className="list grid" aria-label="Attendance" ref={grid}>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  {meetings.map((m) => {
                    const everyone = participants.every((p) => present(m.id, p.id, m.attendeeIds.includes(p.id)));
                    return (
                      <th key={m.id} scope="col" className="nowrap">
                        {dateGB(m.date)}
                        <span className="sub">{TERM_LABELS[termOf(m.date)]}</span>
                        {!readOnly && (
                          <button
                            type="button"
                            className="everyone"
                            disabled={everyone}
                            aria-label={`${everyone ? 'All present' : 'Everyone present'} on ${dateGB(m.date)}`}
                            onClick={() =>
                              mark(
                                m.id,
                                participants.map((p) => p.id),
                                true,
                              )
                            }
                          >
                            {everyone ? 'All present' : 'Everyone present'}
                          </button>
                        )}
                      </th>
                    );
                  })}
                  <th scope="col">Attended</th>
                </tr>
              </thead>
              <tbody onKeyDown={move}>
                {participants.map((p, row) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.name}
                      <span className="sub">{schoolName(p.schoolId)}</span>
                    </th>
                    {meetings.map((m, column) => (
                      <td key={m.id} className="centre">
                        <input
                          type="checkbox"
                          data-cell={`${row}:${column}`}
                          tabIndex={activeRow === row && activeColumn === column ? 0 : -1}
                          aria-label={`${p.name} attended the meeting on ${dateGB(m.date)}`}
                          checked={present(m.id, p.id, m.attendeeIds.includes(p.id))}
                          disabled={readOnly}
                          onFocus={() => setActive([row, column])}
                          onChange={(e) => mark(m.id, [p.id], e.target.checked)}
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
        </>
      )}
    </section>
  );
}

/** Where a meeting (or a programme's session) was held. */
export const hostSchoolField = (schoolOptions: { value: string; label: string }[]): KindFieldSpec<'meeting'> => ({
  name: 'hostSchoolId',
  label: 'Host school',
  type: 'select',
  emptyLabel: 'None (online or elsewhere)',
  options: schoolOptions,
});

/** A meeting's date with its term beneath. */
export const meetingDateColumn: Column<RecordOf<'meeting'>> = {
  header: 'Date',
  cell: (m) => (
    <>
      {dateGB(m.date)}
      <span className="sub">{TERM_LABELS[termOf(m.date)]} term</span>
    </>
  ),
  nowrap: true,
};

export function MeetingsTab(props: TabProps) {
  const { data, readOnly, itemId } = props;
  const { schoolName, schoolOptions, readingOptions } = lookups(data);
  const fields: KindFieldSpec<'meeting'>[] = [
    { name: 'date', label: 'Date', type: 'date' },
    { name: 'kind', label: 'Kind of meeting', type: 'select', options: enumOptions(MEETING_KIND.labels) },
    hostSchoolField(schoolOptions),
    { name: 'notes', label: 'Notes', type: 'textarea' },
    {
      name: 'readingIds',
      label: 'Readings discussed',
      type: 'checkboxes',
      options: readingOptions,
      more: true,
      create: {
        kind: 'reading',
        label: 'Add a new reading',
        saveLabel: 'Save the new reading',
        fields: readingFieldSpecs(),
        initial: {},
        save: async (input) => {
          const reading = await api.call('reading.create', { ...input, workGroupId: data.workGroup.id } as never);
          return { value: reading.id, label: reading.citation };
        },
      },
    },
    ...evidenceTagFields({ areas: ['professional_learning'], standards: ['collaboration'] }),
  ];
  const terms = new Set(data.meeting.map((m) => termOf(m.date)));
  // A research lesson is entered from its meeting: the lessons' form below starts on that meeting.
  const [lessonFor, setLessonFor] = useState<string | undefined>();
  const lessonOf = new Map(data.researchLesson.map((l) => [l.meetingId, l.id]));
  const lessonAction = (m: (typeof data.meeting)[number]) => {
    if (m.kind !== 'research_lesson') return null;
    const lessonId = lessonOf.get(m.id);
    if (lessonId)
      return <a href={paths.workGroup(data.workGroup.id, 'meetings', lessonId)}>Open its research lesson</a>;
    if (readOnly) return null;
    return (
      <button
        type="button"
        onClick={() => {
          setLessonFor(m.id);
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('[aria-label="Research lessons"] textarea')?.focus(),
          );
        }}
      >
        Record its research lesson
      </button>
    );
  };
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
        actions={lessonAction}
        intro={
          <p className="intro">
            {data.meeting.length} {data.meeting.length === 1 ? 'meeting' : 'meetings'} across {terms.size}{' '}
            {terms.size === 1 ? 'term' : 'terms'}. A Work Group meets at least four times, across at least two terms.
          </p>
        }
        columns={[
          meetingDateColumn,
          { header: 'Kind', cell: (m) => MEETING_KIND.labels[m.kind] },
          { header: 'Host', cell: (m) => schoolName(m.hostSchoolId) },
          { header: 'Attended', cell: (m) => m.attendeeIds.length, nowrap: true },
          { header: 'Notes', cell: (m) => excerpt(m.notes, 80) || '–' },
          { header: 'NCETM areas', cell: (m) => labelsOf(NCETM_AREA.labels, m.areas) },
        ]}
      />
      {/* Once its lesson is saved, the form is free for the next one. */}
      <ResearchLessons {...props} meetingId={lessonFor && !lessonOf.has(lessonFor) ? lessonFor : undefined} />
      <AttendanceGrid {...props} />
    </>
  );
}
