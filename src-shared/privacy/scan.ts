import { COMMON_FIRST_NAMES } from '../domain/firstNames';
import { GRAMMAR_FIRST_NAMES } from './grammarFirstNames';
import { COMMON_SURNAMES } from './surnames';
import type { Finding, FindingKind } from './findings';
import { OWN_NAMES_THAT_ARE_WORDS, WORLD_NAMES, WORLD_NAMES_THAT_ARE_RARER_WORDS } from './worldNames';

// Looks through text that is about to leave the app for things that may identify a person. It is
// layered, because no single check finds the names of children from every culture: honorifics;
// broad lists of first names and surnames (ours, an English grammar library's, Faker's 70 locales'
// and the 200,000 of the humannames list), matched in any case, with accents folded and hyphenated
// names taken apart;
// the workspace's own people (surnames alone too) and schools; the shape of a school's name; and
// patterns for emails (also written "at … dot …"), phone numbers, dates of birth in figures or
// words, and unique pupil numbers (UPNs). test/shared/privacy/labelledNotes.ts measures it.

export interface ScanText {
  where: string;
  text: string;
}

export interface ScanOptions {
  /** Names of the workspace's teachers and leaders, flagged when the export withholds them. */
  people?: string[];
  /** Names of the workspace's schools, flagged when the export withholds them. */
  schools?: string[];
  /**
   * Text the document is meant to contain, such as the names of the people and schools a report
   * shows, or the citations of readings: nothing inside it is flagged.
   */
  allowed?: string[];
  /** Single words never taken for a pupil's name, such as the surnames of the authors the group read. */
  allowedWords?: string[];
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DOT = String.raw`(?:\s*(?:\[dot\]|\(dot\))\s*|\s+dot\s+|\.)`;

const PATTERNS: [FindingKind, RegExp][] = [
  ['email', /[\w.+-]+@[\w-]+(\.[\w-]+)+/g],
  [
    'email',
    new RegExp(
      String.raw`[\w.+-]+(?:\s*(?:\[at\]|\(at\))\s*|\s+at\s+)[\w-]+(?:${DOT}[\w-]+)*${DOT}(?:com|org|net|uk|gov|sch|ac|co|edu|info)\b`,
      'gi',
    ),
  ],
  ['phone', /(?:\+44\s?7\d{3}|\b07\d{3}|\(0\d{2,4}\)|\b0\d{2,4})[\s-]?\d{3}[\s-]?\d{3,4}\b/g],
  [
    'date_of_birth',
    new RegExp(
      String.raw`\b(?:born|d\.?o\.?b\.?|date of birth|birthday)(?:\s+is)?[:\s-]*(?:on\s+|in\s+)?(?:the\s+)?` +
        String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTH}\b(?:\s+\d{4})?)`,
      'gi',
    ),
  ],
  ['upn', /\b[A-Za-z]\d{11}[0-9A-Za-z]\b/g],
  ['name', /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\p{L}'’-]+/gu],
  // A school named in full: one to five capitalised words, then what kind of school it is.
  [
    'school',
    /\b(?:(?:St\.?|[A-Z][\p{L}'’.-]*)\s+){1,5}(?:(?:C of E|CE|RC|Catholic|Church of England|Community|Primary|Infant|Junior|Secondary|High|Grammar|Free|Methodist)\s+)*(?:School|Academy|College)\b/gu,
  ],
];

/** A word, with its hyphenated parts and its apostrophes: "Lily-Rose", "O’Neill", "Priya’s". */
const WORD = /\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;

/** Lower case, accents folded: "Zoë", "ZOE" and "zoe" are one name. */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** On the lists a careful reader would take for a person wherever a capital letter stands: ours and the grammar library's. */
const isOwnName = (word: string) =>
  COMMON_FIRST_NAMES.has(word) || GRAMMAR_FIRST_NAMES.has(word) || COMMON_SURNAMES.has(word);
/** A name that is also a word ("will", "grace", "mini"): a name only with a capital, mid-sentence. */
const isAlsoWord = (word: string) =>
  OWN_NAMES_THAT_ARE_WORDS.has(word) || (!isOwnName(word) && WORLD_NAMES_THAT_ARE_RARER_WORDS.has(word));

/**
 * Words and names every maths teacher writes that are named after people or are also names
 * somewhere: resources, diagrams, schemes, researchers and school acronyms. Never a child here.
 */
const MATHS_WORDS = new Set(
  `dienes cuisenaire numicon rekenrek montessori venn carroll frayer fibonacci pythagoras euclid singapore
  shanghai rosenshine dweck boaler vygotsky piaget bruner skemp gattegno guskey wiliam ofsted senco walt wilf`.split(
    /\s+/,
  ),
);

/** Names of schemes and services that are made of names ("White Rose Maths"). */
const MATHS_SCHEMES = [
  'White Rose Maths',
  'Power Maths',
  'Maths No Problem',
  'Times Tables Rock Stars',
  'Oak National',
];

/**
 * Whether a word is probably a person's name. A name written with a capital in the middle of a
 * sentence is flagged; so is one in capitals, in lower case or at the start of a sentence, unless
 * it is also an everyday word ("Will this work?", "the number rose", "MARK THE TENS"). A
 * hyphenated word made of names ("Lily-Rose", "Smith-Jones") is a name however it is written.
 */
function looksLikeName(word: string, atSentenceStart: boolean, allowedWords: ReadonlySet<string>): boolean {
  const parts = word.split('-').map((part) => folded(part).replace(/['’]s$/, ''));
  const names = parts.filter(
    (part) => (isOwnName(part) || WORLD_NAMES.has(part)) && !MATHS_WORDS.has(part) && !allowedWords.has(part),
  );
  if (names.length === 0) return false;
  if (parts.length > 1 && names.length === parts.length) return true;
  const capitalisedMidSentence = /^\p{Lu}\p{Ll}/u.test(word) && !atSentenceStart;
  // In capitals, a short word of the broad lists is more likely an acronym ("EEF", "DFE") than a child.
  const inCapitals = word === word.toUpperCase();
  return names.some(
    (part) =>
      capitalisedMidSentence ||
      (!isAlsoWord(part) && part.length > 2 && (!inCapitals || part.length > 4 || isOwnName(part))),
  );
}

function contextOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return `${start > 40 ? '…' : ''}${before}${text.slice(start, end)}${after}${end + 40 < text.length ? '…' : ''}`;
}

/** True where a capitalised word starts a sentence, so it may be an ordinary word rather than a name. */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:;"“(\n]$/.test(before);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scanForPersonalData(texts: ScanText[], options: ScanOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const known: [FindingKind, string[]][] = [
    ['known_person', (options.people ?? []).filter((p) => p.trim().length > 2)],
    ['school', (options.schools ?? []).filter((s) => s.trim().length > 2)],
  ];
  const allowed = [...(options.allowed ?? []), ...MATHS_SCHEMES].filter((a) => a.trim().length > 2);
  const allowedWords = new Set((options.allowedWords ?? []).map(folded));
  // A teacher is often written of by surname alone ("Hargreaves led the starter"): a surname that is a
  // known name and not also an everyday word ("Mr White", "Ms Hall" stay unflagged when alone).
  const surnames = (options.people ?? [])
    .map((person) => person.trim().split(/\s+/).at(-1) ?? '')
    .filter((surname) => {
      const word = folded(surname);
      return (
        word.length > 2 && /^\p{Lu}/u.test(surname) && (isOwnName(word) || WORLD_NAMES.has(word)) && !isAlsoWord(word)
      );
    });
  for (const { where, text } of texts) {
    const seen = new Set<string>();
    for (const phrase of allowed) {
      for (const m of text.matchAll(new RegExp(escape(phrase.trim()), 'g')))
        seen.add(`${m.index}:${m.index + m[0].length}`);
    }
    const add = (kind: FindingKind, start: number, end: number) => {
      const key = `${start}:${end}`;
      if ([...seen].some((s) => overlaps(s, start, end))) return; // already found, or meant to be there
      seen.add(key);
      findings.push({ where, kind, match: text.slice(start, end), context: contextOf(text, start, end) });
    };
    for (const [kind, names] of known) {
      for (const name of names) {
        for (const m of text.matchAll(new RegExp(`\\b${escape(name.trim())}\\b`, 'gi')))
          add(kind, m.index, m.index + m[0].length);
      }
    }
    for (const surname of surnames) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu')))
        add('known_person', m.index, m.index + m[0].length);
    }
    for (const [kind, pattern] of PATTERNS) {
      for (const m of text.matchAll(pattern)) add(kind, m.index, m.index + m[0].length);
    }
    const words = [...text.matchAll(WORD)];
    words.forEach((m, i) => {
      const atStart = startsSentence(text, m.index);
      // "Precious and Blessing explained…": a name that is also a word, joined by "and" to a name, is a name.
      const next = words[i + 2];
      const pairedWithName =
        atStart &&
        words[i + 1]?.[0] === 'and' &&
        next !== undefined &&
        looksLikeName(next[0], false, allowedWords) &&
        looksLikeName(m[0], false, allowedWords);
      if (pairedWithName || looksLikeName(m[0], atStart, allowedWords)) add('name', m.index, m.index + m[0].length);
    });
  }
  return findings;
}

function overlaps(key: string, start: number, end: number): boolean {
  const [s, e] = key.split(':').map(Number) as [number, number];
  return start < e && s < end;
}

/** The surnames in a reading's citation ("Nunes, T., Bryant, P. and Watson, A. (2009)…"), for `allowedWords`. */
export const citationAuthors = (citation: string): string[] =>
  citation.split(/\(\d{4}/)[0]!.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [];

/** Applies the user's "replace in this export only" choices to a piece of outgoing text. */
export function applyReplacements(text: string, replacements: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [match, replacement] of replacements) result = result.split(match).join(replacement);
  return result;
}
