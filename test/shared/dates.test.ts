import { describe, expect, it } from 'vitest';
import { dateHint, formatDateShort, outsideYearMessage, readDate } from '../../src-shared/calendar/dates';

describe('reading a date as teachers type it', () => {
  it.each([
    ['3/2/27', '2027-02-03'],
    ['03/02/2027', '2027-02-03'],
    ['3.2.2027', '2027-02-03'],
    ['3-2-2027', '2027-02-03'],
    ['3 Feb 2027', '2027-02-03'],
    ['3 February 2027', '2027-02-03'],
    ['3rd February 2027', '2027-02-03'],
    ['3 feb. 27', '2027-02-03'],
    ['  3 Sept 2026 ', '2026-09-03'],
    ['2027-02-03', '2027-02-03'],
    ['29/2/2028', '2028-02-29'],
  ])('reads %s as %s', (typed, iso) => {
    expect(readDate(typed)).toEqual({ iso });
  });

  it('places a date without a year in the group’s academic year', () => {
    expect(readDate('3/2', '2026/27')).toEqual({ iso: '2027-02-03' });
    expect(readDate('14 Oct', '2026/27')).toEqual({ iso: '2026-10-14' });
    expect(readDate('3/2')).toEqual({ problem: expect.stringMatching(/^Add the year, for example 3\/2\/\d{4}\.$/) });
  });

  it('says precisely what is wrong', () => {
    expect(readDate('31/02/2027')).toEqual({ problem: 'There is no 31 February. Check the day and month.' });
    expect(readDate('29 Feb 2027')).toEqual({ problem: 'There is no 29 February in 2027. Check the day and month.' });
    expect(readDate('31/4/2027')).toEqual({ problem: 'There is no 31 April. Check the day and month.' });
    expect(readDate('3/13/2027')).toEqual({
      problem:
        'There is no month 13: months run from 1 to 12. Enter the day, month and year, for example 3/2/2027 or 3 Feb 2027.',
    });
    expect(readDate('3 Febtember 2027')).toEqual({
      problem: '“Febtember” is not a month. Enter the day, month and year, for example 3/2/2027 or 3 Feb 2027.',
    });
    expect(readDate('next Tuesday')).toEqual({
      problem: 'That is not a date we can read. Enter the day, month and year, for example 3/2/2027 or 3 Feb 2027.',
    });
    expect(readDate('0/2/2027')).toMatchObject({ problem: expect.stringMatching(/^There is no day 0\./) });
  });

  it('names the group’s year, its first and last day, when a date falls outside it', () => {
    expect(outsideYearMessage('2026/27')).toBe(
      'That date is outside the group’s year 2026/27 (1 Sept 2026 – 31 Aug 2027).',
    );
    expect(formatDateShort('2027-02-03')).toBe('3 Feb 2027');
  });

  it('gives an example inside the group’s year', () => {
    expect(dateHint('2026/27')).toBe('For example 3/2/27 or 3 Feb 2027');
    const example = readDate(dateHint('2025/26').split(' or ')[1]!);
    expect(example).toEqual({ iso: '2026-02-03' });
  });
});
