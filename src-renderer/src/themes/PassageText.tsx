import { useEffect, useRef, type CSSProperties } from 'react';
import { segmentsOf, wholeWords, type Span } from './spans';

/** The words chosen, drawn among the passages as a passage of their own. */
const CHOSEN = 'chosen';

export interface Selection {
  start: number;
  end: number;
}

interface PassageTextProps {
  /** "The entry": what a screen reader hears for the text. */
  label: string;
  text: string;
  /** The coded passages in this text: drawn highlighted, deeper where they overlap. */
  passages: readonly (Span & { needsReview: boolean })[];
  /** The passage the Lead is looking at in the list beside: drawn outlined. */
  activeId?: string | undefined;
  /** The words chosen in this text, kept shown while the Lead picks a theme. */
  selection?: Selection | undefined;
  onSelect: (selection: Selection | undefined) => void;
  describedBy?: string;
}

/**
 * A long text to read and select words in, by mouse or keyboard (Shift and the arrow keys), with its
 * coded passages highlighted. The words sit in a text box that refuses every change, so selecting
 * them is the browser's own and screen readers read them as text; the highlights are drawn behind
 * it, on a copy laid out exactly alike.
 */
export function PassageText({ label, text, passages, activeId, selection, onSelect, describedBy }: PassageTextProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  // The words chosen are drawn too, so they stay marked while the focus is on the theme picker.
  const segments = segmentsOf(text.length, [...passages, ...(selection ? [{ id: CHOSEN, ...selection }] : [])]);
  const review = new Set(passages.filter((p) => p.needsReview).map((p) => p.id));

  // A selection made elsewhere (a passage chosen in the list, words found by a search) is shown in the box.
  useEffect(() => {
    const element = box.current;
    if (!element || !selection) return;
    if (element.selectionStart !== selection.start || element.selectionEnd !== selection.end) {
      element.setSelectionRange(selection.start, selection.end);
    }
  }, [selection]);

  const selected = () => {
    const element = box.current!;
    // Only the Lead's own selecting counts, not the box showing a selection made elsewhere.
    if (document.activeElement !== element) return;
    onSelect(wholeWords(text, element.selectionStart, element.selectionEnd));
  };

  return (
    <div className="passage-text">
      <div className="passage-backdrop" aria-hidden="true">
        {segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          const coded = segment.ids.filter((id) => id !== CHOSEN);
          const chosen = coded.length < segment.ids.length;
          if (segment.ids.length === 0) return <span key={segment.start}>{words}</span>;
          const classes = [
            coded.length > 0 && 'coded',
            coded.some((id) => review.has(id)) && 'coded-review',
            activeId && coded.includes(activeId) && 'coded-active',
            chosen && 'chosen',
          ];
          return (
            <mark
              key={segment.start}
              className={classes.filter(Boolean).join(' ')}
              data-passages={coded.join(' ')}
              style={{ '--depth': Math.min(coded.length, 3) } as CSSProperties}
            >
              {words}
            </mark>
          );
        })}
        {/* A text ending in a line break needs one more line to be as tall as the box. */}
        {'\u200b'}
      </div>
      {/* Not readOnly: Chromium moves no selection by keyboard in a read-only box. Typing, pasting and dropping change nothing instead. */}
      <textarea
        ref={box}
        className="passage-words"
        aria-readonly="true"
        inputMode="none"
        value={text}
        onChange={() => {}}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
        aria-label={label}
        aria-describedby={describedBy}
        spellCheck={false}
        // Drags and keys both end in a select event; a click that only places the caret selects nothing.
        onSelect={selected}
      />
    </div>
  );
}
