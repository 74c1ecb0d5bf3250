import { nameTokens } from '@diplomacy-graph/core';
import { describe, expect, it } from 'vitest';
import { type NameForm, PersonNameIndex, sharesWordPair } from './person-name-index.ts';

const form = (text: string): NameForm => {
  const tokens = nameTokens(text);
  return { text, tokens, joined: tokens.join('') };
};
const person = (name: string) => ({ name, lastLookup: 0 });

function indexOf(names: string[], others: string[] = []) {
  const forms = names.map(form);
  const index = new PersonNameIndex<ReturnType<typeof person>>([...forms, ...others.map(form)]);
  for (const [i, f] of forms.entries()) index.add(person(names[i] as string), f);
  return index;
}
const found = (people: { name: string }[]) => people.map((p) => p.name).sort();

describe('PersonNameIndex', () => {
  const names = [
    'Mohammed bin Nasser al-Hashimi',
    'Omar bin Khalid al-Dosari',
    'Dina Ercilia Boluarte Zegarra',
    'Gustavo Adrianzén',
    'Yoon Suk-yeol',
  ];
  const leaders = [
    'Mohammed al-Hashimi',
    'Dina Boluarte',
    'Gustavo Adriazén',
    'Boluart',
    'Yoon Sukyeol',
  ];
  const index = indexOf(names, leaders);

  it('finds contained names, one-edit typos and the same letters', () => {
    expect(found(index.candidates([form('Mohammed al-Hashimi')], 3))).toEqual([
      'Mohammed bin Nasser al-Hashimi',
    ]);
    expect(found(index.candidates([form('Dina Boluarte')], 2))).toContain(
      'Dina Ercilia Boluarte Zegarra',
    );
    expect(found(index.candidates([form('Gustavo Adriazén')], 2))).toContain('Gustavo Adrianzén');
    expect(found(index.candidates([form('Yoon Sukyeol')], 2))).toContain('Yoon Suk-yeol');
    expect(found(index.spelledAlike([form('Yoon Sukyeol')]))).toEqual(['Yoon Suk-yeol']);
  });

  it('finds a one-word leader by a near spelling of any word', () => {
    expect(found(index.candidates([form('Boluart')], 1))).toEqual([
      'Dina Ercilia Boluarte Zegarra',
    ]);
  });

  it('does not look up by common words alone', () => {
    expect(found(index.candidates([form('Mohammed al-Hashimi')], 3))).not.toContain(
      'Omar bin Khalid al-Dosari',
    );
  });
});

describe('sharesWordPair', () => {
  it('needs a shared word and a near spelling of another, at different places', () => {
    expect(sharesWordPair(form('Gustavo Adriazén'), form('Gustavo Adrianzén'))).toBe(true);
    expect(sharesWordPair(form('Luong Cuong'), form('Cuong Luong'))).toBe(true);
    expect(sharesWordPair(form('Luong Cuong'), form('Luong Tam'))).toBe(false);
    expect(sharesWordPair(form('Yoon Suk-yeol'), form('Yoon Sukyeol'))).toBe(false);
  });
});
