import { describe, expect, it } from 'vitest';
import { findPhrase, segmentsOf, wholeWords } from '../../src-renderer/src/themes/spans';

const TEXT = 'We used stem sentences. Pupils explained, with a partner, how they knew.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('the stretches a coded text is drawn in', () => {
  it('cuts where each passage starts and ends, each stretch knowing every passage over it', () => {
    const segments = segmentsOf(20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 6, end: 14 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ['a'] },
      { start: 6, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 14, ids: ['b'] },
      { start: 14, end: 20, ids: [] },
    ]);
  });

  it('keeps a passage past the end of a shortened text to the text, and an empty one out', () => {
    expect(
      segmentsOf(8, [
        { id: 'a', start: 5, end: 30 },
        { id: 'b', start: 12, end: 15 },
      ]),
    ).toEqual([
      { start: 0, end: 5, ids: [] },
      { start: 5, end: 8, ids: ['a'] },
    ]);
  });
});

describe('what a Lead meant to select', () => {
  it('takes whole words when a drag starts or stops part-way through one, and leaves spaces out', () => {
    const { start, end } = at('stem sentences');
    expect(wholeWords(TEXT, start + 2, end - 3)).toEqual({ start, end });
    expect(wholeWords(TEXT, start - 1, end)).toEqual({ start, end });
    // Dragged from right to left
    expect(wholeWords(TEXT, end - 3, start + 2)).toEqual({ start, end });
  });

  it('is nothing when only spaces (or nothing) are selected', () => {
    expect(wholeWords(TEXT, 7, 8)).toBeUndefined();
    expect(wholeWords(TEXT, 5, 5)).toBeUndefined();
  });

  it('stops at punctuation', () => {
    expect(wholeWords(TEXT, at('explained').start + 1, at('explained').end)).toEqual(at('explained'));
  });
});

describe('a search hit’s words in the record', () => {
  it('are found whatever their case and the spacing or punctuation between them', () => {
    expect(findPhrase(TEXT, 'STEM  sentences')).toEqual(at('stem sentences'));
    expect(findPhrase(TEXT, 'explained with a partner')).toEqual(at('explained, with a partner'));
  });

  it('are undefined when the text no longer holds them', () => {
    expect(findPhrase(TEXT, 'bar model')).toBeUndefined();
    expect(findPhrase(TEXT, '…')).toBeUndefined();
  });
});
