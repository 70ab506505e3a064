// What the personal-data check reports, apart from the check itself, so that a screen can name a
// finding without loading the check's name lists (scan.ts).

export type FindingKind = 'name' | 'known_person' | 'school' | 'email' | 'phone' | 'date_of_birth' | 'upn';

export interface Finding {
  /** Where the text comes from, in the user's words, e.g. "Journal entry, 15/10/2025". */
  where: string;
  kind: FindingKind;
  match: string;
  /** A few words either side, so the user can judge it. */
  context: string;
}

export const FINDING_LABELS: Record<FindingKind, string> = {
  name: 'Possible name',
  known_person: 'Name of a teacher or leader',
  school: 'Name of a school',
  email: 'Email address',
  phone: 'Phone number',
  date_of_birth: 'Date of birth',
  upn: 'Unique pupil number',
};
