import { describe, expect, it } from 'vitest';
import { extractText } from './test-helpers.ts';

describe('names with particles', () => {
  it('reads two particles in a row ("von der", "van der") inside one name', () => {
    const text =
      'On Monday, the Dutch Prime Minister Dick Schoof met with the German Development Minister Reem Alabali-Radovan and with the Belgian Minister Paul Van der Meer in the city of Brussels.';
    const names = extractText(text).leaders.map((leader) => leader.name);
    expect(names).toContain('Paul Van der Meer');
  });
});
