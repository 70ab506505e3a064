import { useId, useState } from 'react';
import type { Output } from '../../../src-shared/api/contract';
import { count } from '../../../src-shared/evaluation/text';
import { FINDING_LABELS, type FindingKind } from '../../../src-shared/privacy/findings';
import { paths } from '../router';
import { ExportDialog } from './ExportDialog';

export type Finding = Output<'export.check'>['findings'][number];
export interface Replacement {
  match: string;
  replacement: string;
}

/** What a flagged detail is replaced with unless the Lead types something else. */
const STAND_IN: Record<FindingKind, string> = {
  name: '[name]',
  known_person: '[name]',
  school: '[school]',
  email: '[email address]',
  phone: '[phone number]',
  date_of_birth: '[date]',
  upn: '[pupil number]',
};

/** The words around a finding, with the finding itself highlighted. */
function InContext({ finding }: { finding: Finding }) {
  const at = finding.context.toLowerCase().indexOf(finding.match.toLowerCase());
  if (at < 0) return <>{finding.context}</>;
  return (
    <>
      {finding.context.slice(0, at)}
      <mark>{finding.context.slice(at, at + finding.match.length)}</mark>
      {finding.context.slice(at + finding.match.length)}
    </>
  );
}

interface FindingsDialogProps {
  /** "this case study" */
  what: string;
  findings: Finding[];
  busy: boolean;
  problem?: string | undefined;
  /** Offer "Replace in this export only" (documents); a bundle carries its records as they are. */
  onReplace?: ((replacements: Replacement[]) => void) | undefined;
  onExportAnyway: () => void;
  onCancel: () => void;
}

/**
 * Shows what the check found before a document leaves the app, each in its context, with three
 * ways on: fix it at the source, replace it in this export only, or export as it is.
 */
export function FindingsDialog({
  what,
  findings,
  busy,
  problem,
  onReplace,
  onExportAnyway,
  onCancel,
}: FindingsDialogProps) {
  const id = useId();
  const distinct = [...new Map(findings.map((f) => [f.match, f.kind])).entries()];
  const [replacements, setReplacements] = useState<Record<string, string>>(() =>
    Object.fromEntries(distinct.map(([match, kind]) => [match, STAND_IN[kind]])),
  );

  const found = count(findings.length, 'thing');
  return (
    <ExportDialog title="Check before exporting" headingId={`${id}-heading`} onCancel={onCancel}>
      <p>
        The check found {found} in {what} that may identify a child, a teacher or a school. Look at each one, then
        choose what to do.
      </p>
      <ol className="findings" aria-label="What the check found">
        {findings.map((finding, i) => (
          <li key={`${finding.where}-${finding.match}-${i}`}>
            <div className="finding-head">
              <strong>{FINDING_LABELS[finding.kind]}</strong>
              <span className="sub">in {finding.where}</span>
            </div>
            <p className="finding-context">
              <InContext finding={finding} />
            </p>
            <a href={paths.search(finding.match)} onClick={onCancel}>
              Find “{finding.match}” in the workspace
            </a>
          </li>
        ))}
      </ol>

      <form
        className="replacements"
        aria-labelledby={onReplace ? `${id}-replace` : `${id}-heading`}
        onSubmit={(event) => {
          event.preventDefault();
          onReplace?.(distinct.map(([match]) => ({ match, replacement: replacements[match] ?? '' })));
        }}
      >
        {onReplace ? (
          <>
            <h3 id={`${id}-replace`}>Replace in this export only</h3>
            <p className="field-hint">
              The records in the workspace stay as they are. To change them for good, use “Find it in the workspace”
              above.
            </p>
            {distinct.map(([match], i) => (
              <div className="replacement" key={match}>
                <label htmlFor={`${id}-r${i}`}>
                  Replace “<mark>{match}</mark>” with
                </label>
                <input
                  id={`${id}-r${i}`}
                  type="text"
                  maxLength={200}
                  value={replacements[match] ?? ''}
                  onChange={(event) => setReplacements({ ...replacements, [match]: event.target.value })}
                />
              </div>
            ))}
          </>
        ) : (
          <p className="field-hint">
            {what[0]!.toUpperCase() + what.slice(1)} carries the records as they are. To leave something out, change the
            record (use “Find it in the workspace” above), then export again.
          </p>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row dialog-actions">
          {onReplace && (
            <button type="submit" className="primary" disabled={busy}>
              Replace in this export only
            </button>
          )}
          <button type="button" onClick={onExportAnyway} disabled={busy}>
            Export anyway
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
        <p className="field-hint">
          Choose “Export anyway” only when you have checked that each one is not a child’s real name or another personal
          detail.
        </p>
      </form>
    </ExportDialog>
  );
}
