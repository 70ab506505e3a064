/** The first names compromise's lexicon holds, lower case and sorted (scripts/grammar-first-names.js). */
export function grammarFirstNames(): string[];
