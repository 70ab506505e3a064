import { describe, expect, it } from 'vitest';
import { foundSpans } from '../../src-renderer/src/components/FoundPassage';

describe('foundSpans', () => {
  it('finds each word that starts with a word searched for, whatever its case or accents', () => {
    const text = 'Reasoning aloud: the café group reasoned well; unreasonable was not said.';
    const words = (find: string) => foundSpans(text, find).map((s) => text.slice(s.start, s.end));
    expect(words('reason')).toEqual(['Reasoning', 'reasoned']);
    expect(words('CAFE  group')).toEqual(['café', 'group']);
    expect(words('…')).toEqual([]);
  });
});
