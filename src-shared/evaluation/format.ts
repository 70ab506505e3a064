import type { Indicator, IndicatorUnit } from '../api/evaluation';
import { formatCount } from './text';

/** How an indicator's figure is written everywhere (screens, Word, Excel notes): 75%, 3.4 or 6. */
export function formatFigure(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '—';
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  if (unit === 'mean') return value.toFixed(1);
  return formatCount(value);
}

export const formatValue = (i: Pick<Indicator, 'value' | 'unit'>) => formatFigure(i.value, i.unit);
export const formatTarget = (i: Pick<Indicator, 'target' | 'unit'>) => formatFigure(i.target, i.unit);
