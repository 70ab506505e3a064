import { describe, expect, it } from 'vitest';
import { reanchor } from '../../../src-shared/themes/anchor';

const text = 'We tried stem sentences in every lesson. The class used the bar model to compare fractions.';
const at = (words: string, inText = text) => ({
  startOffset: inText.indexOf(words),
  endOffset: inText.indexOf(words) + words.length,
  words,
});

describe('finding a coded passage again after an edit', () => {
  it('keeps the passage where it is when its words have not moved', () => {
    const anchor = at('stem sentences');
    expect(reanchor(text, anchor)).toBe(anchor);
  });

  it('follows the words when text is added before them', () => {
    const edited = `On Monday, after the staff meeting, ${text}`;
    expect(reanchor(edited, at('the bar model'))).toEqual(at('the bar model', edited));
  });

  it('takes the occurrence nearest the old place when the words occur twice', () => {
    const edited = `${text} Later the bar model helped again.`;
    const found = reanchor(edited, at('the bar model'));
    expect(found).toEqual(at('the bar model', edited));
    expect(found!.startOffset).toBe(text.indexOf('the bar model'));
  });

  it('finds the closest wording when a word in the passage was changed', () => {
    const anchor = at('The class used the bar model to compare fractions');
    const edited = 'We tried stem sentences in every lesson. The class used a bar model to compare fractions.';
    expect(reanchor(edited, anchor)).toEqual(at('The class used a bar model to compare fractions', edited));
  });

  it('gives up, rather than guessing, when the words have gone', () => {
    const edited = 'We tried stem sentences in every lesson. Nothing else happened that week.';
    expect(reanchor(edited, at('The class used the bar model to compare fractions'))).toBeUndefined();
    expect(reanchor('', at('stem sentences'))).toBeUndefined();
  });
});
