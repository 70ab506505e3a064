import type { ReactNode } from 'react';

// After a move to another screen, keyboard and screen-reader users start at its heading. A screen
// may show its heading only once its data has come, so the heading takes the focus as it renders,
// or at once if it is already there (another tab of the same Work Group); the main region holds the
// focus in between.

let shown: HTMLHeadingElement | null = null;
let waiting = false;

/** Called by the app when the route has moved to another screen. */
export function focusScreenHeading(): void {
  waiting = !shown;
  (shown ?? document.getElementById('main'))?.focus();
}

function headingRendered(heading: HTMLHeadingElement | null): void {
  shown = heading;
  if (!heading || !waiting) return;
  waiting = false;
  // Unless the user has moved on from the main region while the screen was loading.
  const focused = document.activeElement;
  if (!focused || focused === document.body || focused.id === 'main') heading.focus();
}

/** A screen's title (its only h1). */
export function ScreenHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h1 id={id} ref={headingRendered} tabIndex={-1}>
      {children}
    </h1>
  );
}
