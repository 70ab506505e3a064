import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** "Restore this backup": says exactly what will happen. */
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  problem?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more before something that replaces or removes data; Escape and Cancel leave it alone. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  busy,
  problem,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row dialog-actions">
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
