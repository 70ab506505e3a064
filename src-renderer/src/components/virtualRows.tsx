import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Row heights before they are measured; long lists draw only the rows in view. */
const ROW_ESTIMATE_PX = 90;

/**
 * A table's rows drawn a screenful at a time however many there are (TanStack Virtual): the table
 * sits in the `scrollBox`, its heading row (`head`) stays above the first row, and the rows not
 * drawn are stood in for by two empty rows of their height, so the scroll bar stays true.
 */
export function useVirtualRows({
  count,
  keyOf,
  colSpan,
}: {
  count: number;
  keyOf: (index: number) => string;
  colSpan: number;
}) {
  const scrollBox = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  // The heading row sits above the first row inside the scrolling box.
  const [headHeight, setHeadHeight] = useState(0);
  const empty = count === 0;
  useEffect(() => {
    const element = head.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeadHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [empty]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read afresh at every render, never memoised
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: keyOf,
    overscan: 10,
    paddingStart: headHeight,
    // Drawn before the box is measured: enough rows to fill it.
    initialRect: { width: 1000, height: 800 },
  });

  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" className="spacer">
        <td colSpan={colSpan} style={{ height }} />
      </tr>
    );
  return {
    scrollBox,
    head,
    virtualizer,
    items,
    /** What each drawn row carries: measured as drawn, and its place in the whole for a screen reader. */
    rowProps: (index: number) => ({
      ref: virtualizer.measureElement,
      'data-index': index,
      'aria-rowindex': index + 2,
    }),
    before: spacer(items[0] ? items[0].start - headHeight : 0),
    after: spacer(last ? virtualizer.getTotalSize() - last.end : 0),
  };
}
