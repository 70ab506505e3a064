import { useEffect, useRef } from 'react';
import type { CaseKind } from '../../../src-shared/api/themes';
import { counted } from '../records';
import { useQuery } from '../useQuery';
import { codingAddress } from './addresses';

/** The passages to read: of a theme, and of one participant, focus child or school when a cell was chosen. */
export interface PassagesOf {
  themeId: string;
  themeName: string;
  caseKind?: CaseKind;
  caseId?: string;
  caseLabel?: string;
}

/** A cell's passages, each with the words around it and its source, and a way to open the record at it. */
export function CellPassages({ workGroupId, of }: { workGroupId: string; of: PassagesOf }) {
  const { data: passages, error } = useQuery('evaluation.themePassages', {
    workGroupId,
    themeId: of.themeId,
    ...(of.caseKind && of.caseId ? { caseKind: of.caseKind, caseId: of.caseId } : {}),
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the table: the reader is taken to what they asked to read.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title = `${of.themeName}${of.caseLabel ? ` · ${of.caseLabel}` : ''}`;
  return (
    <section className="cell-passages-panel" aria-labelledby="cell-passages-heading">
      <h3 id="cell-passages-heading" ref={heading} tabIndex={-1}>
        {title}
        {passages && <span className="sub">{counted(passages.length, 'passage')}</span>}
      </h3>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!passages && !error && <p className="loading">Finding the passages…</p>}
      {passages && (
        <ol className="cell-passages">
          {passages.map((p) => (
            <li key={p.id}>
              <span className="sub">
                {p.source} · {p.fieldLabel}
              </span>
              <blockquote>
                {p.before}
                <mark>{p.words}</mark>
                {p.after}
              </blockquote>
              {p.needsReview && (
                <p className="review-note">
                  <strong>Needs review:</strong> these words were changed when the record was edited.
                </p>
              )}
              <a href={codingAddress(workGroupId, p.recordKind, p.recordId, { passage: p.id })}>
                Open at the passage<span className="visually-hidden">: {p.source}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
