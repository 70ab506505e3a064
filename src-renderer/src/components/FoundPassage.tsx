import { useEffect, useRef, type MouseEvent } from 'react';
import { folded } from './listFilters';

/** How much of the text either side of the first word found is shown. */
const AROUND = 160;

/**
 * Where the searched-for words are in a text, as the search finds them: each word of the text that
 * starts with one of them, whatever its case or accents.
 */
export function foundSpans(text: string, find: string): { start: number; end: number }[] {
  const sought = folded(find).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (sought.length === 0) return [];
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)]
    .filter((word) => sought.some((s) => folded(word[0]).startsWith(s)))
    .map((word) => ({ start: word.index, end: word.index + word[0].length }));
}

interface FoundPassageProps {
  find: string;
  /** The record's long texts that the search reads, each with its field's label. */
  texts: { label: string; text: string }[];
}

/**
 * The passage of a record that a search found, with the words highlighted, brought into view on
 * arrival: a long text's box shows only its first lines, so the words could be far out of sight in it.
 */
export function FoundPassage({ find, texts }: FoundPassageProps) {
  const found = texts.map((t) => ({ ...t, spans: foundSpans(t.text, find) })).find((t) => t.spans.length > 0);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // After the list has brought the record's row into view (it waits a frame too): the record's
    // heading whole, and the passage under it.
    const frame = requestAnimationFrame(() => {
      ref.current?.closest('form')?.querySelector('h2')?.scrollIntoView({ block: 'nearest' });
      ref.current?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  if (!found) return null;
  const { label, text, spans } = found;
  const first = spans[0]!;
  // Whole words either side of the first found.
  const from = first.start <= AROUND ? 0 : text.lastIndexOf(' ', first.start - AROUND) + 1;
  const toSpace = text.indexOf(' ', first.end + AROUND);
  const to = toSpace < 0 ? text.length : toSpace;
  const shown = spans.filter((s) => s.start >= from && s.end <= to);
  const parts = shown.flatMap((s, i) => [
    text.slice(i === 0 ? from : shown[i - 1]!.end, s.start),
    <mark key={s.start}>{text.slice(s.start, s.end)}</mark>,
  ]);

  // Puts the cursor on the words in the field itself, scrolled to them, ready to edit.
  const showInField = (event: MouseEvent<HTMLButtonElement>) => {
    const control = [...(event.currentTarget.form?.querySelectorAll('label') ?? [])].find(
      (l) => l.textContent === label,
    )?.control;
    if (!(control instanceof HTMLTextAreaElement)) return;
    const more = control.closest('details');
    if (more) more.open = true;
    control.focus();
    control.setSelectionRange(first.start, first.end);
    // The browser leaves the box where it was: scrolled as far through it as the words are (near enough).
    control.scrollTop = (control.scrollHeight * first.start) / text.length - control.clientHeight / 2;
  };

  return (
    <section ref={ref} className="found-passage" aria-label={`Found in ${label}`}>
      <p className="found-heading">
        Found in {label}:{' '}
        <button type="button" className="link-button" onClick={showInField}>
          Show it in the field
        </button>
      </p>
      <blockquote>
        {from > 0 && '…'}
        {parts}
        {text.slice(shown.at(-1)!.end, to)}
        {to < text.length && '…'}
      </blockquote>
    </section>
  );
}
