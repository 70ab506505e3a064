import { CODABLE_FIELDS, type CodableKind } from '../../../src-shared/themes/fields';
import { paths } from '../router';

/** What the coding view opens at: a passage to show, or words (a search hit's) to select. */
export interface CodingAt {
  passage?: string | undefined;
  find?: string | undefined;
}

// A record to code is the Themes tab's item ("journalEntry:<id>"); what to open at follows "?".
const SEPARATOR = ':';

/** The address of a record's coding view, opened at a passage or with words selected. */
export function codingAddress(workGroupId: string, kind: string, recordId: string, at: CodingAt = {}): string {
  const query = new URLSearchParams(Object.entries(at).filter((entry): entry is [string, string] => !!entry[1]));
  const tail = query.size > 0 ? `?${query.toString()}` : '';
  return `${paths.workGroup(workGroupId, 'themes', `${kind}${SEPARATOR}${recordId}`)}${tail}`;
}

/** Whether records of a kind have text that can be coded. */
export const isCodableKind = (kind: string): kind is CodableKind => Object.hasOwn(CODABLE_FIELDS, kind);

/** The record an address's item names, and what it opens at; undefined for an item that names no record to code. */
export function codingTarget(
  itemId: string,
  hash: string,
): ({ kind: CodableKind; recordId: string } & CodingAt) | undefined {
  const at = itemId.indexOf(SEPARATOR);
  const kind = itemId.slice(0, Math.max(at, 0));
  if (!isCodableKind(kind)) return undefined;
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  return {
    kind,
    recordId: itemId.slice(at + 1),
    passage: query.get('passage') ?? undefined,
    find: query.get('find') ?? undefined,
  };
}
