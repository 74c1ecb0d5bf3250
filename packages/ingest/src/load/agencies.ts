// News agencies whose credit lines appear in wire copy, with the state they belong to (if any).
export const agencyCountries: Readonly<Record<string, string | null>> = {
  VNA: 'VN',
  VNS: 'VN',
  VOV: 'VN',
  VNP: 'VN',
  TTXVN: 'VN',
  XINHUA: 'CN',
  KYODO: 'JP',
  YONHAP: 'KR',
  BERNAMA: 'MY',
  ANTARA: 'ID',
  TASS: 'RU',
  PNA: 'PH',
  ANADOLU: 'TR',
  AA: 'TR',
  PTI: 'IN',
  ANI: 'IN',
  IANS: 'IN',
  APS: 'DZ',
  MAP: 'MA',
  WAFA: 'PS',
  KUNA: 'KW',
  WAM: 'AE',
  SPA: 'SA',
  QNA: 'QA',
  IRNA: 'IR',
  BELGA: 'BE',
  ATS: 'CH',
  APA: null,
  AFP: null,
  AP: null,
  REUTERS: null,
  EFE: null,
  ANSA: null,
  DPA: null,
};

/** The agency code if `word` is a known agency ("VNA", "Xinhua"), else null. */
export function findAgency(word: string): string | null {
  const upper = word.trim().toUpperCase();
  return upper in agencyCountries ? upper : null;
}
