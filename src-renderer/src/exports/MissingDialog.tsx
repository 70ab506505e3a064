import type { Output } from '../../../src-shared/api/contract';
import { count } from '../../../src-shared/evaluation/text';
import { paths } from '../router';
import { ExportDialog } from './ExportDialog';

export type MissingItem = Output<'export.check'>['missing'][number];

interface MissingDialogProps {
  /** "this case study" */
  what: string;
  missing: MissingItem[];
  onExportAnyway: () => void;
  onGoBack: () => void;
}

/**
 * Says what the records do not hold yet before a document is made, each with a link to where it is
 * recorded: the Lead goes back to record it, or exports anyway (the document then says it once, in
 * a "Still to complete" box).
 */
export function MissingDialog({ what, missing, onExportAnyway, onGoBack }: MissingDialogProps) {
  return (
    <ExportDialog title="Still to complete" onCancel={onGoBack}>
      <p>
        {count(missing.length, 'thing')} that {what} would tell {missing.length === 1 ? 'is' : 'are'} not recorded yet.
        Go back and record {missing.length === 1 ? 'it' : 'them'}, or export now: the document lists what is missing in
        a “Still to complete” box near its start.
      </p>
      <ol className="findings" aria-label="What is still to complete">
        {missing.map((item, i) => (
          <li key={`${item.tab}-${item.itemId ?? ''}-${i}`}>
            <p className="missing-text">{item.text}</p>
            <a href={paths.workGroup(item.workGroupId, item.tab, item.itemId)} onClick={onGoBack}>
              Record it on {item.where}
            </a>
          </li>
        ))}
      </ol>
      <div className="button-row dialog-actions">
        <button type="button" className="primary" onClick={onGoBack}>
          Go back
        </button>
        <button type="button" onClick={onExportAnyway}>
          Export anyway
        </button>
      </div>
    </ExportDialog>
  );
}
