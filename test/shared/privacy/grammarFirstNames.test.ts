import { describe, expect, it } from 'vitest';
import { GRAMMAR_FIRST_NAMES } from '../../../src-shared/privacy/grammarFirstNames';
import { grammarFirstNames } from '../../../scripts/grammar-first-names.js';

describe('the first names taken from the grammar library', () => {
  it('are the ones the installed library knows (run scripts/grammar-first-names.js after updating it)', () => {
    expect([...GRAMMAR_FIRST_NAMES]).toEqual(grammarFirstNames());
    expect(GRAMMAR_FIRST_NAMES.size).toBeGreaterThan(3000);
    for (const name of ['aleksander', 'siobhan', 'bartholomew']) expect(GRAMMAR_FIRST_NAMES.has(name)).toBe(true);
  });
});
