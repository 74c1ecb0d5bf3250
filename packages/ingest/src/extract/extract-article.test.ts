// Grammar rules on sentences written for these tests (English and French), not seed sentences.
import { describe, expect, it } from 'vitest';
import { loadArticleText } from '../load/load-article.ts';
import { extractArticle } from './extract-article.ts';
import { extractArticles } from './extract-articles.ts';

const extract = (text: string, file = 'test.txt') => extractArticle(loadArticleText(file, text));
const leader = (text: string, name: string) => extract(text).leaders.find((l) => l.name === name);
const pairs = (text: string) => extract(text).meetings.map((m) => m.participants.join(' + '));

describe('people from the grammar of titles (English)', () => {
  it('takes the country from a demonym, a possessive or an "of" phrase', () => {
    const text = [
      'Kenyan President William Ruto arrived in the capital on a two-day trip.',
      "Brazil's Foreign Minister Mauro Vieira joined the talks.",
      'Prime Minister of Norway Jonas Gahr Støre also attended the event.',
      'President of the Republic of Korea Lee Jae-myung sent a message.',
    ].join(' ');
    expect(leader(text, 'William Ruto')).toMatchObject({ country: 'KE', titles: ['President'] });
    expect(leader(text, 'Mauro Vieira')).toMatchObject({
      country: 'BR',
      titles: ['Foreign Minister'],
    });
    expect(leader(text, 'Jonas Gahr Støre')).toMatchObject({
      country: 'NO',
      titles: ['Prime Minister'],
    });
    expect(leader(text, 'Lee Jae-myung')).toMatchObject({ country: 'KR', titles: ['President'] });
  });

  it('reads bodies inside titles, chained offices and abbreviations', () => {
    const text = [
      'Speaker of the National Assembly of Thailand Wan Muhamad Noor Matha received the delegation.',
      'Deputy Prime Minister and Minister of Finance Ho Duc Phoc also spoke.',
      'Indian PM Narendra Modi sent greetings to the U.S. Secretary of State Marco Rubio.',
    ].join(' ');
    expect(leader(text, 'Wan Muhamad Noor Matha')).toMatchObject({
      country: 'TH',
      titles: ['Speaker of the National Assembly of Thailand'],
      roles: ['LEGISLATURE_HEAD'],
    });
    expect(leader(text, 'Ho Duc Phoc')?.titles).toEqual([
      'Deputy Prime Minister',
      'Minister of Finance',
    ]);
    expect(leader(text, 'Narendra Modi')).toMatchObject({
      country: 'IN',
      titles: ['Prime Minister'],
    });
    expect(leader(text, 'Marco Rubio')).toMatchObject({
      country: 'US',
      titles: ['Secretary of State'],
    });
  });

  it('reads initials with their full stop and more offices', () => {
    const text = [
      'Indian External Affairs Minister S. Jaishankar held talks with Kenyan Foreign Minister Musalia Mudavadi.',
      'La mairesse de Montréal, Valérie Plante, a rencontré la gouverneure générale Mary Simon.',
    ].join('\n\n');
    expect(leader(text, 'S. Jaishankar')).toMatchObject({
      country: 'IN',
      titles: ['External Affairs Minister'],
    });
    expect(pairs(text)).toContain('S. Jaishankar + Musalia Mudavadi');
    expect(leader(text, 'Valérie Plante')?.titles).toEqual(['Mayor']);
    expect(leader(text, 'Mary Simon')?.titles).toEqual(['Governor General']);
  });

  it("reads a courtesy title before the name, also after a ministry's long name", () => {
    const text =
      "ALGER, 18 juillet 2024 (APS) - Le président de la République, M. Abdelmadjid Tebboune, a reçu le ministre mauritanien des Affaires étrangères, de la Coopération et des Mauritaniens de l'extérieur, M. Mohamed Salem Ould Merzouk, porteur d'un message du président de la République islamique de Mauritanie, M. Mohamed Ould Cheikh El Ghazouani.";
    expect(leader(text, 'Abdelmadjid Tebboune')).toMatchObject({
      country: 'DZ',
      titles: ['President'],
    });
    expect(leader(text, 'Mohamed Salem Ould Merzouk')).toMatchObject({
      country: 'MR',
      titles: ['Minister of Foreign Affairs'],
    });
    expect(leader(text, 'Mohamed Ould Cheikh El Ghazouani')?.country).toBe('MR');
    expect(pairs(text)).toEqual(['Abdelmadjid Tebboune + Mohamed Salem Ould Merzouk']);
  });

  it('keeps courtesy titles out of names, so two sheikhs of one family stay two people', () => {
    const text =
      'The Emir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, received Malaysian Prime Minister Datuk Seri Anwar Ibrahim at the palace on Monday, and the Kuwaiti Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah was also there with the two leaders when they spoke about trade and energy.';
    expect(extract(text).leaders.map((l) => [l.name, l.titles])).toEqual([
      ['Mishal Al-Ahmad Al-Jaber Al-Sabah', ['Emir']],
      ['Anwar Ibrahim', ['Prime Minister']],
      ['Ahmad Abdullah Al-Ahmad Al-Sabah', ['Prime Minister']],
    ]);
  });

  it('reads a run of adjectives before an office ("Uruguay\'s newly inaugurated president, X")', () => {
    const text =
      "Among those attending were Brazilian President Luiz Inácio Lula da Silva and Uruguay's newly inaugurated president, Yamandú Orsi, who met Lula on the sidelines.";
    expect(leader(text, 'Yamandú Orsi')).toMatchObject({ country: 'UY', titles: ['president'] });
  });

  it('reads a French adjective spelt like its country\'s name ("le ministre suisse")', () => {
    const text =
      'Le ministre suisse des Affaires étrangères, Ignazio Cassis, a plaidé pour un renforcement du rôle de la Francophonie dans la médiation entre les parties.';
    expect(leader(text, 'Ignazio Cassis')).toMatchObject({
      country: 'CH',
      titles: ['Minister of Foreign Affairs'],
    });
  });

  it('reads an office past an adjective after it ("le chancelier allemand sortant, Olaf Scholz")', () => {
    const text =
      'Le chancelier allemand sortant, Olaf Scholz, a rencontré le Premier ministre polonais Donald Tusk à Bruxelles, jeudi, en marge du sommet européen consacré à la défense.';
    expect(leader(text, 'Olaf Scholz')).toMatchObject({ country: 'DE', titles: ['Chancellor'] });
    expect(pairs(text)).toEqual(['Olaf Scholz + Donald Tusk']);
  });

  it('lets one country serve two titled people joined by "and"', () => {
    const text =
      'Brazilian Finance Minister Fernando Haddad and Minister for Mines and Energy Alexandre Silveira led the delegation.';
    expect(leader(text, 'Fernando Haddad')).toMatchObject({
      country: 'BR',
      titles: ['Finance Minister'],
    });
    expect(leader(text, 'Alexandre Silveira')).toMatchObject({
      country: 'BR',
      titles: ['Minister for Mines and Energy'],
    });
  });

  it('does not take a title without a name, nor an organisation, for a person', () => {
    const text =
      'The President of the European Commission spoke. The Prime Minister said the National Assembly would vote.';
    expect(extract(text).leaders).toEqual([]);
  });
});

describe('people from the grammar of titles (French)', () => {
  it('reads post-posed demonyms, "de" countries and chained offices', () => {
    const text = [
      'Le président sénégalais Bassirou Diomaye Faye a reçu le Premier ministre de Belgique, Alexander De Croo.',
      'La ministre des Affaires étrangères Mélanie Joly était présente.',
      'Le secrétaire général du Parti et président chinois Xi Jinping a salué la visite.',
    ].join(' ');
    expect(leader(text, 'Bassirou Diomaye Faye')).toMatchObject({
      country: 'SN',
      titles: ['President'],
    });
    expect(leader(text, 'Alexander De Croo')).toMatchObject({
      country: 'BE',
      titles: ['Prime Minister'],
    });
    expect(leader(text, 'Mélanie Joly')?.titles).toEqual(['Minister of Foreign Affairs']);
    expect(leader(text, 'Xi Jinping')).toMatchObject({
      country: 'CN',
      titles: ['General Secretary of the Party', 'President'],
    });
  });
});

describe('resolution inside the article', () => {
  it('joins surname-only, diacritic-free and misspelt mentions to the full person', () => {
    const text = [
      'Chilean President Gabriel Boric met visiting Vietnamese Prime Minister Phạm Minh Chính in Santiago.',
      'Boric praised the growth of trade. Pham Minh Chinh thanked his host. Chính also met business leaders.',
      'Later, Bori c was not there, but Borik said the talks were useful.',
    ].join(' ');
    const extraction = extract(text);
    const boric = extraction.leaders.find((l) => l.name === 'Gabriel Boric');
    expect(boric?.aliases).toEqual(expect.arrayContaining(['Boric', 'Borik']));
    expect(extraction.leaders.find((l) => l.name === 'Phạm Minh Chính')?.aliases).toEqual(
      expect.arrayContaining(['Pham Minh Chinh', 'Chính']),
    );
    expect(extraction.leaders).toHaveLength(2);
  });

  it('gives the people a touring minister meets the state of the city the paragraph is in', () => {
    const text = [
      'KYODO NEWS - Mar 8, 2025 - 18:40 | World',
      'Japanese Foreign Minister Takeshi Iwaya wrapped up a tour of Thailand and Cambodia on Saturday.',
      'In Bangkok on Tuesday, Iwaya held talks with Thai officials. He later met Prime Minister Paetongtarn Shinawatra.',
      'In Phnom Penh on Thursday, Iwaya was received by Prime Minister Hun Manet.',
      'Iwaya conveyed a message from Prime Minister Shigeru Ishiba.',
    ].join('\n\n');
    expect(leader(text, 'Paetongtarn Shinawatra')?.country).toBe('TH');
    expect(leader(text, 'Hun Manet')?.country).toBe('KH');
    expect(leader(text, 'Shigeru Ishiba')?.country).toBe('JP');
  });

  it('resolves "the host leader" and "the Vietnamese leader" when only one fits', () => {
    const text = [
      'SANTIAGO — Vietnamese Prime Minister Phạm Minh Chính held talks with Chilean President Gabriel Boric.',
      'Following the talks, the host leader presented the Order of Merit to the Vietnamese leader.',
    ].join('\n\n');
    expect(extract(text).awards).toEqual([
      expect.objectContaining({
        award: 'Order of Merit',
        recipient: 'Phạm Minh Chính',
        presenter: 'Gabriel Boric',
      }),
    ]);
  });

  it('follows "He" to the subject of the previous sentence', () => {
    const text =
      'Japanese Prime Minister Fumio Kishida arrived in Manila. He held talks with Philippine President Ferdinand Marcos.';
    expect(pairs(text)).toEqual(['Fumio Kishida + Ferdinand Marcos']);
  });
});

describe('meetings', () => {
  it('pairs the subject with each person of a list', () => {
    const text =
      'Thai Prime Minister Srettha Thavisin met with Lao President Thongloun Sisoulith, Cambodian Prime Minister Hun Manet and Myanmar Senior General Min Aung Hlaing.';
    expect(pairs(text)).toEqual([
      'Srettha Thavisin + Thongloun Sisoulith',
      'Srettha Thavisin + Hun Manet',
    ]);
  });

  it('pairs "X and Y … during their talks" and "X and Y met"', () => {
    expect(
      pairs(
        'German Chancellor Olaf Scholz and his French counterpart Emmanuel Macron agreed on aid during their talks.',
      ),
    ).toEqual(['Olaf Scholz + Emmanuel Macron']);
  });

  it('meets every named leader of "leaders of A, B and C"', () => {
    const text = [
      'BRASILIA — Italian Prime Minister Giorgia Meloni held separate meetings with leaders of Argentina and Chile on Tuesday.',
      'Argentine President Javier Milei praised the ties. Chilean President Gabriel Boric spoke of trade.',
      'Published: July 3, 2024',
    ].join('\n\n');
    const extraction = extract(text);
    expect(extraction.meetings.map((m) => [m.participants.join(' + '), m.date?.value])).toEqual([
      ['Giorgia Meloni + Javier Milei', '2024-07-02'],
      ['Giorgia Meloni + Gabriel Boric', '2024-07-02'],
    ]);
  });

  it('leaves out planned meetings, phone calls and video calls', () => {
    const text = [
      'Spanish Prime Minister Pedro Sánchez will meet Moroccan King Mohammed VI next month.',
      'Sánchez held phone talks with Portuguese Prime Minister Luís Montenegro.',
      'He is scheduled to meet Italian President Sergio Mattarella.',
      "Le président chinois Xi Jinping s'est entretenu jeudi au téléphone avec le président français Emmanuel Macron.",
      "Le Premier ministre belge Bart De Wever s'était entretenu la veille par téléphone avec le Premier ministre lituanien Gintautas Paluckas.",
    ].join(' ');
    expect(pairs(text)).toEqual([]);
  });

  it('turns a trilateral meeting into a gathering', () => {
    const extraction = extract(
      'US President Joe Biden met Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos for a trilateral summit in Washington.',
    );
    expect(extraction.meetings).toEqual([]);
    expect(extraction.gatherings[0]).toMatchObject({
      name: 'trilateral summit',
      attendees: ['Joe Biden', 'Fumio Kishida', 'Ferdinand Marcos'],
    });
  });

  it('reads courtesy calls and working sessions', () => {
    const fr =
      'Le ministre suédois des Affaires étrangères Tobias Billström a rendu une visite de courtoisie au président du Sénat français, Gérard Larcher.';
    expect(pairs(fr)).toEqual(['Tobias Billström + Gérard Larcher']);
    expect(leader(fr, 'Tobias Billström')).toMatchObject({
      country: 'SE',
      titles: ['Minister of Foreign Affairs'],
    });
    expect(leader(fr, 'Gérard Larcher')).toMatchObject({
      country: 'FR',
      titles: ['President of the Senate'],
    });
    const en =
      'In Tallinn, the Swedish Foreign Minister Tobias Billström had a working session with Estonian Prime Minister Kaja Kallas on the situation in the region.';
    expect(pairs(en)).toEqual(['Tobias Billström + Kaja Kallas']);
  });

  it('reads French meetings', () => {
    const text =
      "Le Premier ministre canadien Mark Carney s'est entretenu avec le président français Emmanuel Macron. Il a aussi rencontré le roi belge Philippe.";
    expect(pairs(text)).toEqual(['Mark Carney + Emmanuel Macron', 'Mark Carney + Philippe']);
  });

  it('keeps a subject pronoun as the subject of a second verb, and reads long ministry names', () => {
    const text = [
      'Le ministre chinois des Affaires étrangères Wang Yi est arrivé lundi à Windhoek.',
      'Il a rencontré la vice-présidente namibienne Netumbo Nandi-Ndaitwah, et a eu des entretiens avec le ministre namibien des Relations internationales et de la Coopération, Peya Mushelenga.',
      "En marge de la conférence, le ministre français Thani Mohamed Soilihi a eu un entretien avec la ministre sénégalaise de l'Intégration africaine et des Affaires étrangères, Yassine Fall.",
    ].join(' ');
    expect(pairs(text)).toEqual([
      'Wang Yi + Netumbo Nandi-Ndaitwah',
      'Wang Yi + Peya Mushelenga',
      'Thani Mohamed Soilihi + Yassine Fall',
    ]);
    expect(leader(text, 'Yassine Fall')?.country).toBe('SN');
  });

  it('reads a meeting narrated with "avant de rencontrer", not one stated as a purpose', () => {
    const text =
      'Le ministre chinois Wang Yi a été reçu par le président tchadien Mahamat Idriss Déby Itno, avant de rencontrer le Premier ministre tchadien Allamaye Halina. Il était venu pour rencontrer le ministre tchadien Abderaman Koulamallah.';
    expect(pairs(text)).toEqual([
      'Wang Yi + Mahamat Idriss Déby Itno',
      'Wang Yi + Allamaye Halina',
    ]);
  });

  it('reads a tête-à-tête past its length, courtesy calls "on" someone, and "recevait"', () => {
    const text = [
      "Samedi, le président rwandais Paul Kagame a eu un tête-à-tête d'une quarantaine de minutes avec le président angolais João Lourenço.",
      'Ghana’s Vice-President Jane Naana Opoku-Agyemang called on Indian Prime Minister Narendra Modi at his hotel.',
      'Le Premier ministre éthiopien Abiy Ahmed recevait le président somalien Hassan Cheikh Mohamoud.',
    ].join(' ');
    expect(pairs(text)).toEqual([
      'Paul Kagame + João Lourenço',
      'Jane Naana Opoku-Agyemang + Narendra Modi',
      'Abiy Ahmed + Hassan Cheikh Mohamoud',
    ]);
  });
});

describe('visits', () => {
  it('reads a recalled visit in May as a visit, and the state visited as where a story happens', () => {
    const recalled =
      "Indonesian President Prabowo Subianto hosted Indian Prime Minister Narendra Modi. It came seven years after Modi's official visit to Indonesia in May 2018.";
    expect(extract(recalled).visits.map((v) => [v.visitor, v.country, v.date?.value])).toEqual([
      ['Narendra Modi', 'ID', '2018-05'],
    ]);
    const abroad = [
      'Visite d’État en Lituanie : à Vilnius, le Roi plaide pour l’Europe',
      'Le roi belge Philippe, en visite d’État en Lituanie, a rencontré mardi le président lituanien Gitanas Nausėda. Il avait quitté Bruxelles lundi soir.',
    ].join('\n\n');
    expect(extract(abroad).meetings.map((m) => m.place)).toEqual(['Vilnius']);
  });

  it('reads visits with their dates and leaves invitations out', () => {
    const text = [
      'Published: 2024-06-20',
      'Indonesian President Joko Widodo paid a state visit to Australia.',
      "He recalled Australian Prime Minister Anthony Albanese's visit to Indonesia in June last year and Albanese's Jakarta visit in 2022.",
      'Widodo invited Albanese to visit Bali next year.',
    ].join('\n\n');
    const visits = extract(text).visits.map((v) => [
      v.visitor,
      v.country,
      v.kind,
      v.date?.value ?? null,
    ]);
    expect(visits).toEqual([
      ['Joko Widodo', 'AU', 'STATE', null],
      ['Anthony Albanese', 'ID', 'OTHER', '2023-06'],
    ]);
  });

  it('dates the story by a dateline without a year, in the year the story states', () => {
    const text = [
      'Tournée africaine du chef de la diplomatie chinoise',
      "ABUJA, 11 janvier (Xinhua) -- Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu samedi avec son homologue nigérian Yusuf Tuggar, au début de l'année 2025.",
    ].join('\n\n');
    const extraction = extract(text);
    expect(extraction.published).toBe('2025-01-11');
    expect(extraction.meetings.map((m) => m.date?.value)).toEqual(['2025-01-11']);
  });

  it("takes the dateline's year from a weekday in the lead when the years stated disagree", () => {
    const text = [
      'Leaders meet in Vientiane',
      'VIENTIANE, Oct 9 (Reuters) - Southeast Asian leaders gathered on Wednesday for the summit, where Laotian Prime Minister Sonexay Siphandone met Thai Prime Minister Paetongtarn Shinawatra.',
      'Malaysia will take over the chairmanship in 2025.',
    ].join('\n\n');
    expect(extract(text).published).toBe('2024-10-09');
  });

  it('gives a state described without a name to the one holder of the office whose state was a guess', () => {
    const text = [
      'Published: July 3, 2025',
      'Prime Minister Narendra Modi arrived in Accra on Wednesday on a two-day state visit.',
      'It was the first visit by an Indian Prime Minister to Ghana in three decades.',
    ].join('\n\n');
    expect(leader(text, 'Narendra Modi')?.country).toBe('IN');
    expect(extract(text).visits.map((v) => [v.visitor, v.country])).toEqual([
      ['Narendra Modi', 'GH'],
    ]);
  });

  it("reads N'Djamena as a city, and a described office as the one the text gave that state", () => {
    const text = [
      'Wang Yi en tournée africaine',
      "PÉKIN, 10 janvier (Xinhua) -- Le ministre chinois des Affaires étrangères Wang Yi a rencontré à N'Djamena le ministre des Affaires étrangères Abderaman Koulamallah.",
      "Mercredi, à N'Djamena, le chef de la diplomatie chinoise s'est entretenu avec le président Mahamat Idriss Déby Itno.",
    ].join('\n\n');
    expect(pairs(text)).toEqual([
      'Wang Yi + Abderaman Koulamallah',
      'Wang Yi + Mahamat Idriss Déby Itno',
    ]);
    expect(extract(text).meetings.map((m) => m.place)).toEqual(["N'Djamena", "N'Djamena"]);
    expect(leader(text, 'Abderaman Koulamallah')?.country).toBe('TD');
  });

  it("gives a companion the state of the leader accompanied, and hosts met abroad their city's", () => {
    const text = [
      'Sánchez en Afrique de l’Ouest',
      "BANJUL, 28 août (AFP) - Le Premier ministre espagnol Pedro Sánchez s'est entretenu ce mercredi à Banjul avec le président Adama Barrow.",
      "Mardi, à Nouakchott, M. Sánchez s'était entretenu avec le Premier ministre, Mokhtar Ould Djay. Le dirigeant socialiste était accompagné du ministre des Affaires étrangères, José Manuel Albares.",
    ].join('\n\n');
    expect(pairs(text)).toEqual([
      'Pedro Sánchez + Adama Barrow',
      'Pedro Sánchez + Mokhtar Ould Djay',
    ]);
    expect(leader(text, 'Adama Barrow')?.country).toBe('GM');
    expect(leader(text, 'Mokhtar Ould Djay')?.country).toBe('MR');
    expect(leader(text, 'José Manuel Albares')?.country).toBe('ES');
    const english =
      "Indian Prime Minister Narendra Modi met President John Mahama in Accra. Foreign Minister S. Jaishankar, who is accompanying the Prime Minister, met Kenya's Foreign Minister Musalia Mudavadi, with whom he discussed trade.";
    expect(leader(english, 'S. Jaishankar')?.country).toBe('IN');
    expect(pairs(english)).toContain('S. Jaishankar + Musalia Mudavadi');
  });

  it("reads a tour's stops from the verb that takes the traveller there", () => {
    const text =
      "Le ministre chinois des Affaires étrangères Wang Yi se trouve au Nigeria pour la dernière étape d'une tournée africaine, qui l'a également conduit en Namibie, en République du Congo et au Tchad.";
    expect(extract(text).visits.map((v) => v.country)).toEqual(['NA', 'CG', 'TD']);
  });

  it('reads the visitor a "who" clause hangs on, Central Asian demonyms, and the hosts of an agency\'s own leader', () => {
    const text = [
      'ASTANA, June 12 (Yonhap) -- President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev held talks on Wednesday.',
      'Yoon, who is on a state visit to Kazakhstan, was received by Tokayev at the presidential palace.',
      'In Ashgabat on Monday, Yoon met former President Gurbanguly Berdimuhamedov.',
    ].join('\n\n');
    expect(extract(text).visits.map((v) => [v.visitor, v.country])).toEqual([
      ['Yoon Suk Yeol', 'KZ'],
    ]);
    expect(leader(text, 'Kassym-Jomart Tokayev')?.country).toBe('KZ');
    expect(leader(text, 'Yoon Suk Yeol')?.country).toBe('KR');
    expect(leader(text, 'Gurbanguly Berdimuhamedov')?.country).toBe('TM');
  });

  it("does not take the state visited for the visitor's when the visitor's state was a guess", () => {
    const text = [
      'KUWAIT CITY -- Prime Minister Anwar Ibrahim was received by the Emir of Kuwait at Bayan Palace.',
      'Anwar is on a two-day official visit to Kuwait.',
      '"This honour belongs to the people of Malaysia," Anwar said, before meeting the Malaysian community.',
    ].join('\n\n');
    expect(leader(text, 'Anwar Ibrahim')?.country).toBe('MY');
    expect(extract(text).visits.map((v) => [v.visitor, v.country])).toEqual([
      ['Anwar Ibrahim', 'KW'],
    ]);
    // Who invited is the host, not the visitor.
    const invited = text.replace(
      'visit to Kuwait.',
      'visit to Kuwait at the invitation of Prime Minister Ahmad Al-Sabah.',
    );
    expect(extract(invited).visits.map((v) => v.visitor)).toEqual(['Anwar Ibrahim']);
  });

  it('reads French visits and leaves future ones out', () => {
    const text =
      'Le président sud-africain Cyril Ramaphosa a effectué une visite officielle en Chine. Le chancelier autrichien Karl Nehammer effectuera une visite au Japon.';
    expect(extract(text).visits.map((v) => [v.visitor, v.country, v.kind])).toEqual([
      ['Cyril Ramaphosa', 'CN', 'OFFICIAL'],
    ]);
  });
});

describe('gatherings', () => {
  it('reads a list of attended gatherings with their parent', () => {
    const text =
      'Within the framework of the 2023 G20 Leaders’ Week, Indian Prime Minister Narendra Modi attended the 18th G20 Leaders’ Summit, the G20 Business Forum and a gala dinner hosted by the city.';
    const gatherings = extract(text).gatherings.map((g) => [g.name, g.attendees, g.parent]);
    expect(gatherings).toEqual([
      ['2023 G20 Leaders’ Week', ['Narendra Modi'], null],
      ['18th G20 Leaders’ Summit', ['Narendra Modi'], '2023 G20 Leaders’ Week'],
      ['G20 Business Forum', ['Narendra Modi'], '2023 G20 Leaders’ Week'],
      ['gala dinner', ['Narendra Modi'], '2023 G20 Leaders’ Week'],
    ]);
  });

  it('reads French gatherings and ceremonies held for someone', () => {
    const text =
      "La présidente mexicaine Claudia Sheinbaum a participé au Sommet des dirigeants du G20 et au Forum économique mondial. Une cérémonie d'accueil pour le président Sheinbaum a eu lieu.";
    const names = extract(text).gatherings.map((g) => g.name);
    expect(names).toEqual([
      'Sommet des dirigeants du G20',
      'Forum économique mondial',
      "cérémonie d'accueil",
    ]);
  });

  it('finds a gathering past a day or a place, and at "during"/"lors de"', () => {
    const fr =
      "Le Premier ministre belge Alexander De Croo a présidé jeudi soir une réception à l'ambassade de Belgique à Tokyo.";
    expect(extract(fr).gatherings.map((g) => [g.name, g.attendees])).toEqual([
      ["réception à l'ambassade de Belgique à Tokyo", ['Alexander De Croo']],
    ]);
    const en =
      'Kenyan President William Ruto spoke about climate finance during the Africa Climate Summit in Nairobi.';
    expect(extract(en).gatherings.map((g) => [g.name, g.attendees])).toEqual([
      ['Africa Climate Summit', ['William Ruto']],
    ]);
  });

  it('reads press conferences that people speak at or hold, with whoever shares them', () => {
    const gatherings = (text: string) =>
      extract(text).gatherings.map((g) => [g.name, g.type, g.attendees]);
    expect(
      gatherings(
        'Indian Prime Minister Narendra Modi said at a joint press conference with Kenyan President William Ruto that trade would double.',
      ),
    ).toEqual([['joint press conference', 'PRESS_CONFERENCE', ['Narendra Modi', 'William Ruto']]]);
    expect(
      gatherings('Le président angolais João Lourenço a tenu jeudi une conférence de presse.'),
    ).toEqual([['conférence de presse', 'PRESS_CONFERENCE', ['João Lourenço']]]);
    expect(
      gatherings(
        'Le président sénégalais Bassirou Diomaye Faye a pris la parole au Forum économique Canada-Sénégal, à Montréal.',
      ),
    ).toEqual([['Forum économique Canada-Sénégal', 'GATHERING', ['Bassirou Diomaye Faye']]]);
    // Holding talks or meetings with someone is bilateral.
    expect(
      gatherings(
        'Kenyan President William Ruto held separate meetings with leaders of Japan and India.',
      ),
    ).toEqual([]);
  });

  it('takes a venue named after a gathering word for a place, and ends French names at a relative', () => {
    const gatherings = (text: string) => extract(text).gatherings.map((g) => g.name);
    expect(
      gatherings(
        'US President Donald Trump spoke with Ukrainian President Volodymyr Zelenskyy at the World Forum conference center.',
      ),
    ).toEqual([]);
    expect(
      gatherings(
        'French President Emmanuel Macron told reporters at the summit venue that aid would go on.',
      ),
    ).toEqual(['summit']);
    expect(
      gatherings(
        'Le président angolais João Lourenço a tenu une conférence de presse au cours de laquelle il a promis la paix.',
      ),
    ).toEqual(['conférence de presse']);
  });

  it('places the people of a sentence at a ceremony, a meal or a press conference it names', () => {
    const gatherings = (text: string) => extract(text).gatherings.map((g) => [g.name, g.attendees]);
    expect(
      gatherings(
        'The honour was conferred on Indian Prime Minister Narendra Modi at a state banquet hosted by Ghanaian President John Mahama.',
      ),
    ).toEqual([['state banquet', ['Narendra Modi', 'John Mahama']]]);
    // Planned, or a place before the meal: no one is there yet.
    expect(
      gatherings(
        "Le président français Emmanuel Macron doit recevoir mardi à l'Élysée le président polonais Andrzej Duda pour un dîner de travail.",
      ),
    ).toEqual([]);
  });

  it('reads a French gathering named past "pour", after its venue', () => {
    const text =
      "Emmanuel Macron et le Premier ministre indien Narendra Modi ont coprésidé mardi au Grand Palais le Sommet pour l'action sur l'intelligence artificielle, qui a réuni des dizaines de chefs d'État.";
    expect(extract(text).gatherings.map((g) => g.name)).toEqual([
      "Sommet pour l'action sur l'intelligence artificielle",
    ]);
  });

  it('keeps the host of a meal given in honour of guests no name designates', () => {
    const text =
      "Mardi soir, le président lituanien Gitanas Nausėda et son épouse ont offert un banquet d'État en l'honneur du couple royal au palais des Grands-Ducs.";
    expect(extract(text).gatherings.map((g) => [g.name, g.attendees])).toEqual([
      ["banquet d'État", ['Gitanas Nausėda']],
    ]);
  });

  it('leaves out a gathering that a planned meeting is to take place at', () => {
    const text =
      'Kenyan President William Ruto is due to meet Japanese Prime Minister Fumio Kishida on the sidelines of the G7 Summit next week.';
    expect(extract(text).gatherings).toEqual([]);
  });

  it('leaves out gatherings that are only planned', () => {
    expect(
      extract('Kenyan President William Ruto will attend the African Union Summit next year.')
        .gatherings,
    ).toEqual([]);
  });
});

describe('awards', () => {
  it('reads passive, active and French awards', () => {
    const en =
      'Ghanaian President John Mahama was awarded the Order of the Star by Senegalese President Macky Sall. Sall also presented Mahama with a golden medal.';
    expect(extract(en).awards.map((a) => [a.award, a.recipient, a.presenter])).toEqual([
      ['Order of the Star', 'John Mahama', 'Macky Sall'],
      ['golden medal', 'John Mahama', 'Macky Sall'],
    ]);
    const fr =
      "Le président ivoirien Alassane Ouattara a remis la Grand-Croix de l'Ordre national au président ghanéen John Mahama.";
    expect(extract(fr).awards.map((a) => [a.award, a.recipient, a.presenter])).toEqual([
      ["Grand-Croix de l'Ordre national", 'John Mahama', 'Alassane Ouattara'],
    ]);
  });
});

describe('evidence', () => {
  it('reads an honour past a day and an apposition, and French ranks and decorations', () => {
    const awards = (text: string) =>
      extract(text).awards.map((a) => [a.award, a.recipient, a.presenter]);
    expect(
      awards(
        "Kenyan President William Ruto was on Friday (June 6, 2025) conferred 'The Order of the Golden Heart', the nation's highest honour, by Rwandan President Paul Kagame.",
      ),
    ).toEqual([['The Order of the Golden Heart', 'William Ruto', 'Paul Kagame']]);
    expect(
      awards(
        "Le président sénégalais Macky Sall a élevé le président gambien Adama Barrow à la dignité de grand-croix de l'ordre national du Lion. Le président français Emmanuel Macron a décoré le roi Philippe de la grand-croix de la Légion d'honneur.",
      ),
    ).toEqual([
      ["grand-croix de l'ordre national du Lion", 'Adama Barrow', 'Macky Sall'],
      ["grand-croix de la Légion d'honneur", 'Philippe', 'Emmanuel Macron'],
    ]);
  });

  it('points every fact at its sentence in the normalized text', () => {
    const text =
      'ROME — Italian Prime Minister Giorgia Meloni met Egyptian President Abdel Fattah al-Sisi. The two leaders discussed migration and the situation in the region.';
    const extraction = extract(text);
    const meeting = extraction.meetings[0];
    expect(meeting?.participants).toEqual(['Giorgia Meloni', 'Abdel Fattah al-Sisi']);
    const evidence = meeting?.evidence[0];
    expect(extraction.text.slice(evidence?.start, evidence?.end)).toBe(
      'Italian Prime Minister Giorgia Meloni met Egyptian President Abdel Fattah al-Sisi.',
    );
    expect(meeting?.place).toBe('Rome');
  });
});

describe('meetings told without a day', () => {
  it('happened on the last day the story stated before them, never after publication', () => {
    const text = [
      'ACCRA, 3 juin 2025 (AFP) - Les dirigeants ouest-africains se sont réunis mardi à Accra.',
      'En marge des travaux, le président ghanéen John Mahama a rencontré le président ivoirien Alassane Ouattara.',
      'Le président sénégalais Bassirou Diomaye Faye doit se rendre jeudi à Abuja.',
      'Le Premier ministre togolais Faure Gnassingbé a rencontré le président nigérian Bola Tinubu.',
    ].join('\n\n');
    const dates = extract(text).meetings.map(
      (m) => `${m.participants.join(' + ')} ${m.date?.value}`,
    );
    expect(dates).toEqual([
      'John Mahama + Alassane Ouattara 2025-06-03',
      'Faure Gnassingbé + Bola Tinubu 2025-06-03',
    ]);
  });
});

describe('folder context', () => {
  it('dates "on Friday" from the days another article gives the same gathering', async () => {
    const week = loadArticleText(
      'a.txt',
      'Polish President Andrzej Duda left Vilnius on July 12, 2023, after attending the 2023 NATO Summit Week.',
    );
    const friday = loadArticleText(
      'b.txt',
      'VILNIUS — On the sidelines of the NATO 2023 Summit Week, Polish President Andrzej Duda met Lithuanian President Gitanas Nausėda on Friday.',
    );
    const alone = extractArticle(friday);
    expect(alone.meetings[0]?.date).toBeNull();
    const [, dated] = await extractArticles([week, friday]);
    expect(dated?.meetings[0]?.date?.value).toBe('2023-07-07');
  });
});
