import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_LABELS, labelFor } from './event-types.ts';

describe('labelFor', () => {
  it('uses the curated label, and a readable fallback for a value it does not know', () => {
    expect(labelFor(EVENT_TYPE_LABELS, 'AWARD_CONFERRAL')).toBe('Award conferral');
    expect(labelFor(EVENT_TYPE_LABELS, 'PHONE_CALL')).toBe('Phone call');
  });
});
