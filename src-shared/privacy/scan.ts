import { COMMON_FIRST_NAMES } from '../domain/firstNames';
import { GRAMMAR_FIRST_NAMES } from './grammarFirstNames';
import { COMMON_SURNAMES } from './surnames';

// Looks through text that is about to leave the app for things that may identify a person. It is
// layered, because no single check finds the names of children from every culture: honorifics,
// broad lists of first names (ours, and the longer one of an English grammar library) and
// surnames, the workspace's own people and schools, and patterns for emails,
// phone numbers, dates of birth and unique pupil numbers (UPNs).

export type FindingKind = 'name' | 'known_person' | 'school' | 'email' | 'phone' | 'date_of_birth' | 'upn';

export interface Finding {
  /** Where the text comes from, in the user's words, e.g. "Journal entry, 15/10/2025". */
  where: string;
  kind: FindingKind;
  match: string;
  /** A few words either side, so the user can judge it. */
  context: string;
}

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

export const FINDING_LABELS: Record<FindingKind, string> = {
  name: 'Possible name',
  known_person: 'Name of a teacher or leader',
  school: 'Name of a school',
  email: 'Email address',
  phone: 'Phone number',
  date_of_birth: 'Date of birth',
  upn: 'Unique pupil number',
};

const PATTERNS: [FindingKind, RegExp][] = [
  ['email', /[\w.+-]+@[\w-]+(\.[\w-]+)+/g],
  ['phone', /(?:\+44\s?7\d{3}|\b07\d{3}|\b0\d{2,4})[\s-]?\d{3}[\s-]?\d{3,4}\b/g],
  [
    'date_of_birth',
    /\b(?:born|d\.?o\.?b\.?|date of birth|birthday)\b[:\s-]*(?:on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/gi,
  ],
  ['upn', /\b[A-Z]\d{11}[0-9A-Z]\b/g],
  ['name', /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\p{L}'-]+/gu],
];

const WORD = /[\p{Lu}][\p{Ll}'’-]+/gu;

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

/**
 * Names on the lists that are also everyday words. At the start of a sentence they are taken for the
 * word ("Will this work?", "Young children…", "Mark the tens"); anywhere else they are still flagged.
 */
const ALSO_WORDS = new Set(
  `will grace faith summer sunny rose ivy holly hazel iris violet ruby jade amber angel lily poppy daisy
  willow piper max mark jack bill jay teddy young white green brown gray wood king hall cook baker day
  west ball price bell hill ward fox grant wells gill ford hunt hart cole rice shaw booth mills brooks
  walker turner butler fisher carter cooper mason marshall knight taylor lee long page don pat rob sue
  chase lance pierce wade heath dale glen`.split(/\s+/),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scanForPersonalData(texts: ScanText[], options: ScanOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const known: [FindingKind, string[]][] = [
    ['known_person', (options.people ?? []).filter((p) => p.trim().length > 2)],
    ['school', (options.schools ?? []).filter((s) => s.trim().length > 2)],
  ];
  const allowed = (options.allowed ?? []).filter((a) => a.trim().length > 2);
  const allowedWords = new Set((options.allowedWords ?? []).map((w) => w.toLowerCase()));
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
    for (const [kind, pattern] of PATTERNS) {
      for (const m of text.matchAll(pattern)) add(kind, m.index, m.index + m[0].length);
    }
    for (const m of text.matchAll(WORD)) {
      const word = m[0].toLowerCase().replace(/[’']s$/, '');
      const listed =
        !allowedWords.has(word) &&
        (COMMON_FIRST_NAMES.has(word) || GRAMMAR_FIRST_NAMES.has(word) || COMMON_SURNAMES.has(word));
      if (listed && !(ALSO_WORDS.has(word) && startsSentence(text, m.index))) {
        add('name', m.index, m.index + m[0].length);
      }
    }
  }
  return findings;
}

function overlaps(key: string, start: number, end: number): boolean {
  const [s, e] = key.split(':').map(Number) as [number, number];
  return start < e && s < end;
}

/** Applies the user's "replace in this export only" choices to a piece of outgoing text. */
export function applyReplacements(text: string, replacements: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [match, replacement] of replacements) result = result.split(match).join(replacement);
  return result;
}
