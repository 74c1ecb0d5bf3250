import { countryByCode } from '@diplomacy-graph/core';

export type CountryRow = {
  code: string;
  nameEn: string;
  nameFr: string;
  nameVi: string | null;
  demonyms: string[];
  latitude: number | null;
  longitude: number | null;
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The reference rows of the Country table, from core's country data. Core exposes lookups by code
 * only, so every two-letter code is tried (676 lookups, once per write).
 */
export function listCountryRows(): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const country = countryByCode(first + second);
      if (!country || country.code !== first + second) continue;
      rows.push({
        code: country.code,
        nameEn: country.name,
        nameFr: country.names.fr[0] ?? country.name,
        nameVi: country.names.vi[0] ?? null,
        demonyms: country.demonyms,
        latitude: country.latitude,
        longitude: country.longitude,
      });
    }
  }
  return rows;
}
