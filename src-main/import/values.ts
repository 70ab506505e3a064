import { MEETING_KIND, OBSERVATION_KIND, PHASE, type SurveyOccasion } from '../../src-shared/domain/enums';
import { formatDateGB } from '../../src-shared/calendar/dates';
import type { RawValue } from './readWorkbook';
import { normaliseHeading } from '../../src-shared/domain/headings';

// Reading one cell as the field it is mapped to. Each reader returns the value or a message
// saying what is wrong with it, in the words the user sees in the preview.

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

export const asText = (v: RawValue): string =>
  v === null ? '' : typeof v === 'object' ? formatDateGB(v.date) : String(v).replace(/\s+/g, ' ').trim();

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date from an Excel date, an ISO date, dd/mm/yyyy (or dd-mm-yy, dd.mm.yyyy) or "8 Oct 2025". */
export function readDate(v: RawValue): Read<string> {
  if (v === null || v === '') return bad('The date is missing.');
  if (typeof v === 'object') return ok(v.date);
  if (typeof v === 'number') {
    // An Excel date serial in a cell without a date format (1 = 01/01/1900).
    if (v > 20_000 && v < 80_000)
      return ok(new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10));
    return bad(`“${v}” is not a date. Write dates as dd/mm/yyyy.`);
  }
  const text = String(v).trim();
  let iso: string | undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = m ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?: .*)?$/.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    iso = isoOf(year, Number(m[2]), Number(m[1]));
  }
  const words = /^(?:[a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})$/i.exec(text);
  if (words) {
    const month = MONTHS.indexOf(words[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) iso = isoOf(Number(words[3]), month, Number(words[1]));
  }
  return iso ? ok(iso) : bad(`“${text}” is not a date. Write dates as dd/mm/yyyy, for example 08/10/2025.`);
}

/** A number from a cell; "14/20" and "75%" keep their scale for observations. */
export function readNumber(v: RawValue): Read<{ value: number; outOf?: number; percent?: boolean } | undefined> {
  if (v === null || v === '') return ok(undefined);
  if (typeof v === 'number') return ok({ value: v });
  if (typeof v === 'boolean' || typeof v === 'object') return bad('The score must be a number.');
  const text = String(v).trim().replace(/,/g, '');
  const fraction = /^(-?\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(\d+(?:\.\d+)?)$/i.exec(text);
  if (fraction) return ok({ value: Number(fraction[1]), outOf: Number(fraction[2]) });
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return ok({ value: Number(percent[1]), percent: true });
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return ok({ value: Number(text) });
  return bad(`“${text}” is not a number. Write the score as a number, for example 14.`);
}

const YES = new Set(['yes', 'y', 'present', 'p', 'attended', 'true', '1', 'x', 'tick', 'here', '/']);
const NO = new Set([
  'no',
  'n',
  'absent',
  'a',
  'false',
  '0',
  'not attended',
  'apologies',
  'apols',
  'did not attend',
  'dna',
]);

/** Present or absent; a blank cell in a register means absent. */
export function readAttended(v: RawValue): Read<boolean> {
  if (v === null || v === '') return ok(false);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') return v === 1 ? ok(true) : v === 0 ? ok(false) : bad(`“${v}” is not Yes or No.`);
  const text = typeof v === 'object' ? '' : String(v).trim().toLowerCase();
  if (YES.has(text) || text === '✓' || text === '✔') return ok(true);
  if (NO.has(text)) return ok(false);
  return bad(`“${String(v)}” does not say whether they attended. Use Yes or No (or Present or Absent).`);
}

/** A value from one of the app's lists, by its label, its id or a known other word for it. */
function readChoice<T extends string>(
  labels: Record<T, string>,
  extra: Record<string, T>,
  what: string,
): (v: RawValue) => Read<T | undefined> {
  const table = new Map<string, T>();
  for (const [id, label] of Object.entries(labels) as [T, string][]) {
    table.set(normaliseHeading(id), id);
    table.set(normaliseHeading(label), id);
  }
  for (const [word, id] of Object.entries(extra)) table.set(normaliseHeading(word), id);
  return (v) => {
    const text = asText(v);
    if (!text) return ok(undefined);
    const found = table.get(normaliseHeading(text));
    return found
      ? ok(found)
      : bad(`“${text}” is not a ${what}. Use one of: ${Object.values<string>(labels).join(', ')}.`);
  };
}

export const readPhase = readChoice(
  PHASE.labels,
  {
    infant: 'primary',
    junior: 'primary',
    first: 'primary',
    nursery: 'early_years',
    eyfs: 'early_years',
    'all through': 'all_through',
    sixth: 'post_16',
    'sixth form': 'post_16',
    post16: 'post_16',
    middle: 'cross_phase',
    send: 'special',
  },
  'phase',
);

export const readMeetingKind = readChoice(
  MEETING_KIND.labels,
  {
    'work group': 'work_group_meeting',
    meeting: 'work_group_meeting',
    'research lesson': 'research_lesson',
    'lesson study': 'research_lesson',
    planning: 'collaborative_planning',
    visit: 'in_school_visit',
    'school visit': 'in_school_visit',
    'leaders session': 'leaders_session',
    leaders: 'leaders_session',
  },
  'kind of meeting',
);

export const readObservationKind = readChoice(
  OBSERVATION_KIND.labels,
  {
    voice: 'pupil_voice',
    'pupil voice': 'pupil_voice',
    interview: 'pupil_voice',
    work: 'work_sample',
    sample: 'work_sample',
    assessment: 'measure',
    test: 'measure',
    score: 'measure',
    quiz: 'measure',
    observation: 'note',
    notes: 'note',
  },
  'kind of observation',
);

/** Start or end of the year, as a form's own question might put it. */
export const readOccasion = readChoice<SurveyOccasion>(
  { start: 'Start', end: 'End', after_meeting: 'After a meeting' },
  {
    'start of the year': 'start',
    beginning: 'start',
    before: 'start',
    pre: 'start',
    september: 'start',
    'end of the year': 'end',
    after: 'end',
    post: 'end',
    july: 'end',
    'after the meeting': 'after_meeting',
  },
  'point in the year',
);
