import { getLocalTimeZone, parseDate, today } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import { academicYearBounds, academicYearOf } from '../../../src-shared/calendar/academicYear';
import { dateHint, formatDateGB, readDate } from '../../../src-shared/calendar/dates';
import { Field } from '../components/Field';
import type { TextControlProps } from './FieldControl';
import { useFormContext } from './formContext';

/** The day the calendar opens on: the date typed, else today within the group's year, else the year's first day. */
function openingDay(typed: string, academicYear: string | undefined) {
  const read = readDate(typed, academicYear);
  if ('iso' in read) return read.iso;
  const now = today(getLocalTimeZone()).toString();
  const { start, end } = academicYearBounds(academicYear ?? academicYearOf(new Date()));
  return now >= start && now <= end ? now : start;
}

/**
 * A date typed as teachers write it (3/2/27, 3 Feb 2027…), read when the form is saved, with a
 * calendar beside it (British: weeks start on Monday) for those who would rather pick the day.
 */
export function DateField({ field, value, onChange, error }: TextControlProps) {
  const { academicYear } = useFormContext();
  const opening = parseDate(openingDay(value, academicYear));
  const typedDay = 'iso' in readDate(value, academicYear) ? opening : null;
  return (
    <Field label={field.label} hint={field.hint ?? dateHint(academicYear)} error={error}>
      {(p) => (
        <div className="date-field">
          <input {...p} className="date-input" value={value} onChange={(e) => onChange(e.target.value)} />
          <DialogTrigger>
            <Button className="calendar-button" aria-label="Pick the day on a calendar">
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
                <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
              </svg>
            </Button>
            <Popover placement="bottom end" className="calendar-popover">
              <Dialog aria-label={field.label} className="calendar-dialog">
                {({ close }) => (
                  <I18nProvider locale="en-GB">
                    <Calendar
                      aria-label={field.label}
                      value={typedDay}
                      defaultFocusedValue={opening}
                      onChange={(day) => {
                        onChange(formatDateGB(day.toString()));
                        close();
                      }}
                    >
                      <header className="calendar-header">
                        <Button slot="previous">‹</Button>
                        <Heading />
                        <Button slot="next">›</Button>
                      </header>
                      <CalendarGrid>{(day) => <CalendarCell date={day} />}</CalendarGrid>
                    </Calendar>
                  </I18nProvider>
                )}
              </Dialog>
            </Popover>
          </DialogTrigger>
        </div>
      )}
    </Field>
  );
}
