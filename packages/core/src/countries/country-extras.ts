// Spellings that world-countries and i18n-iso-countries lack but wire copy uses.
// Keyed by ISO 3166-1 alpha-2; `names` are the state's names, `demonyms` its adjectives/nationals.

export type CountryExtra = { names?: readonly string[]; demonyms?: readonly string[] };

export const countryExtras: Readonly<Record<string, CountryExtra>> = {
  VN: { names: ['Việt Nam', 'Viet Nam', 'Viêt Nam', 'Vietnam'], demonyms: ['Vietnamse'] },
  KR: {
    names: ['Republic of Korea', 'ROK', 'Korea', 'Corée', 'République de Corée'],
    demonyms: ['Korean', 'sud-coréen', 'sud-coréenne', 'sud-coréens', 'coréen', 'coréenne'],
  },
  KP: { names: ['DPRK', 'RPDC'], demonyms: ['nord-coréen', 'nord-coréenne', 'nord-coréens'] },
  US: {
    names: [
      'US',
      'U.S.',
      'USA',
      'United States',
      'the United States',
      'America',
      'États-Unis',
      'Etats-Unis',
    ],
    demonyms: ['américain', 'américaine', 'américains'],
  },
  GB: {
    names: ['UK', 'U.K.', 'Britain', 'Royaume-Uni'],
    demonyms: ['britannique', 'britanniques'],
  },
  NZ: { demonyms: ['néo-zélandais', 'néo-zélandaise', 'néo-zélandaises', 'New Zealand'] },
  CN: { names: ['Chine', 'PRC'], demonyms: ['chinois', 'chinoise', 'chinoises'] },
  RU: { names: ['Russie'], demonyms: ['russe', 'russes'] },
  LA: { names: ['Laos', 'Lao PDR'], demonyms: ['Lao', 'laotien', 'laotienne'] },
  AE: { names: ['UAE', 'EAU'] },
  CZ: { names: ['Czech Republic', 'République tchèque'] },
  MM: { names: ['Myanmar', 'Birmanie'], demonyms: ['Myanmar', 'birman', 'birmane'] },
  PH: { demonyms: ['Philippine'] },
  NL: { demonyms: ['Dutch'] },
  TR: { names: ['Türkiye', 'Turkey', 'Turquie'] },
  CI: { names: ["Côte d'Ivoire", 'Ivory Coast'] },
};

/** Cities (capitals and others that datelines use) not spelt as world-countries spells capitals. */
export const cityExtras: Readonly<Record<string, string>> = {
  'Hà Nội': 'VN',
  Hanoi: 'VN',
  'Ho Chi Minh City': 'VN',
  'Hồ Chí Minh': 'VN',
  'Đà Nẵng': 'VN',
  Davos: 'CH',
  'New York': 'US',
  Washington: 'US',
  Geneva: 'CH',
  Genève: 'CH',
  Shanghai: 'CN',
  Pékin: 'CN',
  Moscou: 'RU',
  Londres: 'GB',
  'Saint Petersburg': 'RU',
  'Rio de Janeiro': 'BR',
  Sydney: 'AU',
  Osaka: 'JP',
  Busan: 'KR',
  Vientiane: 'LA',
  Varsovie: 'PL',
  Prague: 'CZ',
};
