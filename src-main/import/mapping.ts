import { IMPORT_FIELDS, IMPORT_KINDS, type ColumnMapping, type ImportKind } from '../../src-shared/api/spreadsheets';
import { normaliseHeading } from '../../src-shared/domain/headings';

// Proposes which column holds which field, from the headings alone: tolerant of case, spacing,
// punctuation and the words people use for the same thing in their own registers.

const SYNONYMS: Record<ImportKind, Record<string, string[]>> = {
  schools: {
    name: [
      'school',
      'school name',
      'name of school',
      'name',
      'establishment',
      'establishment name',
      'setting',
      'setting name',
      'academy',
      'academy name',
      'schools',
    ],
    urn: ['urn', 'unique reference number', 'school urn', 'urn number', 'dfe urn', 'unique reference no', 'urn no'],
    phase: ['phase', 'school phase', 'phase of education', 'education phase'],
    seniorLeaderName: [
      'senior leader',
      'senior leader name',
      'senior leaders name',
      'headteacher',
      'head teacher',
      'head',
      'headteacher name',
      'leader',
      'leader name',
      'sl',
      'sl name',
      'senior leadership contact',
      'slt contact',
      'slt link',
    ],
    seniorLeaderRole: [
      'senior leader role',
      'senior leaders role',
      'leader role',
      'role',
      'job title',
      'position',
      'sl role',
    ],
  },
  participants: {
    name: [
      'name',
      'full name',
      'participant',
      'participant name',
      'participants name',
      'teacher',
      'teacher name',
      'teachers name',
      'delegate',
      'delegate name',
      'attendee',
      'attendee name',
    ],
    firstName: ['first name', 'firstname', 'forename', 'forenames', 'given name', 'first names', 'christian name'],
    lastName: ['surname', 'last name', 'lastname', 'family name', 'second name'],
    school: [
      'school',
      'school name',
      'name of school',
      'school urn',
      'urn',
      'setting',
      'establishment',
      'establishment name',
      'academy',
    ],
    role: ['role', 'job title', 'position', 'post', 'role in school'],
    researchQuestion: [
      'research question',
      'personal research question',
      'enquiry question',
      'inquiry question',
      'question',
      'focus question',
      'rq',
    ],
  },
  attendance: {
    date: ['date', 'meeting date', 'session date', 'date of meeting', 'date of session', 'day', 'event date'],
    name: [
      'name',
      'full name',
      'participant',
      'participant name',
      'teacher',
      'teacher name',
      'delegate',
      'attendee',
      'attendee name',
    ],
    firstName: ['first name', 'firstname', 'forename', 'given name'],
    lastName: ['surname', 'last name', 'lastname', 'family name'],
    attended: ['attended', 'present', 'attendance', 'status', 'register', 'here', 'attended y n', 'present y n'],
    meetingKind: ['kind', 'meeting kind', 'type', 'meeting type', 'session type', 'session', 'event type'],
  },
  observations: {
    code: [
      'code',
      'child code',
      'focus child',
      'focus child code',
      'pupil code',
      'child',
      'pupil',
      'pupil id',
      'child id',
      'pseudonym',
      'case pupil',
      'focus pupil',
      'id',
    ],
    date: [
      'date',
      'date of assessment',
      'assessment date',
      'observation date',
      'date observed',
      'date of observation',
      'date assessed',
      'when',
    ],
    kind: ['kind', 'type', 'observation type', 'observation kind', 'evidence type', 'kind of observation'],
    text: [
      'text',
      'note',
      'notes',
      'observation',
      'what was observed',
      'comment',
      'comments',
      'description',
      'details',
      'observed',
    ],
    measureValue: [
      'score',
      'mark',
      'result',
      'value',
      'measure',
      'points',
      'raw score',
      'marks',
      'total',
      'test score',
    ],
    measureScale: [
      'scale',
      'out of',
      'max',
      'maximum',
      'max score',
      'maximum score',
      'total marks',
      'possible marks',
      'measure scale',
      'assessment',
      'test',
      'assessment name',
      'marks available',
    ],
  },
  // Microsoft Forms: ID, Start time, Completion time, Email, Name, then the questions; Google Forms:
  // Timestamp (and Email address or Username when collected), then the questions.
  surveyResponses: {
    name: ['name', 'full name', 'your name', 'respondent', 'participant', 'teacher', 'name of teacher'],
    email: ['email', 'email address', 'e mail', 'username', 'respondent email'],
    date: [
      'completion time',
      'timestamp',
      'submitted',
      'submitted at',
      'date submitted',
      'response date',
      'start time',
    ],
    occasion: ['start or end', 'start or end of the year', 'occasion', 'survey point', 'point in the year'],
  },
};

/** Headings that hold people's names: never proposed for focus children, and pointed out. */
export function looksLikeChildNames(heading: string): boolean {
  return /\bnames?\b|forename|surname|firstname|lastname/.test(normaliseHeading(heading));
}

const FIRST_NAME = ['first name', 'first names', 'firstname', 'forename', 'forenames', 'given name', 'given names'];
const SURNAME = ['surname', 'last name', 'lastname', 'family name'];

/**
 * Words that say what a column holds wherever they stand in its heading ("Teacher surname",
 * "Current role"), tried after the exact headings and before those that merely start alike.
 */
const MEANINGS: Partial<Record<ImportKind, Record<string, string[]>>> = {
  participants: { firstName: FIRST_NAME, lastName: SURNAME, role: ['role', 'job title', 'job', 'position'] },
  attendance: { firstName: FIRST_NAME, lastName: SURNAME },
  // A form given at both ends of the year often asks "Is this the start or the end of the year?".
  surveyResponses: { occasion: ['start or end', 'start or the end'] },
};

/** Whether a normalised heading holds the words as a whole ("role" is in "job role", not in "roles"). */
const mentions = (heading: string, words: string) => ` ${heading} `.includes(` ${words} `);
const mentionsAny = (heading: string, words: string[]) => words.some((w) => mentions(heading, w));

/** The proposed mapping for one kind of import: each field to a column, or null. */
export function proposeMapping(kind: ImportKind, headers: string[]): ColumnMapping {
  const normal = headers.map(normaliseHeading);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const fields = IMPORT_FIELDS[kind];
  const synonyms = SYNONYMS[kind];
  const meanings = MEANINGS[kind] ?? {};
  const claim = (key: string, words: string[], test: (heading: string, word: string) => boolean) => {
    if (mapping[key] !== undefined && mapping[key] !== null) return;
    for (const word of words) {
      const index = normal.findIndex((h, i) => !used.has(i) && h !== '' && test(h, word));
      if (index >= 0) {
        if (kind === 'observations' && key === 'code' && looksLikeChildNames(headers[index]!)) continue;
        mapping[key] = index;
        used.add(index);
        return;
      }
    }
  };
  const splitsNames = kind === 'participants' || kind === 'attendance';
  // Exact headings first, for every field; then a heading naming both parts ("Surname, First name")
  // as the full name; then headings by their meaning; then headings that start with a known phrase
  // ("Date of assessment (dd/mm/yyyy)"), so that a loose match never takes an exact one's column.
  for (const f of fields) claim(f.key, synonyms[f.key] ?? [], (h, s) => h === s);
  if (splitsNames) claim('name', FIRST_NAME, (h, w) => mentions(h, w) && mentionsAny(h, SURNAME));
  for (const f of fields) claim(f.key, meanings[f.key] ?? [], mentions);
  for (const f of fields) claim(f.key, synonyms[f.key] ?? [], (h, s) => s.length >= 4 && h.startsWith(`${s} `));
  for (const f of fields) if (mapping[f.key] === undefined) mapping[f.key] = null;
  const headingOf = (key: string) => normal[mapping[key]!] ?? '';
  if (splitsNames) {
    // "Name" beside "Surname" holds the first name.
    if (
      mapping['firstName'] === null &&
      mapping['lastName'] !== null &&
      mapping['name'] !== null &&
      !/\bfull\b/.test(headingOf('name')) &&
      !mentionsAny(headingOf('name'), SURNAME)
    ) {
      mapping['firstName'] = mapping['name']!;
      mapping['name'] = null;
    }
    // A full name and its parts together would be read twice: keep the parts when both are there.
    if (mapping['firstName'] !== null && mapping['lastName'] !== null) mapping['name'] = null;
  }
  // A bare "Role" or "Job title" is a senior leader's only beside a senior leader's name: in a
  // register of participants it is theirs.
  if (
    kind === 'schools' &&
    mapping['seniorLeaderName'] === null &&
    mapping['seniorLeaderRole'] !== null &&
    !/\b(leader|head|headteacher|sl|slt)\b/.test(headingOf('seniorLeaderRole'))
  )
    mapping['seniorLeaderRole'] = null;
  return mapping;
}

/** The fields a mapping still lacks; participants need a full name or a first name and surname. */
export function missingFields(kind: ImportKind, mapping: ColumnMapping): string[] {
  const has = (key: string) => mapping[key] !== undefined && mapping[key] !== null;
  const missing = IMPORT_FIELDS[kind].filter((f) => f.required && !has(f.key)).map((f) => f.label);
  if ((kind === 'participants' || kind === 'attendance') && !has('name') && !(has('firstName') && has('lastName')))
    missing.unshift('Full name (or First name and Surname)');
  if (kind === 'surveyResponses' && !has('name') && !has('email'))
    missing.unshift('Respondent’s name (or their email address)');
  return missing;
}

/** The kind of import a sheet most looks like: every required field found, the most fields found. */
export function suggestKind(proposals: Record<ImportKind, ColumnMapping>): ImportKind | null {
  let best: ImportKind | null = null;
  let bestScore = 0;
  for (const kind of IMPORT_KINDS) {
    if (missingFields(kind, proposals[kind]).length > 0) continue;
    const score = Object.values(proposals[kind]).filter((v) => v !== null).length / IMPORT_FIELDS[kind].length;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/** How many of a row's cells read as headings of one kind of import: how much it looks like a heading row. */
export function knownHeadings(cells: string[]): number {
  return Math.max(
    ...IMPORT_KINDS.map((kind) => Object.values(proposeMapping(kind, cells)).filter((c) => c !== null).length),
  );
}
