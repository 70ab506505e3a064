import { describe, expect, it } from 'vitest';
import { scanForPersonalData } from '../../../src-shared/privacy/scan';
import { LABELLED_NOTES, measureCheck, WORKSPACE } from './labelledNotes';

describe('the personal-data check on a labelled set of classroom notes', () => {
  it('finds at least 98% of names and identifiers, with at most 2% false alarms', () => {
    const measure = measureCheck((text) => scanForPersonalData([{ where: 'note', text }], WORKSPACE));
    console.log(`recall ${measure.found}/${measure.labelled}; false alarms ${measure.falseAlarms}/${measure.findings}`);
    if (measure.missed.length + measure.wrong.length > 0)
      console.log(`missed:\n  ${measure.missed.join('\n  ')}\nwrong:\n  ${measure.wrong.join('\n  ')}`);
    expect(measure.labelled).toBeGreaterThanOrEqual(200);
    expect(LABELLED_NOTES.filter((note) => !note.includes('[[')).length).toBeGreaterThanOrEqual(60);
    expect(measure.recall).toBeGreaterThanOrEqual(0.98);
    expect(measure.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });
});
