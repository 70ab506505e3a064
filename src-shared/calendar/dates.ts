import { academicYearBounds, academicYearOf } from './academicYear';

// Dates are stored as ISO strings and shown the British way.
export function formatDateGB(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** "14/10/2025, 09:05" in the computer's own time: when something happened in the app. */
export const formatDateTimeGB = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "January" … "December". */
const MONTH_NAMES = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2026, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
);

/** "1 Sept 2026": a date in words, short, as the hint and messages say it. */
export function formatDateShort(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = MONTH_NAMES[month - 1]!;
  return `${day} ${name === 'September' ? 'Sept' : name.slice(0, 3)} ${year}`;
}

/** What a typed date reads as: the day (ISO), or what is wrong with it in words that say what to do. */
export type ReadDate = { iso: string } | { problem: string };

const AS_EXAMPLE = 'Enter the day, month and year, for example 3/2/2027 or 3 Feb 2027.';

/** "feb", "Feb.", "february", "sept" → 2; undefined for anything else. */
function monthNamed(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(name));
  return index === -1 ? undefined : index + 1;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (month: number, year: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Reads a date as teachers type it: 3/2/27, 03/02/2027, 3.2.2027, 3 Feb 2027, 3rd February 2027,
 * 2027-02-03. Without a year ("3/2", "3 Feb") it is the one in the academic year given, if any.
 */
export function readDate(text: string, academicYear?: string): ReadDate {
  const typed = text.trim().replace(/,/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?$/.exec(typed);
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)(?:\s+(\d{2}|\d{4}))?$/i.exec(typed);
  let day: number, month: number | undefined, yearText: string | undefined;
  if (iso) [day, month, yearText] = [Number(iso[3]), Number(iso[2]), iso[1]];
  else if (numeric) [day, month, yearText] = [Number(numeric[1]), Number(numeric[2]), numeric[3]];
  else if (words) {
    [day, month, yearText] = [Number(words[1]), monthNamed(words[2]!), words[3]];
    if (month === undefined) return { problem: `“${words[2]}” is not a month. ${AS_EXAMPLE}` };
  } else return { problem: `That is not a date we can read. ${AS_EXAMPLE}` };

  if (month < 1 || month > 12) return { problem: `There is no month ${month}: months run from 1 to 12. ${AS_EXAMPLE}` };
  let year: number;
  if (yearText) year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  else if (academicYear) year = Number(academicYear.slice(0, 4)) + (month >= 9 ? 0 : 1);
  else return { problem: `Add the year, for example ${day}/${month}/${new Date().getFullYear()}.` };

  if (day < 1) return { problem: `There is no day 0. ${AS_EXAMPLE}` };
  if (day > daysIn(month, year)) {
    const leap = month === 2 && day === 29;
    return {
      problem: `There is no ${day} ${MONTH_NAMES[month - 1]}${leap ? ` in ${year}` : ''}. Check the day and month.`,
    };
  }
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Why a date in a Work Group's records must be confirmed: it falls outside the group's academic year. */
export function outsideYearMessage(academicYear: string): string {
  const { start, end } = academicYearBounds(academicYear);
  return `That date is outside the group’s year ${academicYear} (${formatDateShort(start)} – ${formatDateShort(end)}).`;
}

/** The hint under a date field, its example inside the group's academic year (this year's without one). */
export function dateHint(academicYear = academicYearOf(new Date())): string {
  const spring = Number(academicYear.slice(0, 4)) + 1;
  return `For example 3/2/${String(spring).slice(2)} or 3 Feb ${spring}`;
}
