import { INDICATOR_STATUS_LABELS, type IndicatorStatus } from '../../../src-shared/api/evaluation';
import { statusLabel } from '../../../src-shared/evaluation/kindRules';

const SHAPES: Record<IndicatorStatus, string> = { met: '●', partly: '◐', not_yet: '○', not_expected: '–' };

/**
 * Met, partly met, not yet or not expected: always written in words, with a shape and a colour
 * beside them. Given the group's kind of PD, "not expected" says for which kind.
 */
export function StatusBadge({ status, prefix, kind }: { status: IndicatorStatus; prefix?: string; kind?: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{SHAPES[status]}</span> {prefix}
      {kind ? statusLabel(status, kind) : INDICATOR_STATUS_LABELS[status]}
    </span>
  );
}
