// Gathering grammar added for unseen wire copy, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './test-helpers.ts';

const gatherings = (text: string) =>
  extractText(text).gatherings.map((g) => `${g.name}: ${g.attendees.join(', ')}`);

describe('attendance across sentences', () => {
  it('adds the people "in attendance" to the gathering the story is at (English)', () => {
    const text = [
      'Chilean President Gabriel Boric attended the Pacific Alliance Summit in Lima on Friday.',
      'Colombian President Gustavo Petro and Mexican President Claudia Sheinbaum were among the leaders in attendance.',
    ].join(' ');
    expect(gatherings(text)).toEqual([
      'Pacific Alliance Summit: Gabriel Boric, Gustavo Petro, Claudia Sheinbaum',
    ]);
  });

  it('reads "figuraient parmi les participants" and "y ont pris part, dont X" (French)', () => {
    const text = [
      'Le président sénégalais Bassirou Diomaye Faye a ouvert lundi à Dakar le Forum mondial de l’eau.',
      'Le président gambien Adama Barrow figurait parmi les participants.',
      'Quelque 80 délégations y ont pris part, dont celle du Premier ministre mauritanien Mokhtar Ould Djay.',
    ].join(' ');
    expect(gatherings(text)).toEqual([
      'Forum mondial de l’eau: Bassirou Diomaye Faye, Adama Barrow, Mokhtar Ould Djay',
    ]);
  });

  it('leaves a named gathering after "took part in" to its own rule', () => {
    const text = [
      'Malaysian Prime Minister Anwar Ibrahim attended the ASEAN Summit in Vientiane.',
      'Trade Minister Tengku Zafrul Aziz, who took part in a business forum, joined him later.',
    ].join(' ');
    expect(gatherings(text)[0]).toBe('ASEAN Summit: Anwar Ibrahim');
  });
});

describe('who is at a gathering', () => {
  it('puts everyone who met "on the sidelines" of a gathering at it', () => {
    const text =
      'On the sidelines of the G7 summit, Japanese Prime Minister Fumio Kishida met Canadian Prime Minister Justin Trudeau.';
    expect(gatherings(text)).toEqual(['G7 summit: Fumio Kishida, Justin Trudeau']);
  });

  it("puts the host of a dinner given in someone's honour at it", () => {
    const fr =
      "Le président ghanéen John Mahama a offert mardi un dîner d'État en l'honneur du président togolais Faure Gnassingbé.";
    expect(gatherings(fr)).toEqual(["dîner d'État: John Mahama, Faure Gnassingbé"]);
  });

  it('takes a plural "Summits" and a later "the summit" for one gathering', () => {
    const text = [
      'Thai Prime Minister Paetongtarn Shinawatra attended the 46th and 47th ASEAN Summits in Kuala Lumpur.',
      'Philippine President Ferdinand Marcos Jr. also attended the summit.',
    ].join(' ');
    expect(extractText(text).gatherings).toHaveLength(1);
  });
});
