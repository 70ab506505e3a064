// Small helpers for findings in plain British English.

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "four" for small whole numbers, digits otherwise. */
export const inWords = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[n]! : String(n));

/** A whole number as documents write it: "1,234". */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');

/** "1 meeting", "3 meetings", "1,234 meetings": the one plural helper; pass the plural when it is not just an added s. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${formatCount(n)} ${n === 1 ? singular : plural}`;

/** "is" or "are" to agree with n. */
export const isAre = (n: number): string => (n === 1 ? 'is' : 'are');
export const hasHave = (n: number): string => (n === 1 ? 'has' : 'have');

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const monthName = (isoDate: string): string => MONTHS[Number(isoDate.slice(5, 7)) - 1] ?? isoDate;

/** "A, B and C", or "A, B, C and 4 more" when the list is long. */
export function listNames(names: string[], max = 4): string {
  if (names.length <= 1) return names.join('');
  const shown = names.length > max ? [...names.slice(0, max - 1), `${names.length - (max - 1)} more`] : names;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const round = (value: number, places = 2): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/** Days from one ISO date to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** An ISO date a number of days before another. */
export const daysBefore = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
