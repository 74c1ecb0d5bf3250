import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment-sentences.ts';
import { tokenize } from './tokenize.ts';

const sentences = (text: string) =>
  segmentSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(sentences('Mr. Smith met the U.S. envoy in Washington. Talks went well.')).toEqual([
      'Mr. Smith met the U.S. envoy in Washington.',
      'Talks went well.',
    ]);
    expect(sentences('PM Albanese met J. K. Rowling. M. Barrot a parlé.')).toEqual([
      'PM Albanese met J. K. Rowling.',
      'M. Barrot a parlé.',
    ]);
  });
  it('splits on ! and ? and keeps closing quotes', () => {
    expect(sentences('He said "We agree." Then he left! Did he?')).toEqual([
      'He said "We agree."',
      'Then he left!',
      'Did he?',
    ]);
  });
  it('treats the VNA "./." ending as one end', () => {
    expect(sentences('The visit ended./. Next story')).toEqual([
      'The visit ended./.',
      'Next story',
    ]);
  });
  it('cuts a run without stops into bounded pieces', () => {
    const text = 'word '.repeat(1000);
    const pieces = segmentSentences(tokenize(text));
    expect(pieces.map((piece) => piece.tokens.length)).toEqual([400, 400, 200]);
  });
  it('splits French sentences', () => {
    expect(sentences("Le président a quitté Paris. Il s'est rendu à Berlin.")).toEqual([
      'Le président a quitté Paris.',
      "Il s'est rendu à Berlin.",
    ]);
  });
});
