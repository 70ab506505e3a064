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
