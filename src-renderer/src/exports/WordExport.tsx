import { useId, useState } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import type { Input } from '../../../src-shared/api/contract';
import { api } from '../api';
import { base64ToBlob, downloadBlob } from '../download';
import { FindingsDialog, type Finding, type Replacement } from './FindingsDialog';

export type DocumentRequest = Input<'export.document'>['document'];

/** Where the file went, in words that hold for both the browser (Downloads) and the desktop app (its save dialog). */
export const savedMessage = (fileName: string) =>
  `Exported “${fileName}”. Look for it where your downloads are saved (usually the Downloads folder).`;

const messageOf = (error: unknown) =>
  error instanceof ApiFailure
    ? error.message
    : 'The document could not be made. Try again; if it keeps failing, restart Work Group Evaluator.';

interface WordExportProps {
  document: DocumentRequest;
  /** "Case study (Word)" */
  label: string;
  /** "this case study", for the findings dialog. */
  what: string;
  /** Offer "Show the school and teachers' names" (off to begin with). */
  schoolOption?: boolean;
  /** The same choice made once for a whole list (the participants' write-ups), instead of a checkbox here. */
  showSchool?: boolean;
  /** What a screen reader hears when the label alone is not enough: "… for Asha Patel". */
  ariaLabel?: string;
  primary?: boolean;
}

/**
 * A button that makes one Word document: it checks the text for personal details first, lets the
 * Lead decide about anything found, then hands the file to the browser to save.
 */
export function WordExport(props: WordExportProps) {
  const { document, label, what, schoolOption = false, ariaLabel, primary = false } = props;
  const id = useId();
  const [ownShowSchool, setShowSchool] = useState(false);
  const showSchool = props.showSchool ?? ownShowSchool;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>();
  const [findings, setFindings] = useState<Finding[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const produce = async (options: { replacements?: Replacement[]; allowFlagged?: boolean }) => {
    setBusy(true);
    setProblem(undefined);
    setStatus({ text: 'Making the document…' });
    try {
      const file = await api.call('export.document', { document, showSchool, ...options });
      downloadBlob(base64ToBlob(file.dataBase64, file.mimeType), file.fileName);
      setFindings(undefined);
      setStatus({ text: savedMessage(file.fileName) });
    } catch (error) {
      if (findings) {
        setProblem(
          `${messageOf(error)} Add a replacement for what is still found, or choose “Export anyway” if you have checked it.`,
        );
        setStatus(undefined);
      } else setStatus({ text: messageOf(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    setBusy(true);
    setStatus({ text: 'Checking the text for names and other personal details…' });
    try {
      const check = await api.call('export.check', { document, showSchool });
      if (check.findings.length > 0) {
        setFindings(check.findings);
        setStatus({ text: 'The check found something to look at before exporting.' });
        setBusy(false);
        return;
      }
      setBusy(false);
      await produce({});
    } catch (error) {
      setStatus({ text: messageOf(error), error: true });
      setBusy(false);
    }
  };

  return (
    <div className="word-export">
      <div className="word-export-controls">
        <button
          type="button"
          className={primary ? 'primary' : undefined}
          onClick={start}
          disabled={busy}
          aria-label={ariaLabel}
        >
          {label}
        </button>
        {schoolOption && props.showSchool === undefined && (
          <label className="checkbox" htmlFor={`${id}-school`}>
            <input
              id={`${id}-school`}
              type="checkbox"
              checked={showSchool}
              onChange={(event) => setShowSchool(event.target.checked)}
            />
            Show the school and teachers’ names
          </label>
        )}
      </div>
      {status && (
        <p className={status.error ? 'form-error' : 'export-status'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {findings && (
        <FindingsDialog
          what={what}
          findings={findings}
          busy={busy}
          problem={problem}
          onReplace={(replacements) => produce({ replacements })}
          onExportAnyway={() => produce({ allowFlagged: true })}
          onCancel={() => {
            setFindings(undefined);
            setProblem(undefined);
            setStatus({ text: 'Export cancelled. Nothing was saved.' });
          }}
        />
      )}
    </div>
  );
}
