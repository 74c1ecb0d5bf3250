import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.ts';

describe('segmentText', () => {
  it('cuts overlapping spans into segments that know every span covering them', () => {
    const text = 'Cuong met Boluart in Lima.';
    const sentence = { start: 0, end: 26, kind: 'EVIDENCE' };
    const person = { start: 10, end: 17, kind: 'PERSON' };
    const segments = segmentText(text, [sentence, person]);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.kind).join('+')])).toEqual([
      ['Cuong met ', 'EVIDENCE'],
      ['Boluart', 'EVIDENCE+PERSON'],
      [' in Lima.', 'EVIDENCE'],
    ]);
  });

  it('keeps the whole text, and ignores spans outside it', () => {
    const segments = segmentText('abc', [{ start: 2, end: 9, kind: 'PERSON' }]);
    expect(segments.map((s) => s.text).join('')).toBe('abc');
    expect(segments.every((s) => s.spans.length === 0)).toBe(true);
  });
});
