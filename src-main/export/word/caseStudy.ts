import { termOf, TERM_LABELS } from '../../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { CHANGE_JUDGEMENT, OBSERVATION_KIND, YEAR_GROUP } from '../../../src-shared/domain/enums';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import type { ChartImage } from '../chartImage';
import { type Block, buildDocument, chart, heading, labelled, note, paragraphs, picture, quote, table } from './blocks';

export interface CaseStudyOptions {
  /** Whether the school (and the teacher's name) may appear; withheld by default. */
  showSchool: boolean;
  producedOn: string;
  /** Images of pupils' work by attachment id. */
  images: Map<string, { data: Buffer; type: 'png' | 'jpg'; width: number; height: number }>;
  /** The chart of the child's measures over time, when there are measures. */
  measuresChart?: { image: ChartImage; title: string; altText: string };
}

const dated = (date: string) => `${formatDateGB(date)} (${TERM_LABELS[termOf(date)]})`;

/** A focus child's year, told from the records: who they were, what was tried, what changed. */
export function caseStudyDocument(snapshot: WorkGroupSnapshot, focusChildId: string, options: CaseStudyOptions) {
  const index = indexSnapshot(snapshot);
  const child = index.child(focusChildId);
  if (!child) throw new Error(`Focus child ${focusChildId} is not in this Work Group.`);
  const participant = index.participant(child.participantId);
  const { workGroup } = snapshot;
  const observations = snapshot.observations
    .filter((o) => o.focusChildId === child.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  const journal = snapshot.journalEntries
    .filter((j) => j.focusChildIds.includes(child.id))
    .sort((a, b) => a.date.localeCompare(b.date));
  const cycles = snapshot.actionResearchCycles
    .filter((c) => c.focusChildIds.includes(child.id))
    .sort((a, b) => a.number - b.number);
  const measures = observations.filter((o) => o.kind === 'measure');
  const voices = observations.filter((o) => o.kind === 'pupil_voice');
  const school = participant && options.showSchool ? index.schoolName(participant.schoolId) : undefined;

  const body: Block[] = [
    heading('Context'),
    labelled('Focus child', child.code),
    labelled('Year group', YEAR_GROUP.labels[child.yearGroup]),
    labelled('School', school ?? 'Withheld'),
    ...(options.showSchool && participant ? [labelled('Teacher', participant.name)] : []),
    labelled('Work Group', `${workGroup.name} (${workGroup.academicYear})`),
    ...(workGroup.umbrellaQuestion ? [labelled('Umbrella research question', workGroup.umbrellaQuestion)] : []),
    ...(participant?.researchQuestion ? [labelled("Teacher's research question", participant.researchQuestion)] : []),

    heading('The child as a learner of mathematics at the start'),
    ...orNote(child.penPortraitStart, 'No pen portrait was written at the start of the year.'),
    heading('The change we hoped for'),
    ...orNote(child.desiredChange, 'The desired change was not recorded.'),

    heading('What we did'),
    ...(cycles.length === 0 && journal.length === 0
      ? [note('No action-research cycle or journal entry names this child yet.')]
      : []),
    ...cycles.flatMap((c) => [
      heading(`Action-research cycle ${c.number}${c.startDate ? `, from ${formatDateGB(c.startDate)}` : ''}`, 3),
      ...(c.plan ? [labelled('Plan', c.plan)] : []),
      ...(c.act ? [labelled('What we did', c.act)] : []),
    ]),
    ...(journal.length > 0
      ? [heading('From the teacher’s journal', 3), ...journal.flatMap((j) => [labelled(dated(j.date), j.text)])]
      : []),

    heading('Evidence over the year'),
    ...(observations.length === 0
      ? [note('No observations of this child are recorded yet.')]
      : [
          table(
            ['Date', 'Kind', 'What was observed'],
            observations.map((o) => [
              dated(o.date),
              OBSERVATION_KIND.labels[o.kind],
              o.kind === 'measure' ? `${o.text}\nValue: ${o.measureValue} (${o.measureScale})` : o.text,
            ]),
            [2, 1.3, 5],
          ),
        ]),
    ...(measures.length > 0 && options.measuresChart
      ? chart(options.measuresChart.image, options.measuresChart.title, options.measuresChart.altText)
      : []),
    ...(voices.length > 0
      ? [heading('In the child’s words', 3), ...voices.flatMap((v) => quote(v.text, dated(v.date)))]
      : []),
    ...observations
      .filter((o) => o.attachmentId && options.images.has(o.attachmentId))
      .flatMap((o) => {
        const image = options.images.get(o.attachmentId!)!;
        const alt = `Pupil's work, ${formatDateGB(o.date)}: ${o.text}`;
        return [picture(image.data, image.type, image, alt), note(alt)];
      }),

    heading('The child at the end of the year'),
    ...orNote(child.penPortraitEnd, 'No pen portrait has been written at the end of the year yet.'),
    heading('Judgement of change'),
    child.changeJudgement
      ? labelled(
          'Judgement',
          CHANGE_JUDGEMENT.labels[String(child.changeJudgement) as keyof typeof CHANGE_JUDGEMENT.labels],
        )
      : note('The end-of-year judgement of change has not been made yet.'),
    ...paragraphs(child.changeNote),

    heading('Reflections and implications for practice'),
    ...(cycles.some((c) => c.observe || c.reflect)
      ? cycles.flatMap((c) => [
          ...(c.observe ? [labelled(`Cycle ${c.number}: what we noticed`, c.observe)] : []),
          ...(c.reflect ? [labelled(`Cycle ${c.number}: what it means for our practice`, c.reflect)] : []),
        ])
      : [note('No reflection is recorded yet: add one to an action-research cycle that follows this child.')]),
  ];

  return buildDocument({
    title: `Focus child case study: ${child.code}`,
    subtitle: workGroup.name,
    details: [
      `${YEAR_GROUP.labels[child.yearGroup]} · ${workGroup.academicYear} · ${workGroup.projectName}`,
      school ? school : 'School withheld',
      `Produced on ${formatDateGB(options.producedOn)} with Work Group Evaluator`,
    ],
    body,
  });
}

function orNote(text: string, missing: string): Block[] {
  return text.trim() ? paragraphs(text) : [note(missing)];
}
