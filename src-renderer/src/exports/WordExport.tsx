import { useId, useState } from 'react';
import type { Input } from '../../../src-shared/api/contract';
import { api } from '../api';
import { BusyButton } from '../components/BusyButton';
import { useCheckedExport } from './useCheckedExport';

export type DocumentRequest = Input<'export.document'>['document'];

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
  const { start, busy, statusLine, dialog } = useCheckedExport({
    what,
    making: 'Making the document…',
    check: () => api.call('export.check', { document, showSchool }),
    produce: (options) => api.call('export.document', { document, showSchool, ...options }),
    replaceable: true,
  });

  return (
    <div className="word-export">
      <div className="word-export-controls">
        <BusyButton
          type="button"
          className={primary ? 'primary' : undefined}
          onClick={start}
          busy={busy}
          aria-label={ariaLabel}
        >
          {label}
        </BusyButton>
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
      {statusLine}
      {dialog}
    </div>
  );
}
