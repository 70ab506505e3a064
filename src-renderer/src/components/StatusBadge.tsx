import { INDICATOR_STATUS_LABELS, type IndicatorStatus } from '../../../src-shared/api/evaluation';

const SHAPES: Record<IndicatorStatus, string> = { met: '●', partly: '◐', not_yet: '○', not_expected: '–' };

/** Met, partly met or not yet: always written in words, with a shape and a colour beside them. */
export function StatusBadge({ status, prefix }: { status: IndicatorStatus; prefix?: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{SHAPES[status]}</span> {prefix}
      {INDICATOR_STATUS_LABELS[status]}
    </span>
  );
}
