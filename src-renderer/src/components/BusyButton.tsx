import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that does nothing while its action runs but keeps the keyboard focus: a disabled button
 * would drop the focus to the top of the page, and a dialog it opened could not give it back.
 */
export function BusyButton({ busy, onClick, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { busy: boolean }) {
  return (
    <button {...props} aria-disabled={busy || undefined} onClick={busy ? (event) => event.preventDefault() : onClick} />
  );
}
