import { describe, expect, it } from 'vitest';
import { type NameCandidate, pickPersonByName } from './pick-person-by-name.ts';

const candidate = (
  id: string,
  canonicalName: string,
  aliases: string[] = [],
  confidence = 0.5,
): NameCandidate => ({
  id,
  canonicalName,
  aliases,
  confidence,
});

const dina = candidate('dina', 'Dina Ercilia Boluarte Zegarra', ['Dina Boluarte']);
const cuong = candidate('cuong', 'Lương Cường', ['Cường']);

describe('pickPersonByName', () => {
  it('matches names in any order and without diacritics', () => {
    expect(pickPersonByName('Cuong Luong', [dina, cuong])?.id).toBe('cuong');
  });

  it('matches a single surname contained in the full name', () => {
    expect(pickPersonByName('Boluarte', [cuong, dina])?.id).toBe('dina');
  });

  it('prefers the more confident of two people with the same name', () => {
    const weak = candidate('weak', 'Nguyễn Văn An', [], 0.2);
    const strong = candidate('strong', 'Nguyen Van An', [], 0.9);
    expect(pickPersonByName('Nguyen Van An', [weak, strong])?.id).toBe('strong');
  });

  it('answers null when nobody fits', () => {
    expect(pickPersonByName('Xi Jinping', [dina, cuong])).toBeNull();
    expect(pickPersonByName('Cuong Dina', [dina, cuong])).toBeNull();
  });
});
