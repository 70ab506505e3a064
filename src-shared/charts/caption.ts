import { formatDateGB } from '../calendar/dates';

/**
 * A saved chart's caption, so a picture pasted into slides still says what it counts: its n,
 * which Work Groups or filters, the date the figures stand at and the day it was saved.
 * "n = 5 meetings, 14 participants · TRG-2025-01 · as of 31/08/2026 · saved 04/12/2026"
 */
export function chartCaption(
  sample: string | undefined,
  context: { scope: string; asOf: string; savedOn: string },
): string {
  return [sample, context.scope, `as of ${formatDateGB(context.asOf)}`, `saved ${formatDateGB(context.savedOn)}`]
    .filter(Boolean)
    .join(' · ');
}
