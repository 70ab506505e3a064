import { MAX_CASE_PUPILS } from '../../../../src-shared/domain/records';
import { RecordSection } from '../../components/RecordSection';
import type { KindFieldSpec, Values } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt } from '../../records';
import { evidenceTagFields, type TabProps } from './tabProps';

/**
 * Research lessons (lesson study): each recorded on its research-lesson meeting, with up to three
 * case pupils chosen from the focus children, what was predicted for each, what they did in the
 * lesson and what they said afterwards, the observations made during it, the discussion and what
 * changed. `meetingId` is the meeting a new lesson starts on, when it was chosen from the meeting.
 */
export function ResearchLessons({ data, readOnly, itemId, meetingId }: TabProps & { meetingId?: string | undefined }) {
  const { childCode, childOptions } = lookups(data);
  const lessonMeetings = data.meeting.filter((m) => m.kind === 'research_lesson');
  const meetingDate = new Map(data.meeting.map((m) => [m.id, m.date]));
  const taken = new Set(data.researchLesson.map((l) => l.meetingId));
  /**
   * The observations made on the day of the lesson's meeting (and any already linked), to link to
   * it: a short list of one day's, not every research lesson's.
   */
  const observationOptions = (values: Values) => {
    const day = meetingDate.get(String(values['meetingId'] ?? ''));
    const linked = (values['observationIds'] as string[] | undefined) ?? [];
    return data.observation
      .filter((o) => o.date === day || linked.includes(o.id))
      .map((o) => ({ value: o.id, label: `${childCode(o.focusChildId)}: ${excerpt(o.text, 60)}` }));
  };
  const fields: KindFieldSpec<'researchLesson'>[] = [
    {
      name: 'meetingId',
      label: 'Research lesson meeting',
      type: 'select',
      emptyLabel: 'Choose the meeting…',
      // A meeting has one research lesson: one already recorded is offered only when its own lesson is edited.
      options: (values: Values) =>
        lessonMeetings
          .filter((m) => !taken.has(m.id) || m.id === values['meetingId'])
          .map((m) => ({ value: m.id, label: dateGB(m.date) })),
      hint: lessonMeetings.length
        ? undefined
        : 'Add a meeting of the kind “Research lesson (lesson study)” above first.',
    },
    { name: 'aim', label: 'Aim of the lesson', type: 'textarea', rows: 2 },
    {
      name: 'casePupils',
      label: 'Case pupils',
      type: 'repeat',
      itemLabel: 'Case pupil',
      hint: 'Up to three focus children the lesson is planned and watched around',
      newItem: () => ({ focusChildId: '', prediction: '', observed: '', interview: '' }),
      max: {
        count: MAX_CASE_PUPILS,
        reason: `A research lesson has at most ${MAX_CASE_PUPILS} case pupils: remove one to add another.`,
      },
      fields: [
        { name: 'focusChildId', label: 'Focus child', type: 'select', emptyLabel: 'Choose…', options: childOptions },
        { name: 'prediction', label: 'What we predicted', type: 'textarea', rows: 2 },
        { name: 'observed', label: 'What they did in the lesson', type: 'textarea', rows: 2 },
        {
          name: 'interview',
          label: 'What they said afterwards',
          type: 'textarea',
          rows: 2,
          hint: 'Their own words from the post-lesson interview',
        },
      ],
    },
    {
      name: 'observationIds',
      label: 'Observations made during the lesson',
      type: 'checkboxes',
      options: observationOptions,
      hint: 'The observations of focus children dated on the day of the lesson’s meeting',
    },
    { name: 'discussion', label: 'Post-lesson discussion', type: 'textarea' },
    { name: 'changes', label: 'What it changed', type: 'textarea', hint: 'What the teachers will do differently' },
    ...evidenceTagFields({ areas: ['pupil_outcomes', 'practice_development'], standards: ['collaboration'] }),
  ];
  return (
    <RecordSection
      // Chosen from a meeting: a fresh form for that meeting's lesson.
      key={meetingId ?? 'research-lessons'}
      kind="researchLesson"
      title="Research lessons"
      singular="research lesson"
      rows={data.researchLesson}
      fields={fields}
      defaults={meetingId ? { meetingId } : {}}
      readOnly={readOnly}
      highlightId={itemId}
      rowLabel={(l) => `of ${dateGB(meetingDate.get(l.meetingId))}`}
      intro={
        <p className="intro">
          A research lesson is planned around its case pupils: predict what each will do, watch them in the lesson, ask
          them afterwards, and start the discussion from what they learned.
        </p>
      }
      columns={[
        { header: 'Date', cell: (l) => dateGB(meetingDate.get(l.meetingId)), nowrap: true },
        { header: 'Aim', cell: (l) => excerpt(l.aim, 80) },
        {
          header: 'Case pupils',
          cell: (l) => l.casePupils.map((p) => childCode(p.focusChildId)).join(', ') || '–',
        },
        { header: 'What it changed', cell: (l) => excerpt(l.changes, 60) || '–' },
      ]}
      emptyText={`No research lessons yet.${readOnly ? '' : ' Record one from its meeting above, or with the form.'}`}
    />
  );
}
