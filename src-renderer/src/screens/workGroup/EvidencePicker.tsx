import { useContext, useId, useMemo, useState } from 'react';
import type { EvidenceItem } from '../../../../src-shared/api/evaluation';
import { RECORD_KIND_SPECS } from '../../../../src-shared/domain/recordKinds';
import { GroupDataContext, type GroupData } from '../../groupData';
import { dateGB } from '../../records';

/** No more than this many matches are listed at once; the search narrows them. */
const SHOW_AT_MOST = 30;

export type PickableEvidence = EvidenceItem & { date?: string | undefined };

export const evidenceKey = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

const kindLabel = (kind: EvidenceItem['kind']) => {
  const label = RECORD_KIND_SPECS[kind].label;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** Each dated record's date (the first of its kind's dates it has), by its evidence key. */
function datesOf(data: GroupData | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  for (const kind of Object.keys(RECORD_KIND_SPECS) as (keyof typeof RECORD_KIND_SPECS)[]) {
    const fields = RECORD_KIND_SPECS[kind].dates;
    const records = (data as Record<string, Record<string, unknown>[] | undefined> | undefined)?.[kind];
    if (fields.length === 0 || !Array.isArray(records)) continue;
    for (const record of records) {
      const date = fields.map((field) => record[field]).find((value) => typeof value === 'string' && value);
      if (date) dates.set(evidenceKey({ kind, id: record['id'] as string }), date as string);
    }
  }
  return dates;
}

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
  // The standards' evidence comes without dates: they are read from the Work Group's records.
  const group = useContext(GroupDataContext);
  const dates = useMemo(() => datesOf(group), [group]);
  const dateOf = (i: PickableEvidence) => i.date ?? dates.get(evidenceKey(i));
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const kinds = [...new Set(items.map((i) => i.kind))];
  const needle = text.trim().toLowerCase();
  const when = (i: PickableEvidence) => {
    const date = dateOf(i);
    return date ? dateGB(date) : '';
  };
  const matching = items.filter(
    (i) =>
      !chosen.has(evidenceKey(i)) &&
      (!kind || i.kind === kind) &&
      (!needle || `${i.label} ${when(i)}`.toLowerCase().includes(needle)),
  );
  const picked = items.filter((i) => chosen.has(evidenceKey(i)));

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
