import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> as a modal while it is shown. The dialog is taken away rather than closed, so the
 * focus is put back where it was by hand.
 */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return dialog;
}
