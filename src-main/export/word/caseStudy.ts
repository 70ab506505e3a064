import { formatDateGB } from '../../../src-shared/calendar/dates';
import { OBSERVATION_KIND, YEAR_GROUP } from '../../../src-shared/domain/enums';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import { listNames } from '../../../src-shared/evaluation/text';
import type { ChartImage } from '../chartImage';
import { type Block, bullets, buildDocument, chart, heading, labelled, note, paragraphs, quote, table } from './blocks';
import {
  childFindings,
  childRecords,
  dated,
  distinctTexts,
  DRAFT_NOTE,
  judgementLabel,
  measureSpans,
  namesChild,
  pupilVoice,
  QuoteLedger,
  recordTrail,
  wasItEnough,
  workPictures,
  type WorkImage,
} from './childEvidence';
import { casePupilBlocks } from './researchLessonBlocks';

export interface CaseStudyOptions {
  /** Whether the school (and the teacher's name) may appear; withheld by default. */
  showSchool: boolean;
  producedOn: string;
  /** Images of pupils' work by attachment id. */
  images: Map<string, WorkImage>;
  /** The chart of the child's measures over time, when there are measures. */
  measuresChart?: { image: ChartImage; title: string; altText: string };
  /** What the records do not hold yet, said once at the start instead of where each is missing. */
  stillToComplete?: string[];
}

/**
 * A focus child's year, told from the child's own records and in the order such case studies are
 * read: findings first, the child at the start, what was tried with them, the evidence over time,
 * the child at the end, the story of change against what was hoped for, and what the teacher learnt.
 */
export function caseStudyDocument(snapshot: WorkGroupSnapshot, focusChildId: string, options: CaseStudyOptions) {
  const index = indexSnapshot(snapshot);
  const child = index.child(focusChildId);
  if (!child) throw new Error(`Focus child ${focusChildId} is not in this Work Group.`);
  const participant = index.participant(child.participantId);
  const { workGroup } = snapshot;
  const records = childRecords(snapshot, child);
  const { observations, journal, cycles } = records;
  const code = child.code;
  const named = cycles.filter((c) => namesChild(c, child));
  const voices = observations.filter((o) => o.kind === 'pupil_voice');
  const pictured = new Set(
    observations.filter((o) => o.attachmentId && options.images.has(o.attachmentId)).map((o) => o.id),
  );
  const logged = observations.filter((o) => o.kind !== 'pupil_voice' && !pictured.has(o.id));
  const school = participant && options.showSchool ? index.schoolName(participant.schoolId) : undefined;
  const spans = measureSpans(observations);
  const ownWords = `In ${code}’s own words`;

  // The child's words belong under their own heading: a journal entry further up that retells them points there.
  const quotes = new QuoteLedger();
  for (const v of voices) quotes.reserve(pupilVoice(v.text).words, `under ‘${ownWords}’ below`);

  const body: Block[] = [
    heading('Key findings (draft)'),
    note(DRAFT_NOTE),
    ...bullets(childFindings(records)),

    heading(`${code} at the start of the year`),
    labelled('Year group', YEAR_GROUP.labels[child.yearGroup]),
    labelled('School', school ?? 'Withheld'),
    ...(options.showSchool && participant ? [labelled('Teacher', participant.name)] : []),
    labelled('Work Group', `${workGroup.name} (${workGroup.academicYear})`),
    ...section('Pen portrait', quotes.once(child.penPortraitStart), 2),
    ...section('The change hoped for', child.desiredChange, 2),

    heading(`What was tried with ${code}`),
    ...(participant?.researchQuestion
      ? [labelled('Their teacher’s research question', participant.researchQuestion)]
      : []),
    ...(workGroup.umbrellaQuestion ? [labelled('The Work Group’s question', workGroup.umbrellaQuestion)] : []),
    ...(named.length === 0 && journal.length === 0
      ? [note(`No journal entry or action-research cycle names ${code} yet.`)]
      : []),
    ...named.flatMap((c) => [
      heading(`Action-research cycle ${c.number}${c.startDate ? `, from ${formatDateGB(c.startDate)}` : ''}`, 2),
      ...(c.plan ? [labelled('Plan', quotes.once(c.plan))] : []),
      ...(c.act ? [labelled('What was done', quotes.once(c.act))] : []),
      ...(c.observe ? [labelled('What was noticed', quotes.once(c.observe))] : []),
    ]),
    ...(journal.length > 0
      ? [heading('From the teacher’s journal', 2), ...journal.map((j) => labelled(dated(j.date), quotes.once(j.text)))]
      : []),
    ...casePupilBlocks(snapshot, child.id, code, quotes),
    ...(cycles.length > named.length
      ? [
          note(
            `${code} was also one of the focus children of the teacher’s class-wide ${cycles.length - named.length === 1 ? 'cycle' : 'cycles'} of action research; what the teacher learnt from them is at the end.`,
          ),
        ]
      : []),

    heading('Evidence over time'),
    ...(observations.length === 0 ? [note(`No observations of ${code} are recorded yet.`)] : []),
    ...(logged.length > 0
      ? [
          table(
            ['Date', 'Kind', 'What was observed'],
            logged.map((o) => [
              dated(o.date),
              OBSERVATION_KIND.labels[o.kind],
              o.kind === 'measure'
                ? `${quotes.once(o.text)}\nValue: ${o.measureValue} (${o.measureScale})`
                : quotes.once(o.text),
            ]),
            [2, 1.3, 5],
          ),
        ]
      : []),
    ...(spans.length > 0 && options.measuresChart
      ? chart(options.measuresChart.image, options.measuresChart.title, options.measuresChart.altText)
      : []),
    ...(voices.length > 0
      ? [
          heading(ownWords, 2),
          ...voices.flatMap((v) => {
            const { context, words } = pupilVoice(v.text);
            return quotes.claim(words) ? quote(words, context ? `${context}, ${dated(v.date)}` : dated(v.date)) : [];
          }),
        ]
      : []),
    ...(pictured.size > 0 ? [heading(`${code}’s work`, 2), ...workPictures(observations, options.images, code)] : []),

    ...section(`${code} at the end of the year`, quotes.once(child.penPortraitEnd)),

    heading('Story of change'),
    ...(child.desiredChange.trim() ? [labelled('The change hoped for', child.desiredChange)] : []),
    ...(child.changeJudgement
      ? [
          labelled(
            'Judgement of change',
            `${judgementLabel(child.changeJudgement)}${child.changeRecordedOn ? `, judged on ${formatDateGB(child.changeRecordedOn)}` : ''}`,
          ),
        ]
      : []),
    ...paragraphs(quotes.once(child.changeNote)),
    ...(child.changeJudgement
      ? [heading('Was this enough?', 2), ...paragraphs(wasItEnough(child.changeJudgement, spans))]
      : []),

    heading('What the teacher learnt for practice'),
    ...(cycles.some((c) => c.reflect.trim())
      ? distinctTexts(cycles, (c) => c.reflect).map(({ text, items }) =>
          labelled(
            `From ${items.length === 1 ? 'cycle' : 'cycles'} ${listNames(items.map((c) => String(c.number)))}`,
            quotes.once(text),
          ),
        )
      : [note('No reflection is recorded yet: add one to an action-research cycle that follows this child.')]),

    heading('Appendix: record trail'),
    ...recordTrail([
      ...observations.map((o) => ({ date: o.date, record: OBSERVATION_KIND.labels[o.kind], strength: o.strength })),
      ...journal.map((j) => ({ date: j.date, record: 'Journal entry', strength: j.strength })),
      ...cycles.map((c) => ({
        date: c.startDate ?? '',
        record: `Action-research cycle ${c.number}${named.includes(c) ? '' : ' (class-wide)'}`,
        strength: c.strength,
      })),
    ]),
  ];

  return buildDocument({
    title: `Focus child case study: ${code}`,
    subtitle: workGroup.name,
    details: [
      `${YEAR_GROUP.labels[child.yearGroup]} · ${workGroup.academicYear} · ${workGroup.projectName}`,
      school ? school : 'School withheld',
      `Produced on ${formatDateGB(options.producedOn)} with Work Group Evaluator`,
    ],
    body,
    stillToComplete: options.stillToComplete ?? [],
  });
}

/** A heading and what was written under it; nothing while nothing is written (the "Still to complete" box says so). */
function section(title: string, text: string, level: 1 | 2 = 1): Block[] {
  return text.trim() ? [heading(title, level), ...paragraphs(text)] : [];
}
