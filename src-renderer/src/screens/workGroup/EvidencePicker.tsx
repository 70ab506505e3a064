import { useId, useState } from 'react';
import type { EvidenceItem } from '../../../../src-shared/api/evaluation';
import { RECORD_KIND_SPECS } from '../../../../src-shared/domain/recordKinds';
import { dateGB } from '../../records';

/** No more than this many matches are listed at once; the search narrows them. */
const SHOW_AT_MOST = 30;

export type PickableEvidence = EvidenceItem & { date?: string | undefined };

export const evidenceKey = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

const kindLabel = (kind: EvidenceItem['kind']) => {
  const label = RECORD_KIND_SPECS[kind].label;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/**
 * Supporting evidence chosen by searching its titles and dates and narrowing by kind of record:
 * what is chosen stays listed above, each with a button to take it out.
 */
export function EvidencePicker({
  items,
  chosen,
  toggle,
  readOnly,
  subject,
}: {
  items: PickableEvidence[];
  chosen: ReadonlySet<string>;
  toggle: (key: string, on: boolean) => void;
  readOnly: boolean;
  /** "2. Underpinned by robust evidence and expertise", for the labels of the controls. */
  subject: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const kinds = [...new Set(items.map((i) => i.kind))];
  const needle = text.trim().toLowerCase();
  const matching = items.filter(
    (i) =>
      !chosen.has(evidenceKey(i)) &&
      (!kind || i.kind === kind) &&
      (!needle || `${i.label} ${i.date ? dateGB(i.date) : ''}`.toLowerCase().includes(needle)),
  );
  const picked = items.filter((i) => chosen.has(evidenceKey(i)));
  const when = (i: PickableEvidence) => (i.date ? dateGB(i.date) : '');

  return (
    <div className="evidence-picker-body">
      <h5 id={`${id}-chosen`}>Chosen ({picked.length})</h5>
      {picked.length === 0 ? (
        <p className="empty">Nothing chosen yet. Find the records below and add them.</p>
      ) : (
        <ul className="evidence-chosen" aria-labelledby={`${id}-chosen`}>
          {picked.map((i) => (
            <li key={evidenceKey(i)}>
              <span className="sub">{kindLabel(i.kind)}</span> {i.label}
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Take out ${i.label}`}
                  onClick={() => toggle(evidenceKey(i), false)}
                >
                  Take out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <>
          <div className="evidence-filters">
            <label>
              <span>Find evidence</span>
              <input
                type="search"
                placeholder="Words from its title, a date (dd/mm/yyyy) or a code"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </label>
            <label>
              <span>Kind of record</span>
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">All kinds ({items.length})</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)} ({items.filter((i) => i.kind === k).length})
                  </option>
                ))}
              </select>
            </label>
          </div>
          <table className="list compact evidence-results" aria-label={`Evidence to choose from for ${subject}`}>
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Kind</th>
                <th scope="col">Date</th>
                <th scope="col">
                  <span className="visually-hidden">Add</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {matching.slice(0, SHOW_AT_MOST).map((i) => (
                <tr key={evidenceKey(i)}>
                  <th scope="row">{i.label}</th>
                  <td>{kindLabel(i.kind)}</td>
                  <td className="nowrap">{when(i)}</td>
                  <td>
                    <button type="button" aria-label={`Add ${i.label}`} onClick={() => toggle(evidenceKey(i), true)}>
                      Add
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint" aria-live="polite">
            {matching.length === 0
              ? 'Nothing else matches. Clear the search or choose “All kinds”.'
              : matching.length > SHOW_AT_MOST
                ? `Showing ${SHOW_AT_MOST} of ${matching.length}: type or choose a kind to narrow them.`
                : `${matching.length} ${matching.length === 1 ? 'record matches' : 'records match'}.`}
          </p>
        </>
      )}
    </div>
  );
}
