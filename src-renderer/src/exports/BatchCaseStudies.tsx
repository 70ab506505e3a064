import { useId, useRef, useState } from 'react';
import JSZip from 'jszip';
import { ApiFailure } from '../../../src-shared/api/client';
import { count } from '../../../src-shared/evaluation/text';
import { api } from '../api';
import { downloadBlob } from '../download';
import { paths } from '../router';
import { savedMessage } from './useCheckedExport';

interface BatchCaseStudiesProps {
  workGroupId: string;
  workGroupCode: string;
  focusChildren: { id: string; code: string }[];
}

interface Progress {
  done: number;
  current?: string;
}

interface Outcome {
  text: string;
  error?: boolean;
  heldBack: { id: string; code: string }[];
  /** Exported, but with something still to complete (said in the document's own box). */
  incomplete: { id: string; code: string }[];
}

/**
 * Every focus child's case study in one .zip: one export per child, each checked for personal
 * details. A case study the check flags is held back (unless the Lead includes them knowingly)
 * and listed, so it can be opened and checked on its own.
 */
export function BatchCaseStudies({ workGroupId, workGroupCode, focusChildren }: BatchCaseStudiesProps) {
  const id = useId();
  const [showSchool, setShowSchool] = useState(false);
  const [includeFlagged, setIncludeFlagged] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const cancelled = useRef(false);
  const total = focusChildren.length;

  const run = async () => {
    cancelled.current = false;
    setOutcome(undefined);
    const zip = new JSZip();
    const heldBack: Outcome['heldBack'] = [];
    const incomplete: Outcome['incomplete'] = [];
    let saved = 0;
    for (const [index, child] of focusChildren.entries()) {
      if (cancelled.current) break;
      setProgress({ done: index, current: child.code });
      try {
        const file = await api.call('export.document', {
          document: { kind: 'caseStudy', focusChildId: child.id },
          showSchool,
          allowFlagged: includeFlagged,
        });
        zip.file(file.fileName, file.dataBase64, { base64: true });
        if (file.missing.length > 0) incomplete.push(child);
        saved++;
      } catch (error) {
        // The check found something: the child is listed for the Lead to look at on its own.
        if (!(error instanceof ApiFailure)) throw error;
        heldBack.push(child);
      }
    }
    if (cancelled.current) {
      setProgress(undefined);
      setOutcome({ text: 'Cancelled. No file was saved.', heldBack: [], incomplete: [] });
      return;
    }
    setProgress({ done: total, current: 'the .zip file' });
    if (saved > 0) {
      const fileName = `case-studies-${workGroupCode}.zip`;
      downloadBlob(await zip.generateAsync({ type: 'blob' }), fileName);
      setOutcome({
        text: `${savedMessage(fileName)} It holds ${count(saved, 'case study', 'case studies')}.`,
        heldBack,
        incomplete,
      });
    } else {
      setOutcome({ text: 'No case study could be exported, so no file was saved.', error: true, heldBack, incomplete });
    }
    setProgress(undefined);
  };

  if (total === 0) {
    return <p className="empty">There are no focus children yet, so there are no case studies to export.</p>;
  }
  const running = progress !== undefined;
  return (
    <div className="batch-export" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>All case studies of this Work Group</h3>
      <p className="field-hint">
        One Word document for each of the {total} focus children, collected into one .zip file.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showSchool}
          disabled={running}
          onChange={(event) => setShowSchool(event.target.checked)}
        />
        Show the school and teachers’ names
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeFlagged}
          disabled={running}
          onChange={(event) => setIncludeFlagged(event.target.checked)}
        />
        Include case studies that may name someone (I will check them before sharing)
      </label>
      <div className="button-row">
        <button type="button" onClick={run} disabled={running}>
          Export all case studies (.zip)
        </button>
        {running && (
          <button type="button" className="danger" onClick={() => (cancelled.current = true)}>
            Cancel
          </button>
        )}
      </div>
      {running && (
        <div className="batch-progress">
          <label htmlFor={`${id}-progress`}>
            {progress.done < total
              ? `Exporting case study ${progress.done + 1} of ${total} (${progress.current})…`
              : 'Putting the case studies into one .zip file…'}
          </label>
          <progress id={`${id}-progress`} max={total} value={progress.done} />
        </div>
      )}
      {outcome && (
        <div role="status" className={outcome.error ? 'form-error' : 'export-status'}>
          <p>{outcome.text}</p>
          {outcome.heldBack.length > 0 && (
            <>
              <p>
                {outcome.heldBack.length === 1 ? '1 case study was' : `${outcome.heldBack.length} case studies were`}{' '}
                held back because they may name someone. Open each to check it and export it on its own, or tick
                “Include case studies that may name someone” and export again:
              </p>
              <ChildLinks workGroupId={workGroupId} list={outcome.heldBack} />
            </>
          )}
          {outcome.incomplete.length > 0 && (
            <>
              <p>
                {outcome.incomplete.length === 1
                  ? '1 case study has'
                  : `${outcome.incomplete.length} case studies have`}{' '}
                something still to complete, listed in a box at the start of the document. Record it, then export again:
              </p>
              <ChildLinks workGroupId={workGroupId} list={outcome.incomplete} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** Each focus child's code, linked to the child's record. */
function ChildLinks({ workGroupId, list }: { workGroupId: string; list: { id: string; code: string }[] }) {
  return (
    <ul className="held-back">
      {list.map((child) => (
        <li key={child.id}>
          <a href={paths.workGroup(workGroupId, 'focus-children', child.id)}>{child.code}</a>
        </li>
      ))}
    </ul>
  );
}
