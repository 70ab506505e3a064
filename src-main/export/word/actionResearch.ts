import { formatDateGB } from '../../../src-shared/calendar/dates';
import { YEAR_GROUP } from '../../../src-shared/domain/enums';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import { type Block, buildDocument, heading, labelled, note, paragraphs, table } from './blocks';

const STAGES = [
  ['plan', 'Plan'],
  ['act', 'Act'],
  ['observe', 'Observe'],
  ['reflect', 'Reflect'],
] as const;

/** A participant's inquiry: the question, each plan–act–observe–reflect cycle, the children, the reading. */
export function actionResearchDocument(
  snapshot: WorkGroupSnapshot,
  participantId: string,
  options: { showSchool: boolean; producedOn: string },
) {
  const index = indexSnapshot(snapshot);
  const participant = index.participant(participantId);
  if (!participant) throw new Error(`Participant ${participantId} is not in this Work Group.`);
  const { workGroup } = snapshot;
  const cycles = snapshot.actionResearchCycles
    .filter((c) => c.participantId === participant.id)
    .sort((a, b) => a.number - b.number);
  const children = snapshot.focusChildren.filter((c) => c.participantId === participant.id);
  const readingIds = new Set(
    snapshot.journalEntries.filter((j) => j.participantId === participant.id).flatMap((j) => j.readingIds),
  );
  for (const meeting of snapshot.meetings) {
    if (meeting.attendeeIds.includes(participant.id)) meeting.readingIds.forEach((id) => readingIds.add(id));
  }
  const readings = snapshot.readings
    .filter((r) => readingIds.has(r.id))
    .sort((a, b) => a.citation.localeCompare(b.citation));
  const author = options.showSchool
    ? `${participant.name}, ${index.schoolName(participant.schoolId)}`
    : 'A participant';

  const body: Block[] = [
    heading('Research question'),
    ...(participant.researchQuestion
      ? paragraphs(participant.researchQuestion)
      : [note('The research question has not been recorded yet.')]),
    ...(workGroup.umbrellaQuestion ? [labelled('The Work Group’s umbrella question', workGroup.umbrellaQuestion)] : []),
    heading('Focus children'),
    ...(children.length === 0
      ? [note('No focus children are recorded for this participant.')]
      : [
          table(
            ['Code', 'Year group', 'Desired change'],
            children.map((c) => [c.code, YEAR_GROUP.labels[c.yearGroup], c.desiredChange]),
            [1, 1, 4],
          ),
        ]),
    heading('Cycles of inquiry'),
    ...(cycles.length === 0 ? [note('No action-research cycle has been recorded yet.')] : []),
    ...cycles.flatMap((c) => [
      heading(
        `Cycle ${c.number}${c.startDate ? `: ${formatDateGB(c.startDate)}${c.endDate ? ` to ${formatDateGB(c.endDate)}` : ''}` : ''}`,
        2,
      ),
      ...(c.focusChildIds.length > 0
        ? [
            labelled(
              'Focus children',
              c.focusChildIds
                .map((id) => index.child(id)?.code ?? '')
                .filter(Boolean)
                .join(', '),
            ),
          ]
        : []),
      ...STAGES.flatMap(([key, label]) => [
        heading(label, 3),
        ...(c[key] ? paragraphs(c[key]) : [note('Not recorded.')]),
      ]),
    ]),
    heading('References'),
    ...(readings.length === 0
      ? [note('No readings are linked to this participant’s journal or meetings.')]
      : readings.flatMap((r) => paragraphs(`${r.citation}${r.link ? ` ${r.link}` : ''}`))),
  ];

  return buildDocument({
    title: 'Action research write-up',
    subtitle: participant.researchQuestion || workGroup.name,
    details: [
      author,
      `${workGroup.name} · ${workGroup.academicYear}`,
      `Produced on ${formatDateGB(options.producedOn)}`,
    ],
    body,
  });
}
