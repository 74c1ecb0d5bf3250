import { describe, expect, it } from 'vitest';
import { leaderOf } from './test-helpers.ts';

describe('names given with their state but no office', () => {
  it('reads "le Sénégalais X" and "Kenya\'s X"', () => {
    const fr =
      'Le président Macky Sall a présidé la réunion. Le président en exercice, le Sénégalais Macky Sall, a salué les délégations.';
    expect(leaderOf(fr, 'Macky Sall')?.country).toBe('SN');
    const en = "Kenya's William Ruto and Uganda's Yoweri Museveni opened the border post.";
    expect(leaderOf(en, 'William Ruto')?.country).toBe('KE');
    expect(leaderOf(en, 'Yoweri Museveni')?.country).toBe('UG');
  });

  it('takes no single word after a possessive country for a person', () => {
    const text = "Russia's Gazprom signed a deal with President Kassym-Jomart Tokayev.";
    expect(leaderOf(text, 'Gazprom')).toBeUndefined();
  });
});
