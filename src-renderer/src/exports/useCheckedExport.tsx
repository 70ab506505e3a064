import { useRef, useState } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import { failureMessage } from '../api';
import { base64ToBlob, downloadBlob } from '../download';
import { FindingsDialog, type Finding, type Replacement } from './FindingsDialog';
import { MissingDialog, type MissingItem } from './MissingDialog';

/** Where the file went, in words that hold for both the browser (Downloads) and the desktop app (its save dialog). */
export const savedMessage = (fileName: string) =>
  `Exported “${fileName}”. Look for it where your downloads are saved (usually the Downloads folder).`;

export interface ProduceOptions {
  replacements?: Replacement[];
  allowFlagged?: boolean;
}

interface CheckedAction {
  /** "this case study", for the findings dialog. */
  what: string;
  /** "Making the document…" */
  making: string;
  /** The personal-data check on what is about to leave the app, and (for documents) what it is still missing. */
  check: () => Promise<{ findings: Finding[]; missing?: MissingItem[] }>;
  /** Offer "Replace in this export only" (documents); bundles carry their records as they are. */
  replaceable: boolean;
  /** What a failure says; by default only the API's own messages are shown as they are. */
  failure?: (error: unknown) => string;
}

/** Makes what leaves the app, as the Lead decided after the check, and says where it went. */
export type Deliver = (options: ProduceOptions) => Promise<string>;

interface CheckedExport extends Omit<CheckedAction, 'failure'> {
  /** Makes the file, as the Lead decided after the check. */
  produce: (options: ProduceOptions) => Promise<{ fileName: string; dataBase64: string; mimeType?: string }>;
}

/**
 * One thing that leaves the app (a file, a picture): the text is checked for personal details
 * first, the Lead decides about anything found, then `start`'s deliver makes it. Gives the
 * action, its state and the dialog to show.
 */
export function useCheckedAction({ what, making, check, replaceable, failure = failureMessage }: CheckedAction) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>();
  const [findings, setFindings] = useState<Finding[] | undefined>();
  // What is still to complete, and the check's findings kept until the Lead decides to go on.
  const [missing, setMissing] = useState<{ items: MissingItem[]; findings: Finding[] } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  // What the Lead asked for, kept while the findings dialog waits for a decision.
  const pending = useRef<Deliver>(undefined);

  const make = async (options: ProduceOptions) => {
    setBusy(true);
    setProblem(undefined);
    setStatus({ text: making });
    try {
      const saved = await pending.current!(options);
      setFindings(undefined);
      setStatus({ text: saved });
    } catch (error) {
      // Cancelled by the user: said plainly, not as a failure.
      if (error instanceof ApiFailure && error.error.code === 'cancelled') {
        setFindings(undefined);
        setStatus({ text: failure(error) });
      } else if (findings) {
        setProblem(
          `${failure(error)} ${replaceable ? 'Add a replacement for what is still found, or choose' : 'Choose'} “Export anyway” if you have checked it.`,
        );
        setStatus(undefined);
      } else setStatus({ text: failure(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  /** Past what is still to complete: the personal-data check's findings, if any, before anything is made. */
  const afterCompleteness = async (found: Finding[]) => {
    if (found.length > 0) {
      setFindings(found);
      setStatus({ text: 'The check found something to look at before exporting.' });
      return;
    }
    await make({});
  };

  const start = async (deliver: Deliver) => {
    pending.current = deliver;
    setBusy(true);
    setStatus({ text: 'Checking the text for names and other personal details…' });
    try {
      const checked = await check();
      setBusy(false);
      if (checked.missing && checked.missing.length > 0) {
        setMissing({ items: checked.missing, findings: checked.findings });
        setStatus({ text: 'Some things are still to complete before exporting.' });
        return;
      }
      await afterCompleteness(checked.findings);
    } catch (error) {
      setStatus({ text: failure(error), error: true });
      setBusy(false);
    }
  };

  const statusLine = status && (
    <p className={status.error ? 'form-error' : 'export-status'} role={status.error ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
  const dialog = missing ? (
    <MissingDialog
      what={what}
      missing={missing.items}
      onExportAnyway={() => {
        setMissing(undefined);
        void afterCompleteness(missing.findings);
      }}
      onGoBack={() => {
        setMissing(undefined);
        setStatus({ text: 'Export cancelled. Nothing was saved.' });
      }}
    />
  ) : (
    findings && (
      <FindingsDialog
        what={what}
        findings={findings}
        busy={busy}
        problem={problem}
        onReplace={replaceable ? (replacements) => make({ replacements }) : undefined}
        onExportAnyway={() => make({ allowFlagged: true })}
        onCancel={() => {
          setFindings(undefined);
          setProblem(undefined);
          setStatus({ text: 'Export cancelled. Nothing was saved.' });
        }}
      />
    )
  );
  return { start, busy, statusLine, dialog };
}

/** One file export that leaves the app: checked first (useCheckedAction), then saved where downloads go. */
export function useCheckedExport({ produce, ...action }: CheckedExport) {
  const checked = useCheckedAction(action);
  const deliver: Deliver = async (options) => {
    const file = await produce(options);
    downloadBlob(base64ToBlob(file.dataBase64, file.mimeType ?? 'application/octet-stream'), file.fileName);
    return savedMessage(file.fileName);
  };
  return { ...checked, start: () => checked.start(deliver) };
}
