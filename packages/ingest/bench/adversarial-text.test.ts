import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES, adversarialText } from './adversarial-text.ts';

describe('adversarialText', () => {
  it('fills each case to the requested size', () => {
    for (const name of ADVERSARIAL_CASES) {
      const bytes = Buffer.byteLength(adversarialText(name, 100_000));
      expect(bytes).toBeGreaterThanOrEqual(100_000);
      expect(bytes).toBeLessThan(100_300);
    }
  });

  it('keeps the 1 MB sentence free of sentence ends', () => {
    expect(adversarialText('one 1 MB sentence', 100_000).slice(200)).not.toMatch(/[.!?]/);
  });
});
