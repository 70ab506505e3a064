import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ExportDialogProps {
  title: string;
  /** The title's id, for a part of the dialog that is labelled by it. */
  headingId?: string;
  /** Escape, like the dialog's own Cancel or Go back. */
  onCancel: () => void;
  children: ReactNode;
}

/** The modal every "before you export" question is asked in (what is still to complete, what the check found). */
export function ExportDialog({ title, headingId, onCancel, children }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ownId = `${useId()}-heading`;
  const id = headingId ?? ownId;
  useEffect(() => {
    const element = dialog.current;
    // The dialog is taken away rather than closed, so the focus is put back where it was by hand.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="findings-dialog"
      aria-labelledby={id}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}
