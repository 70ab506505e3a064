// Finding a coded passage's words again after its record has been edited: where they were if they
// are still there, else the same words nearest where they were, else the closest wording near there
// (a word or two changed). When nothing is close enough the passage is left for the Lead to review;
// it is never dropped.

export interface Anchor {
  startOffset: number;
  endOffset: number;
  words: string;
}

/** How alike (0–1) the words found must be to the words coded, word for word, to count as the same passage. */
export const SAME_PASSAGE = 0.75;
/** Passages longer than this many words are only found again word for word. */
const MAX_FUZZY_WORDS = 200;

const nearest = (candidates: number[], to: number) =>
  candidates.reduce((best, c) => (Math.abs(c - to) < Math.abs(best - to) ? c : best));

/** Every place the words occur in the text. */
function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push(at);
  return found;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const tokens = (text: string, from = 0): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));

/** Edit distance between two lists of words (words inserted, removed or changed). */
function wordDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The run of words near the old place most like the coded words, if any is alike enough. */
function closestWording(text: string, anchor: Anchor): { start: number; end: number } | undefined {
  const wanted = tokens(anchor.words).map((t) => t.word);
  if (wanted.length === 0 || wanted.length > MAX_FUZZY_WORDS) return undefined;
  const all = tokens(text);
  const slack = Math.max(2, Math.ceil(wanted.length * (1 - SAME_PASSAGE)));
  let best: { start: number; end: number; score: number } | undefined;
  for (let i = 0; i < all.length; i++) {
    for (let n = Math.max(1, wanted.length - slack); n <= wanted.length + slack && i + n <= all.length; n++) {
      const run = all.slice(i, i + n);
      const score =
        1 -
        wordDistance(
          run.map((t) => t.word),
          wanted,
        ) /
          Math.max(n, wanted.length);
      if (score < SAME_PASSAGE) continue;
      const start = run[0]!.start;
      const end = run[n - 1]!.end;
      const better =
        !best ||
        score > best.score ||
        (score === best.score && Math.abs(start - anchor.startOffset) < Math.abs(best.start - anchor.startOffset));
      if (better) best = { start, end, score };
    }
  }
  return best && { start: best.start, end: best.end };
}

/** Where the passage's words are in the text now, or undefined when they have gone. */
export function reanchor(text: string, anchor: Anchor): Anchor | undefined {
  if (text.slice(anchor.startOffset, anchor.endOffset) === anchor.words) return anchor;
  const exact = occurrences(text, anchor.words);
  if (exact.length > 0) {
    const start = nearest(exact, anchor.startOffset);
    return { startOffset: start, endOffset: start + anchor.words.length, words: anchor.words };
  }
  const close = closestWording(text, anchor);
  return close && { startOffset: close.start, endOffset: close.end, words: text.slice(close.start, close.end) };
}
