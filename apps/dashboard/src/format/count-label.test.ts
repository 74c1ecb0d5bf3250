import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label.ts';

describe('countLabel', () => {
  it('agrees in number and says when only a page is shown', () => {
    expect(countLabel(1, 1, ['person', 'people'])).toBe('1 person');
    expect(countLabel(0, 0, ['event', 'events'])).toBe('0 events');
    expect(countLabel(100, 240, ['event', 'events'])).toBe('Showing 100 of 240 events');
  });
});
