import { useState } from 'react';

/**
 * A long list shown a page at a time, so that a national workspace's thousand Work Groups or a
 * year's hundreds of entries stay quick to show and to read with a screen reader.
 */
export function usePages<T>(rows: T[], pageSize = 25, firstPage = 0) {
  const [page, setPage] = useState(firstPage);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  return {
    current,
    setPage,
    shown: rows.slice(current * pageSize, (current + 1) * pageSize),
    pager: (label: string) =>
      pages > 1 && (
        <nav className="pager" aria-label={`Pages of ${label}`}>
          <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
            Previous page
          </button>
          <span>
            Showing {current * pageSize + 1}–{Math.min(rows.length, (current + 1) * pageSize)} of {rows.length}
          </span>
          <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            Next page
          </button>
        </nav>
      ),
  };
}
