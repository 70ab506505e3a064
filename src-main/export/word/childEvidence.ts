import { TERMS, termOf, TERM_LABELS, type Term } from '../../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import { CHANGE_JUDGEMENT, EVIDENCE_STRENGTH, type EvidenceStrength } from '../../../src-shared/domain/enums';
import { scaleRange } from '../../../src-shared/domain/measureScale';
import type {
  ActionResearchCycleRecord,
  FocusChildRecord,
  JournalEntryRecord,
  ObservationRecord,
  WorkGroupSnapshot,
} from '../../../src-shared/evaluation/snapshot';
import { count, listNames, monthName } from '../../../src-shared/evaluation/text';
import { type Block, note, picture, table } from './blocks';

// What the case study and the action-research write-up both say about a focus child: the child's
// own records, measures read from start to end on their own scale, the child's words (each quoted
// once in a document), and first drafts of findings in plain, hedged words.

export const dated = (date: string) => `${formatDateGB(date)} (${TERM_LABELS[termOf(date)]})`;
const monthOf = (date: string) => `${monthName(date)} ${date.slice(0, 4)}`;
export type WorkImage = { data: Buffer; type: 'png' | 'jpg'; width: number; height: number };

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

export interface ChildRecords {
  child: FocusChildRecord;
  /** Dated observations of the child, oldest first. */
  observations: ObservationRecord[];
  /** Journal entries linked to the child, oldest first. */
  journal: JournalEntryRecord[];
  /** Action-research cycles that follow the child (often with the rest of the class), in order. */
  cycles: ActionResearchCycleRecord[];
}

export function childRecords(snapshot: WorkGroupSnapshot, child: FocusChildRecord): ChildRecords {
  return {
    child,
    observations: snapshot.observations.filter((o) => o.focusChildId === child.id).sort(byDate),
    journal: snapshot.journalEntries.filter((j) => j.focusChildIds.includes(child.id)).sort(byDate),
    cycles: snapshot.actionResearchCycles
      .filter((c) => c.focusChildIds.includes(child.id))
      .sort((a, b) => a.number - b.number),
  };
}

/** A cycle is about this child in particular when its words name the child or it follows no other child. */
export function namesChild(cycle: ActionResearchCycleRecord, child: FocusChildRecord): boolean {
  const words = [cycle.plan, cycle.act, cycle.observe, cycle.reflect].join(' ').toUpperCase();
  const code = new RegExp(`(^|[^A-Z0-9-])${child.code}($|[^A-Z0-9-])`); // a code is letters, digits and hyphens
  return code.test(words) || (cycle.focusChildIds.length === 1 && cycle.focusChildIds[0] === child.id);
}

/** "considerable change", from the five-point judgement's label. */
export const changeWords = (judgement: number) =>
  (CHANGE_JUDGEMENT.labels[String(judgement) as keyof typeof CHANGE_JUDGEMENT.labels] ?? '')
    .split(' – ')[1]!
    .toLowerCase();

export const judgementLabel = (judgement: number) =>
  CHANGE_JUDGEMENT.labels[String(judgement) as keyof typeof CHANGE_JUDGEMENT.labels];

/** One check's measures of a child, read from the first to the last. */
export interface MeasureSpan {
  /** What the teacher called the check ("Times-tables check"), from the first measure's note. */
  name: string;
  scale: string;
  first: ObservationRecord;
  last: ObservationRecord;
  count: number;
}

/** The name a teacher gives a measure at the start of its note: "Reasoning rubric (teacher-assessed), autumn…". */
const measureName = (text: string) => {
  const first = text.split(/[,:;.]/)[0]!.trim();
  return first && first.split(/\s+/).length <= 8 ? lowerFirst(first) : 'measure';
};

/** The child's measures, one span per scale (a score out of 20 is never set beside a reading age). */
export function measureSpans(observations: ObservationRecord[]): MeasureSpan[] {
  const measures = observations.filter((o) => o.kind === 'measure' && o.measureValue !== undefined);
  const scales = [...new Set(measures.map((m) => m.measureScale))];
  return scales.map((scale) => {
    const own = measures.filter((m) => m.measureScale === scale).sort(byDate);
    return { name: measureName(own[0]!.text), scale, first: own[0]!, last: own.at(-1)!, count: own.length };
  });
}

/** The span in words, on its full scale and hedged: two points are a start and an end, not a trend. */
export function spanSentence(span: MeasureSpan, code: string): string {
  const { first, last } = span;
  const from = first.measureValue!;
  const to = last.measureValue!;
  const scored = /^(out of|on a|\/)/i.test(span.scale) ? `scored ${span.scale}` : `on the scale ${span.scale}`;
  const check = `On the ${span.name}, ${scored}`;
  if (span.count === 1)
    return `${check}, ${code} scored ${from} in ${monthOf(first.date)}: one measure, so it cannot show change yet.`;
  const move =
    to > from ? `rose from ${from} to ${to}` : to < from ? `fell from ${from} to ${to}` : `stayed at ${from}`;
  const range = scaleRange(span.scale);
  const small = range && to !== from && Math.abs(to - from) <= 0.1 * (range.max - range.min);
  const basis = span.count === 2 ? 'two measures, a start and an end rather than a trend' : `${span.count} measures`;
  return `${check}, ${code}’s score ${move} between ${monthOf(first.date)} and ${monthOf(last.date)} (${basis})${small ? ': a small difference on this scale' : ''}.`;
}

/** A pupil-voice record split into how it was heard ("Asked how they got the answer") and the words themselves. */
export function pupilVoice(text: string): { context: string; words: string } {
  const quoted = /^([\s\S]*?)[“"]([^”"]+)[”"]\s*$/.exec(text.trim());
  if (quoted) return { context: lowerFirst(quoted[1]!.trim().replace(/[:,–-]\s*$/, '')), words: quoted[2]!.trim() };
  return { context: '', words: text.trim() };
}

const QUOTATION = /[“"]([^”"]+)[”"]/g;
const quoteKey = (words: string) =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** Short phrases in quotation marks ("not for me") are ordinary writing, not a pupil's words on record. */
const isQuotation = (words: string) => quoteKey(words).split(' ').length >= 4;

/**
 * Keeps each pupil's words to one place in a document: quotation blocks claim their words, and
 * where the same words turn up in another text (a journal entry retelling what was said) they are
 * replaced by a pointer to where they are quoted.
 */
export class QuoteLedger {
  private readonly placed = new Map<string, { where: string; shown: boolean }>();

  /** Words a quotation block further on will show: earlier mentions point to it. */
  reserve(words: string, where: string): void {
    const key = quoteKey(words);
    if (!this.placed.has(key)) this.placed.set(key, { where, shown: false });
  }

  /** Whether a quotation block may show these words (they are not shown anywhere else yet). */
  claim(words: string): boolean {
    const key = quoteKey(words);
    const place = this.placed.get(key);
    if (place?.shown) return false;
    this.placed.set(key, { where: 'above', shown: true });
    return true;
  }

  /** The text with words quoted elsewhere in the document replaced by a pointer; its own quotations claimed. */
  once(text: string): string {
    return text.replace(QUOTATION, (whole, words: string) => {
      if (!isQuotation(words)) return whole;
      const key = quoteKey(words);
      const place = this.placed.get(key);
      // The pointer keeps the sentence's own full stop, which sat inside the quotation marks.
      if (place) return `“…” (quoted ${place.where})${/[.!?]$/.test(words.trim()) ? '.' : ''}`;
      this.placed.set(key, { where: 'above', shown: true });
      return whole;
    });
  }
}

/** Whether two texts say the same words, whatever their spacing, case and punctuation. */
export const sameWords = (a: string, b: string) => a.trim() !== '' && quoteKey(a) === quoteKey(b);

/** Texts said once: a reflection written word for word for two cycles is shown once, under both. */
export function distinctTexts<T>(items: T[], text: (item: T) => string): { text: string; items: T[] }[] {
  const groups = new Map<string, { text: string; items: T[] }>();
  for (const item of items) {
    const words = text(item).trim();
    if (!words) continue;
    const key = quoteKey(words);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { text: words, items: [item] });
  }
  return [...groups.values()];
}

/** Dudley's question after a research lesson, asked of the year: was the change enough? */
export function wasItEnough(judgement: number, spans: MeasureSpan[]): string {
  const rose = spans.some((s) => s.count > 1 && s.last.measureValue! > s.first.measureValue!);
  const measured = spans.some((s) => s.count > 1);
  const measures = !measured
    ? ''
    : rose
      ? ' The measures point the same way.'
      : ' The measures do not show it, so the judgement rests on what was seen and heard.';
  if (judgement >= 4)
    return `Largely, it seems: the change hoped for is mostly seen by the end of the year.${measures} One teacher’s judgement of one child cannot show what caused the change.`;
  if (judgement === 3)
    return `Partly: some of the change hoped for is seen, and the rest is worth following next year.${measures}`;
  return `Not yet: little of the change hoped for is seen so far; it is worth following next year, perhaps with a different approach.${measures}`;
}

const termsOf = (dates: string[]): Term[] => TERMS.filter((term) => dates.some((d) => termOf(d) === term));

/** Three or four first-draft findings about one child, from their own records, for the teacher to edit. */
export function childFindings(records: ChildRecords): string[] {
  const { child, observations, journal } = records;
  const code = child.code;
  const spans = measureSpans(observations);
  const voices = observations.filter((o) => o.kind === 'pupil_voice').length;
  const terms = termsOf(observations.map((o) => o.date));
  const judged = child.changeJudgement
    ? `${code}’s teacher judged that there was ${changeWords(child.changeJudgement)} (${child.changeJudgement} of 5) towards what was hoped for at the start.`
    : 'There is no end-of-year judgement of change yet, so these findings rest on the evidence so far.';
  const measured =
    spans.length > 0
      ? spans.slice(0, 2).map((span) => spanSentence(span, code))
      : [
          `No measure of ${code} is recorded, so any change rests on what was observed, what they said and their teacher’s judgement.`,
        ];
  const sources = [
    count(observations.length, 'observation'),
    ...(journal.length > 0 ? [count(journal.length, 'journal entry', 'journal entries')] : []),
    ...(voices > 0 ? [`${count(voices, 'record')} of ${code}’s own words`] : []),
  ];
  const basis =
    observations.length === 0
      ? `No observation of ${code} is recorded yet, so there is no evidence of change over time.`
      : `The evidence is ${listNames(sources)}, from the ${listNames(terms.map((t) => lowerFirst(TERM_LABELS[t])))} ${terms.length === 1 ? 'term only, so change over the year cannot be seen yet' : 'terms'}.`;
  return [judged, ...measured, basis];
}

export const DRAFT_NOTE =
  'Draft: written by Work Group Evaluator from the records below. Check each point against what you know and put it in your own words before this goes out.';

/** The pictures of a child's work, oldest first, each with the teacher's words as its caption. */
export function workPictures(observations: ObservationRecord[], images: Map<string, WorkImage>, code: string): Block[] {
  const pictured = observations.filter((o) => o.attachmentId && images.has(o.attachmentId));
  return pictured.flatMap((o, i) => {
    const image = images.get(o.attachmentId!)!;
    const when = pictured.length < 2 ? 'Work' : i === 0 ? 'Before' : i === pictured.length - 1 ? 'After' : 'During';
    const caption = `${when}, ${formatDateGB(o.date)}: ${o.text}`;
    return [picture(image.data, image.type, image, `${code}’s work. ${caption}`), note(caption)];
  });
}

/** The records a document draws on, by date, each with how strong its teacher judged it as evidence. */
export function recordTrail(
  entries: { date: string; record: string; strength?: EvidenceStrength | undefined }[],
): Block[] {
  if (entries.length === 0) return [note('No records are linked yet.')];
  const rows = [...entries]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => [
      e.date ? formatDateGB(e.date) : 'Undated',
      e.record,
      e.strength ? EVIDENCE_STRENGTH.labels[e.strength] : 'Not given',
    ]);
  return [table(['Date', 'Record', 'Strength'], rows, [1.2, 3, 1.2])];
}
