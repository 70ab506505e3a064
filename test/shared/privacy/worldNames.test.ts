import { describe, expect, it } from 'vitest';
import {
  OWN_NAMES_THAT_ARE_WORDS,
  WORLD_NAMES,
  WORLD_NAMES_THAT_ARE_RARER_WORDS,
} from '../../../src-shared/privacy/worldNames';
import { ownNamesThatAreWords, worldNames, worldNamesThatAreRarerWords } from '../../../scripts/world-names.js';

describe('the broad name lists of the personal-data check', () => {
  it('are the ones the installed data sets give (run scripts/world-names.js after updating them)', () => {
    expect([...WORLD_NAMES]).toEqual(worldNames());
    expect([...WORLD_NAMES_THAT_ARE_RARER_WORDS]).toEqual(worldNamesThatAreRarerWords());
    expect([...OWN_NAMES_THAT_ARE_WORDS]).toEqual(ownNamesThatAreWords());
  });

  it('hold names of many traditions, folded, and no everyday words', () => {
    expect(WORLD_NAMES.size).toBeGreaterThan(100_000);
    for (const name of ['oluwaseun', 'dafydd', 'saoirse', 'harpreet', 'zuzanna', 'zoe', 'nguyen', 'wanjiru'])
      expect(WORLD_NAMES.has(name)).toBe(true);
    for (const word of ['the', 'and', 'will', 'line', 'english', 'june']) expect(WORLD_NAMES.has(word)).toBe(false);
    for (const word of ['grace', 'summer', 'mark', 'rose']) expect(OWN_NAMES_THAT_ARE_WORDS.has(word)).toBe(true);
  });
});
