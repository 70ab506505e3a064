import { formatDateGB } from '../../../src-shared/calendar/dates';
import { OBSERVATION_KIND, type ObservationKind, YEAR_GROUP } from '../../../src-shared/domain/enums';
import { pairedRatings } from '../../../src-shared/evaluation/figures';
import type {
  ActionResearchCycleRecord,
  FocusChildRecord,
  ReadingRecord,
  WorkGroupSnapshot,
} from '../../../src-shared/evaluation/snapshot';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count, inWords, isAre, listNames, monthName } from '../../../src-shared/evaluation/text';
import type { ChartImage } from '../chartImage';
import { type Block, bullets, buildDocument, chart, heading, labelled, note, paragraphs, quote } from './blocks';
import {
  childRecords,
  type ChildRecords,
  dated,
  distinctTexts,
  DRAFT_NOTE,
  judgementLabel,
  measureSpans,
  pupilVoice,
  QuoteLedger,
  recordTrail,
  sameWords,
  spanSentence,
  workPictures,
  type WorkImage,
} from './childEvidence';

export interface ActionResearchOptions {
  /** Whether the participant (and their school) may be named: only with their consent. */
  showSchool: boolean;
  producedOn: string;
  /** What the records do not hold yet, said once at the start instead of where each is missing. */
  stillToComplete?: string[];
  /** Images of pupils' work by attachment id. */
  images?: Map<string, WorkImage>;
  /** Each focus child's measures chart, by the child's id, where the child has measures. */
  measuresCharts?: Map<string, { image: ChartImage; title: string; altText: string }>;
}

const KIND_NOUNS: Record<ObservationKind, [string, string]> = {
  note: ['note', 'notes'],
  pupil_voice: ['record of pupil voice', 'records of pupil voice'],
  work_sample: ['work sample', 'work samples'],
  measure: ['measure', 'measures'],
};
const none = (n: number) => (n === 0 ? 'none' : inWords(n));
const monthOf = (date: string) => `${monthName(date)} ${date.slice(0, 4)}`;
const sentences = (text: string) => text.match(/[^.!?]+[.!?]+[”"]?|[^.!?]+$/g)?.map((s) => s.trim()) ?? [];

/** How a reading is cited in the text: "Skemp (1976)", "Watson and Mason (2006)", "Education Endowment Foundation (2017)". */
export function shortCitation(citation: string): string {
  const year = /\((\d{4})/.exec(citation)?.[1];
  if (!year) return citation.split(/\s+/).slice(0, 6).join(' ');
  const lead = citation.split(/\(\d{4}/)[0]!;
  const surnames = [...lead.matchAll(/(\p{Lu}[\p{L}'’-]+),\s*(?:\p{Lu}\.\s*)+/gu)].map((m) => m[1]!);
  const who =
    surnames.length === 0
      ? lead.trim().replace(/[.,]$/, '')
      : surnames.length <= 2
        ? surnames.join(' and ')
        : `${surnames[0]} et al.`;
  return `${who} (${year})`;
}

/** The participant's words about a reading: the sentences of a journal entry that name its authors or the reading. */
function usedIn(text: string, reading: ReadingRecord): string[] {
  const names = shortCitation(reading.citation)
    .replace(/\(\d{4}\)|et al\.| and /g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return sentences(text).filter((s) => names.some((n) => s.includes(n)) || /\bread\b|\breading\b/i.test(s));
}

/** Where a cycle's evidence falls: from its start to its end, or to the next cycle's start. */
function windowOf(cycle: ActionResearchCycleRecord, next?: ActionResearchCycleRecord) {
  const from = cycle.startDate ?? '';
  const to = cycle.endDate ?? (next?.startDate ? next.startDate : '9999-12-31');
  return (date: string) => date >= from && date <= to;
}

/** A participant's inquiry, written up as the field writes one: findings, then the question, the reading, each cycle, the children's evidence, what it means. */
export function actionResearchDocument(
  snapshot: WorkGroupSnapshot,
  participantId: string,
  options: ActionResearchOptions,
) {
  const index = indexSnapshot(snapshot);
  const participant = index.participant(participantId);
  if (!participant) throw new Error(`Participant ${participantId} is not in this Work Group.`);
  const { workGroup } = snapshot;
  const images = options.images ?? new Map<string, WorkImage>();
  const cycles = snapshot.actionResearchCycles
    .filter((c) => c.participantId === participant.id)
    .sort((a, b) => a.number - b.number);
  const children = snapshot.focusChildren.filter((c) => c.participantId === participant.id);
  const childIds = new Set(children.map((c) => c.id));
  const records = children.map((child) => childRecords(snapshot, child));
  const journal = snapshot.journalEntries
    .filter((j) => j.participantId === participant.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  const observations = snapshot.observations.filter((o) => childIds.has(o.focusChildId));
  // Only what the participant's own records cite: the reference list is what the text draws on.
  const citedIds = new Set(journal.flatMap((j) => j.readingIds));
  const readings = snapshot.readings
    .filter((r) => citedIds.has(r.id))
    .sort((a, b) => a.citation.localeCompare(b.citation));
  const school = index.schoolName(participant.schoolId);
  const participation = snapshot.schoolParticipations.find((p) => p.schoolId === participant.schoolId);
  const quotes = new QuoteLedger();

  const cycleBlocks = (c: ActionResearchCycleRecord, i: number): Block[] => {
    const previous = cycles[i - 1];
    const inWindow = windowOf(c, cycles[i + 1]);
    const seen = observations.filter((o) => inWindow(o.date));
    const written = journal.filter((j) => inWindow(j.date));
    // The measures in the cycle and two of its notes or work samples, in date order.
    const notes = new Set(seen.filter((o) => o.kind === 'note' || o.kind === 'work_sample').slice(0, 2));
    const shown = seen.filter((o) => o.kind === 'measure' || notes.has(o));
    const kinds = OBSERVATION_KIND.values
      .map((kind) => ({ kind, n: seen.filter((o) => o.kind === kind).length }))
      .filter(({ n }) => n > 0)
      .map(({ kind, n }) => count(n, ...KIND_NOUNS[kind]));
    const repeated = cycles.slice(0, i).find((earlier) => sameWords(earlier.reflect, c.reflect));
    return [
      heading(
        `Cycle ${c.number}${c.startDate ? `: ${formatDateGB(c.startDate)}${c.endDate ? ` to ${formatDateGB(c.endDate)}` : ''}` : ''}`,
        2,
      ),
      ...(c.plan
        ? [
            labelled(
              previous?.reflect.trim() ? `Plan, made after reflecting on cycle ${previous.number}` : 'Plan',
              quotes.once(c.plan),
            ),
          ]
        : []),
      ...(c.act ? [labelled('Action', quotes.once(c.act))] : []),
      labelled(
        'Evidence',
        seen.length + written.length === 0
          ? 'No observation or journal entry is dated within this cycle.'
          : `${listNames([...(seen.length > 0 ? [`${count(seen.length, 'observation')} of the focus children (${listNames(kinds)})`] : []), ...(written.length > 0 ? [count(written.length, 'journal entry', 'journal entries')] : [])])} dated within the cycle.`,
      ),
      ...bullets(
        shown.map(
          (o) =>
            `${index.child(o.focusChildId)?.code}, ${formatDateGB(o.date)}: ${o.kind === 'measure' ? `${o.measureValue} (${o.measureScale}).` : quotes.once(o.text)}`,
        ),
      ),
      ...(c.observe ? [labelled('What was noticed', quotes.once(c.observe))] : []),
      ...(c.reflect.trim()
        ? [
            repeated
              ? labelled('Reflection', `The same as for cycle ${repeated.number}.`)
              : labelled('Reflection', quotes.once(c.reflect)),
          ]
        : []),
    ];
  };

  const childBlocks = (r: ChildRecords): Block[] => {
    const { child } = r;
    const spans = measureSpans(r.observations);
    const chartOf = options.measuresCharts?.get(child.id);
    const voice = [...r.observations]
      .reverse()
      .filter((o) => o.kind === 'pupil_voice')
      .map((o) => ({ o, ...pupilVoice(o.text) }))
      .find(({ words }) => quotes.claim(words));
    const pictured = r.observations.filter((o) => o.attachmentId && images.has(o.attachmentId));
    const beforeAfter = pictured.length > 2 ? [pictured[0]!, pictured.at(-1)!] : pictured;
    return [
      heading(`${child.code} (${YEAR_GROUP.labels[child.yearGroup]})`, 2),
      ...(child.penPortraitStart.trim() ? [labelled('At the start', quotes.once(child.penPortraitStart))] : []),
      ...(child.penPortraitEnd.trim() ? [labelled('At the end', quotes.once(child.penPortraitEnd))] : []),
      ...spans.flatMap((span) => paragraphs(spanSentence(span, child.code))),
      ...(chartOf ? chart(chartOf.image, chartOf.title, chartOf.altText) : []),
      ...(voice
        ? quote(voice.words, `${child.code}, ${voice.context ? `${voice.context}, ` : ''}${dated(voice.o.date)}`)
        : []),
      ...workPictures(beforeAfter, images, child.code),
      ...(child.changeJudgement ? [labelled('Judgement of change', judgementLabel(child.changeJudgement))] : []),
      ...paragraphs(quotes.once(child.changeNote)),
    ];
  };

  const body: Block[] = [
    heading('Key findings (draft)'),
    note(DRAFT_NOTE),
    ...bullets(inquiryFindings(participant, cycles, records, readings)),

    heading('Context and question'),
    heading('Context and rationale', 2),
    ...paragraphs(
      `${options.showSchool ? `${participant.name}${participant.role ? `, ${participant.role},` : ''} at ${school}` : `This participant${participant.role ? ` (${participant.role})` : ''}`} took part in ${workGroup.name}, a Work Group of the ${workGroup.projectName} project, in ${workGroup.academicYear}.`,
    ),
    ...(workGroup.umbrellaQuestion ? [labelled('The Work Group’s umbrella question', workGroup.umbrellaQuestion)] : []),
    ...(children.length === 0
      ? [note('No focus children are recorded for this participant.')]
      : [
          ...paragraphs(
            `The inquiry followed ${count(children.length, 'focus child', 'focus children')}, each chosen at the start of the year for a change the teacher hoped to see:`,
          ),
          ...bullets(
            children.map((c) => `${c.code} (${YEAR_GROUP.labels[c.yearGroup]}): ${c.desiredChange || 'not recorded'}`),
          ),
        ]),
    ...(participant.researchQuestion
      ? [heading('Research question', 2), ...paragraphs(participant.researchQuestion)]
      : []),

    heading('What the readings said'),
    ...(readings.length === 0
      ? [note('No reading is cited in this participant’s journal yet.')]
      : readings.flatMap((reading) => {
          const uses = journal
            .filter((j) => j.readingIds.includes(reading.id))
            .map((j) => ({ date: j.date, words: usedIn(j.text, reading).join(' ') }));
          const when = (list: { date: string }[]) =>
            listNames(
              list.map((u) => formatDateGB(u.date)),
              6,
            );
          const unsaid = uses.filter((u) => !u.words);
          return [
            labelled(shortCitation(reading.citation), reading.summary || 'No summary of this reading is recorded.'),
            // A sentence the journal says again on other days is given once, with each day it was written.
            ...bullets([
              ...distinctTexts(uses, (u) => u.words).map(
                ({ text, items }) => `In the journal, ${when(items)}: ${quotes.once(text)}`,
              ),
              ...(unsaid.length > 0 ? [`Cited in the journal, ${when(unsaid)}.`] : []),
            ]),
          ];
        })),

    heading('Cycles of inquiry'),
    ...(cycles.length === 0 ? [note('No action-research cycle has been recorded yet.')] : []),
    ...cycles.flatMap(cycleBlocks),

    heading('Evidence from the focus children'),
    ...(records.length === 0 ? [note('No focus children are recorded for this participant.')] : []),
    ...records.flatMap(childBlocks),

    heading('Implications and sharing'),
    heading('Implications for practice', 2),
    note('Draft, like the key findings: put it in your own words.'),
    ...implications(children),
    heading('How it will be shared', 2),
    ...sharing(journal, participation?.continuationPlan ?? '', quotes),

    heading('References'),
    ...(readings.length === 0
      ? [note('No reading is cited in this participant’s journal yet.')]
      : readings.flatMap((r) => paragraphs(`${r.citation}${r.link ? ` ${r.link}` : ''}`))),

    heading('Appendix: record trail'),
    ...recordTrail([
      ...cycles.map((c) => ({
        date: c.startDate ?? '',
        record: `Action-research cycle ${c.number}`,
        strength: c.strength,
      })),
      ...journal.map((j) => ({ date: j.date, record: 'Journal entry', strength: j.strength })),
      ...observations.map((o) => ({
        date: o.date,
        record: `${OBSERVATION_KIND.labels[o.kind]} (${index.child(o.focusChildId)?.code})`,
        strength: o.strength,
      })),
    ]),
  ];

  return buildDocument({
    title: 'Action research write-up',
    subtitle: participant.researchQuestion || workGroup.name,
    details: [
      options.showSchool ? `${participant.name}, ${school}` : 'A participant',
      `${workGroup.name} · ${workGroup.academicYear}`,
      `Produced on ${formatDateGB(options.producedOn)}`,
    ],
    body,
    stillToComplete: options.stillToComplete ?? [],
  });
}

/** Three to five first-draft findings across the participant's children, cycles, reading and confidence. */
function inquiryFindings(
  participant: { startRatings: Record<string, number>; endRatings: Record<string, number> },
  cycles: ActionResearchCycleRecord[],
  records: ChildRecords[],
  readings: ReadingRecord[],
): string[] {
  const judged = records.filter((r) => r.child.changeJudgement);
  const changed = judged.filter((r) => r.child.changeJudgement! >= 3);
  const children = judged.length
    ? `In the teacher’s end-of-year judgement, ${none(changed.length)} of the ${inWords(judged.length)} focus ${judged.length === 1 ? 'child' : 'children'} judged changed at least somewhat (3 or more of 5): ${listNames(judged.map((r) => `${r.child.code} (${r.child.changeJudgement} of 5)`))}.`
    : 'None of the focus children has an end-of-year judgement of change yet, so what changed for them cannot be read.';
  const spans = records.flatMap((r) => measureSpans(r.observations).filter((s) => s.count > 1));
  const rose = spans.filter((s) => s.last.measureValue! > s.first.measureValue!).length;
  const fell = spans.filter((s) => s.last.measureValue! < s.first.measureValue!).length;
  const measured = spans.length
    ? `Of the ${inWords(spans.length)} ${spans.length === 1 ? 'score' : 'scores'} measured at the start and again later on the same scale, ${none(rose)} rose, ${none(spans.length - rose - fell)} stayed the same and ${none(fell)} fell: with so few children this says what happened for them, not what would happen in another class.`
    : 'No focus child was measured twice on the same scale, so the change rests on observation, pupils’ words and the teacher’s judgement.';
  const dates = cycles.flatMap((c) => [c.startDate, c.endDate].filter((d): d is string => Boolean(d))).sort();
  const reflected = cycles.filter((c) => c.reflect.trim()).length;
  const inquiry = cycles.length
    ? `The inquiry ran as ${count(cycles.length, 'cycle')} of plan, action, evidence and reflection${dates.length ? ` from ${monthOf(dates[0]!)} to ${monthOf(dates.at(-1)!)}` : ''}; ${reflected === cycles.length ? (cycles.length === 1 ? 'it is reflected on' : 'each is reflected on') : `${inWords(reflected)} of them ${isAre(reflected)} reflected on so far`}.`
    : 'No action-research cycle is recorded yet.';
  const read = readings.length
    ? `The journal draws on ${listNames(readings.map((r) => shortCitation(r.citation)))}.`
    : 'No reading is cited in the journal, so how research informed the work is not yet shown.';
  const ratings = pairedRatings([participant]);
  const confidence =
    ratings.startMean !== null && ratings.endMean !== null
      ? [
          `The participant’s own confidence rating ${ratings.endMean > ratings.startMean ? 'rose' : ratings.endMean < ratings.startMean ? 'fell' : 'stayed'} from ${ratings.startMean.toFixed(1)} to ${ratings.endMean.toFixed(1)} on a five-point scale (the mean of their start and end self-ratings).`,
        ]
      : [];
  return [children, measured, inquiry, read, ...confidence].slice(0, 5);
}

/** What the children's change suggests for practice, in a first draft grouped by how much changed. */
function implications(children: FocusChildRecord[]): Block[] {
  const codes = (test: (j: number) => boolean) =>
    children.filter((c) => c.changeJudgement && test(c.changeJudgement)).map((c) => c.code);
  const most = codes((j) => j >= 4);
  const some = codes((j) => j === 3);
  const least = codes((j) => j <= 2);
  const lines = [
    ...(most.length
      ? [
          `For ${listNames(most)}, the change hoped for seems largely made: what was tried with them is worth keeping and sharing with colleagues.`,
        ]
      : []),
    ...(some.length
      ? [
          `For ${listNames(some)}, part of the change hoped for is seen: worth continuing, and watching closely next year.`,
        ]
      : []),
    ...(least.length
      ? [
          `For ${listNames(least)}, little change is seen yet: worth looking again at what was tried with them, and following them next year.`,
        ]
      : []),
  ];
  return lines.length
    ? bullets(lines)
    : [note('Judge each focus child’s change against their pen portraits before drawing implications.')];
}

/** How the work travels: what the journal says was shared, and the school's plan for next year. */
function sharing(journal: { date: string; text: string }[], continuationPlan: string, quotes: QuoteLedger): Block[] {
  const shared = journal
    .flatMap((j) =>
      sentences(j.text)
        .filter((s) => /\bshar(e|ed|ing)\b/i.test(s))
        .map((s) => ({ date: j.date, s })),
    )
    .filter((item, i, all) => all.findIndex((other) => other.s === item.s) === i)
    .slice(0, 3);
  if (shared.length === 0 && !continuationPlan.trim())
    return [
      note(
        'How this work will be shared is not recorded yet: add it to a journal entry or to the school’s plan for next year.',
      ),
    ];
  return [
    ...bullets(shared.map(({ date, s }) => `${formatDateGB(date)}, in the journal: ${quotes.once(s)}`)),
    ...(continuationPlan.trim() ? [labelled('The school’s plan for next year', continuationPlan)] : []),
  ];
}
