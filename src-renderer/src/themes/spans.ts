/** Where a coded passage sits in a text: from start up to (not including) end, in characters. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A stretch of text and the passages that cover all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * The text cut where any passage starts or ends, so that passages that overlap can be drawn one
 * over another: each stretch knows every passage covering it.
 */
export function segmentsOf(length: number, spans: readonly Span[]): Segment[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({ start, end, ids: inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return segments;
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}'’-]/u.test(character);

/**
 * What a Lead meant to select: a drag that starts or stops part-way through a word takes the whole
 * word, and spaces at either end are left out. Nothing but spaces is no selection at all.
 */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from === to) return undefined;
  while (from > 0 && isWordCharacter(text[from - 1]) && isWordCharacter(text[from])) from--;
  while (to < text.length && isWordCharacter(text[to]) && isWordCharacter(text[to - 1])) to++;
  return { start: from, end: to };
}

/** Where a phrase (a search hit's words) first sits in a text, whatever its case and spacing; or undefined. */
export function findPhrase(text: string, phrase: string): { start: number; end: number } | undefined {
  const words = phrase.match(/[\p{L}\p{N}'’-]+/gu);
  if (!words) return undefined;
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
  const match = new RegExp(pattern, 'iu').exec(text);
  return match ? wholeWords(text, match.index, match.index + match[0].length) : undefined;
}
