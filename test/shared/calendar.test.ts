import { describe, expect, it } from 'vitest';
import { academicYearOf, isAcademicYear } from '../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../src-shared/calendar/dates';

describe('academic years', () => {
  it('accepts consecutive years only', () => {
    expect(isAcademicYear('2025/26')).toBe(true);
    expect(isAcademicYear('2099/00')).toBe(true);
    expect(isAcademicYear('2025/27')).toBe(false);
    expect(isAcademicYear('2025-26')).toBe(false);
  });

  it('starts a new year in September', () => {
    expect(academicYearOf(new Date(2025, 7, 31))).toBe('2024/25');
    expect(academicYearOf(new Date(2025, 8, 1))).toBe('2025/26');
  });

  it('shows dates the British way', () => {
    expect(formatDateGB('2025-09-04')).toBe('04/09/2025');
  });
});
