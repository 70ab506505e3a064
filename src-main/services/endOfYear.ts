import type { RecordKind } from '../../src-shared/api/contract';

type Fields = Record<string, unknown>;

/**
 * The end-of-year items of each kind of record, with the field holding the date each was recorded:
 * an evaluation "as of" an earlier date leaves the item out.
 */
export const END_OF_YEAR_ITEMS: Partial<Record<RecordKind, { recordedOn: string; fields: string[] }[]>> = {
  focusChild: [
    { recordedOn: 'changeRecordedOn', fields: ['changeJudgement', 'changeNote'] },
    { recordedOn: 'penPortraitEndRecordedOn', fields: ['penPortraitEnd'] },
  ],
  participant: [{ recordedOn: 'endRatingsRecordedOn', fields: ['endRatings'] }],
  schoolParticipation: [{ recordedOn: 'endEvaluationRecordedOn', fields: ['endEvaluation'] }],
};

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (typeof value === 'object' && Object.keys(value).length === 0);

/** A value as text with its keys in order, so ratings given in another order are still the same ratings. */
const canonical = (value: unknown) =>
  JSON.stringify(
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))
      : (value ?? null),
  );

/**
 * Dates each end-of-year item of a record about to be written: today when the item is first entered
 * or changed, unless the user gave another date; the date it had when it is unchanged; none once it
 * is cleared.
 */
export function dateEndOfYearItems(
  kind: RecordKind,
  fields: Fields,
  before: Fields | undefined,
  today: string,
): Fields {
  const dated = { ...fields };
  for (const { recordedOn, fields: itemFields } of END_OF_YEAR_ITEMS[kind] ?? []) {
    const given = fields[recordedOn];
    const had = before?.[recordedOn];
    const changed = itemFields.some((f) => canonical(fields[f]) !== canonical(before?.[f]));
    if (itemFields.every((f) => isEmpty(fields[f]))) delete dated[recordedOn];
    else if (given !== undefined && given !== had) dated[recordedOn] = given;
    else if (changed || had === undefined) dated[recordedOn] = today;
    else dated[recordedOn] = had;
  }
  return dated;
}
