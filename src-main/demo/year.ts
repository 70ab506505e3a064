import { TERMS, type Term } from '../../src-shared/calendar/academicYear';
import { addDays, weekdayFrom } from './clock';
import type { Random } from './random';

// The school year the demo is set in, roughly as English schools keep it. Every date the demo
// writes comes from here, so all of them fall inside the Work Group's academic year.

export interface TermWindow {
  term: Term;
  from: string;
  to: string;
}

export interface SchoolYear {
  academicYear: string;
  startYear: number;
  terms: Record<Term, TermWindow>;
  /** A weekday at this point of a term (0 = its first week, 1 = its last). */
  dayIn(term: Term, position: number): string;
  /** A weekday somewhere between two points of a term. */
  randomDay(random: Random, term: Term, from?: number, to?: number): string;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export function schoolYear(startYear: number): SchoolYear {
  const next = startYear + 1;
  const terms: Record<Term, TermWindow> = {
    autumn: { term: 'autumn', from: `${startYear}-09-08`, to: `${startYear}-12-16` },
    spring: { term: 'spring', from: `${next}-01-06`, to: `${next}-03-26` },
    summer: { term: 'summer', from: `${next}-04-20`, to: `${next}-07-16` },
  };
  const dayIn = (term: Term, position: number) => {
    const { from, to } = terms[term];
    const clamped = Math.min(1, Math.max(0, position));
    const day = weekdayFrom(addDays(from, Math.round(clamped * daysBetween(from, to))));
    return day > to ? to : day;
  };
  return {
    academicYear: `${startYear}/${String(next % 100).padStart(2, '0')}`,
    startYear,
    terms,
    dayIn,
    randomDay: (random, term, from = 0, to = 1) => dayIn(term, from + random.float() * (to - from)),
  };
}

export const termIndex = (term: Term) => TERMS.indexOf(term);
