import { useState } from 'react';

/** Past this many choices a filter box narrows them, and no more than SHOW_AT_MOST are shown at once. */
const FILTER_FROM = 12;
const SHOW_AT_MOST = 40;

/**
 * Checkboxes that stay usable however many there are (a record's links, a judgement's evidence):
 * the chosen ones always stay in view, whatever the filter says.
 */
export function CheckboxList({
  options,
  chosen,
  toggle,
  filterLabel = 'Filter',
  placeholder,
}: {
  options: { value: string; label: string }[];
  chosen: readonly string[];
  toggle: (value: string, on: boolean) => void;
  filterLabel?: string;
  placeholder?: string;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matching = options.filter((o) => chosen.includes(o.value) || !needle || o.label.toLowerCase().includes(needle));
  const shown = matching.slice(0, SHOW_AT_MOST);
  return (
    <>
      {options.length > FILTER_FROM && (
        <label className="filter">
          <span>{filterLabel}</span>
          <input type="search" placeholder={placeholder} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
      )}
      {options.length === 0 && <span className="empty">Nothing to choose yet.</span>}
      <div className="checkboxes">
        {shown.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {options.length > 0 && matching.length === 0 && <span className="empty">Nothing matches “{filter}”.</span>}
      {matching.length > shown.length && (
        <span className="field-hint">
          Showing {shown.length} of {matching.length}. Type in the filter box to find the others.
        </span>
      )}
    </>
  );
}
