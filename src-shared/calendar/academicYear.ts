// Academic years run September to July and are written "2025/26".
export const ACADEMIC_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

export function isAcademicYear(text: string): boolean {
  const match = ACADEMIC_YEAR_PATTERN.exec(text);
  if (!match) return false;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]);
}

export function academicYearOf(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 8 ? year : year - 1; // September (month 8) starts a new year
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first and last day of an academic year, as ISO dates ("2025/26" → 1 Sep 2025 to 31 Aug 2026). */
export function academicYearBounds(year: string): { start: string; end: string } {
  const start = Number(year.slice(0, 4));
  return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

export function nextAcademicYear(year: string): string {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The last day of the summer term by default: schools break up around the third week of July
 * (term dates vary by local authority and trust), and nothing is observed in the holiday.
 */
export function summerTermEnd(year: string): string {
  return `${Number(year.slice(0, 4)) + 1}-07-22`;
}

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];
export const TERM_LABELS: Record<Term, string> = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' };

/**
 * The term a date falls in. Term dates differ between local authorities and trusts; until the
 * Lead can edit them these defaults split the year at January and April.
 */
export function termOf(isoDate: string): Term {
  const month = Number(isoDate.slice(5, 7));
  if (month >= 9) return 'autumn';
  if (month <= 3) return 'spring';
  return 'summer';
}
