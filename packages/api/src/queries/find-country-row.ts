import { type Country, prisma } from '@diplomacy-graph/core/db';

// Countries are reference rows written from core's country data, never edited by ingest: the
// process reads the table once and answers every `country` link from memory, sparing the
// requests a statement per list of people, offices, places or visits.
let byCode: Promise<Map<string, Country>> | undefined;

function readCountries(): Promise<Map<string, Country>> {
  const read = prisma.country
    .findMany()
    .then((rows) => new Map(rows.map((row) => [row.code, row])));
  // A failed read (the database away) is not kept: the next request tries again.
  read.catch(() => {
    if (byCode === read) byCode = undefined;
  });
  return read;
}

/**
 * The Country row of `code`, from the process's copy of the table; null for no code or an
 * unknown one.
 * @example await findCountryRow('PE') // { code: 'PE', nameEn: 'Peru', ... }
 */
export async function findCountryRow(code: string | null): Promise<Country | null> {
  if (code === null) return null;
  byCode ??= readCountries();
  const known = await byCode;
  const row = known.get(code);
  if (row) return row;
  // Not there when the table was read (a graph seeded after the API started): read it again.
  byCode = readCountries();
  return (await byCode).get(code) ?? null;
}
