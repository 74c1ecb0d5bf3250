// Named, deterministic graphs written straight through Prisma, so API tests have realistic rows
// without depending on extraction. Shapes follow what ingest persists for the seed articles.
import { countryByCode, foldName, nameKey } from '@diplomacy-graph/core';
import type { PrismaClient } from '@diplomacy-graph/core/db';

async function writeCountries(prisma: PrismaClient, codes: string[]): Promise<void> {
  await prisma.country.createMany({
    skipDuplicates: true,
    data: codes.map((code) => {
      const info = countryByCode(code);
      if (!info) throw new Error(`unknown country ${code}`);
      return {
        code,
        nameEn: info.name,
        nameFr: info.names.fr[0] ?? info.name,
        nameVi: info.names.vi[0] ?? null,
        demonyms: info.demonyms,
        latitude: info.latitude,
        longitude: info.longitude,
      };
    }),
  });
}

function person(id: string, name: string, countryCode: string, aliases: string[] = []) {
  return {
    id,
    canonicalName: name,
    foldedName: foldName(name),
    nameKey: nameKey(name),
    aliases,
    countryCode,
    confidence: 0.9,
  };
}

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

export const LIMA_TEXT = [
  "Lima (VNA) – Vietnam's State President Lương Cường held talks with Peruvian President Dina Ercilia Boluarte Zegarra in Lima on November 13.",
  'Lương Cường and Dina Boluarte witnessed the signing of a memorandum on trade cooperation.',
  'President Boluarte conferred the Order of the Sun of Peru on President Lương Cường.',
  "On November 15, on the sidelines of the 2024 APEC Leaders' Week, Cường met Chinese President Xi Jinping.",
  "Cường attended the 31st APEC Economic Leaders' Meeting in Lima.",
].join(' ');

function span(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in text: ${sentence}`);
  return { start, end: start + sentence.length, quote: sentence };
}

/**
 * The APEC 2024 week in Lima: Lương Cường (VN) holds talks with and visits Dina Boluarte (PE),
 * receives an order from her, signs a memorandum, meets Xi Jinping (CN) and attends the leaders'
 * meeting. One English article states it all.
 */
export async function seedLimaScenario(prisma: PrismaClient): Promise<void> {
  await writeCountries(prisma, ['VN', 'PE', 'CN']);
  await prisma.person.createMany({
    data: [
      person('p-cuong', 'Lương Cường', 'VN', ['Luong Cuong', 'Cường']),
      person('p-boluarte', 'Dina Ercilia Boluarte Zegarra', 'PE', ['Dina Boluarte', 'Boluarte']),
      person('p-xi', 'Xi Jinping', 'CN'),
    ],
  });
  await prisma.office.createMany({
    data: [
      {
        id: 'o-cuong',
        personId: 'p-cuong',
        title: 'State President',
        role: 'HEAD_OF_STATE',
        countryCode: 'VN',
      },
      {
        id: 'o-boluarte',
        personId: 'p-boluarte',
        title: 'President',
        role: 'HEAD_OF_STATE',
        countryCode: 'PE',
      },
      {
        id: 'o-xi',
        personId: 'p-xi',
        title: 'President',
        role: 'HEAD_OF_STATE',
        countryCode: 'CN',
      },
    ],
  });
  await prisma.place.createMany({
    data: [
      { id: 'pl-lima', name: 'Lima', foldedName: 'lima', kind: 'CITY', countryCode: 'PE' },
      {
        id: 'pl-airport',
        name: 'Jorge Chávez Airport',
        foldedName: 'jorge chavez airport',
        kind: 'VENUE',
        countryCode: 'PE',
        parentId: 'pl-lima',
      },
    ],
  });
  const event = (
    id: string,
    type:
      | 'TALKS'
      | 'VISIT'
      | 'GATHERING'
      | 'BILATERAL_MEETING'
      | 'AWARD_CONFERRAL'
      | 'AGREEMENT_SIGNED',
    fields: Record<string, unknown>,
  ) => ({ id, type, placeId: 'pl-lima', confidence: 0.8, ...fields });
  await prisma.event.createMany({
    data: [
      event('e-week', 'GATHERING', {
        gatheringKind: 'WEEK',
        name: "2024 APEC Leaders' Week",
        foldedName: 'apec 2024 leaders week',
        dateStart: day('2024-11-10'),
        dateEnd: day('2024-11-16'),
        datePrecision: 'RANGE',
      }),
      event('e-aelm', 'GATHERING', {
        gatheringKind: 'MEETING',
        name: "31st APEC Economic Leaders' Meeting",
        foldedName: '31st apec economic leaders meeting',
        parentId: 'e-week',
        dateStart: day('2024-11-15'),
        datePrecision: 'DAY',
      }),
      event('e-talks', 'TALKS', {
        dateStart: day('2024-11-13'),
        datePrecision: 'DAY',
        timeOfDay: 'afternoon (local time)',
      }),
      event('e-visit', 'VISIT', {
        visitKind: 'OFFICIAL',
        visitedCountryCode: 'PE',
        dateStart: day('2024-11-13'),
        dateEnd: day('2024-11-16'),
        datePrecision: 'RANGE',
      }),
      event('e-award', 'AWARD_CONFERRAL', {
        name: 'Order of the Sun of Peru',
        foldedName: 'order of the sun of peru',
        dateStart: day('2024-11-13'),
        datePrecision: 'DAY',
      }),
      event('e-mou', 'AGREEMENT_SIGNED', { dateStart: day('2024-11-13'), datePrecision: 'DAY' }),
      event('e-xi', 'BILATERAL_MEETING', {
        parentId: 'e-week',
        dateStart: day('2024-11-15'),
        datePrecision: 'DAY',
      }),
    ],
  });
  await prisma.eventParticipant.createMany({
    data: [
      { eventId: 'e-week', personId: 'p-cuong', role: 'ATTENDEE' },
      { eventId: 'e-week', personId: 'p-boluarte', role: 'HOST' },
      { eventId: 'e-aelm', personId: 'p-cuong', role: 'ATTENDEE' },
      { eventId: 'e-talks', personId: 'p-cuong', role: 'GUEST' },
      { eventId: 'e-talks', personId: 'p-boluarte', role: 'HOST' },
      { eventId: 'e-visit', personId: 'p-cuong', role: 'VISITOR' },
      { eventId: 'e-visit', personId: 'p-boluarte', role: 'HOST' },
      { eventId: 'e-award', personId: 'p-cuong', role: 'RECIPIENT' },
      { eventId: 'e-award', personId: 'p-boluarte', role: 'PRESENTER' },
      { eventId: 'e-mou', personId: 'p-cuong', role: 'ATTENDEE' },
      { eventId: 'e-mou', personId: 'p-boluarte', role: 'ATTENDEE' },
      { eventId: 'e-xi', personId: 'p-cuong', role: 'ATTENDEE' },
      { eventId: 'e-xi', personId: 'p-xi', role: 'ATTENDEE' },
    ],
  });
  await prisma.article.create({
    data: {
      id: 'a-lima',
      fileName: 'lima-talks.txt',
      language: 'en',
      title: 'Vietnamese, Peruvian Presidents hold talks',
      publishedOn: day('2024-11-14'),
      sourceAgency: 'VNA',
      dateline: 'Lima',
      text: LIMA_TEXT,
    },
  });
  const sentences = LIMA_TEXT.split(/(?<=\.) /);
  await prisma.evidence.createMany({
    data: sentences.map((sentence, index) => ({
      id: `ev-${index}`,
      articleId: 'a-lima',
      ...span(LIMA_TEXT, sentence),
    })),
  });
  await prisma.eventEvidence.createMany({
    data: [
      { eventId: 'e-talks', evidenceId: 'ev-0' },
      { eventId: 'e-visit', evidenceId: 'ev-0' },
      { eventId: 'e-mou', evidenceId: 'ev-1' },
      { eventId: 'e-award', evidenceId: 'ev-2' },
      { eventId: 'e-xi', evidenceId: 'ev-3' },
      { eventId: 'e-week', evidenceId: 'ev-3' },
      { eventId: 'e-aelm', evidenceId: 'ev-4' },
    ],
  });
  await prisma.personEvidence.createMany({
    data: [
      { personId: 'p-cuong', evidenceId: 'ev-0' },
      { personId: 'p-boluarte', evidenceId: 'ev-0' },
      { personId: 'p-xi', evidenceId: 'ev-3' },
    ],
  });
  const mention = (
    id: string,
    text: string,
    kind: 'PERSON' | 'COUNTRY' | 'PLACE',
    link: object,
  ) => ({
    id,
    articleId: 'a-lima',
    start: LIMA_TEXT.indexOf(text),
    end: LIMA_TEXT.indexOf(text) + text.length,
    text,
    kind,
    ...link,
  });
  await prisma.mention.createMany({
    data: [
      mention('m-lima', 'Lima', 'PLACE', { placeId: 'pl-lima' }),
      mention('m-cuong', 'Lương Cường', 'PERSON', { personId: 'p-cuong' }),
      mention('m-boluarte', 'Dina Ercilia Boluarte Zegarra', 'PERSON', { personId: 'p-boluarte' }),
    ],
  });
}

/**
 * `count` officials of Viet Nam, each with an office, a sentence and a meeting with one common
 * partner: the shape of a people list whose nested fields must not cost a query per person.
 */
export async function seedDelegationScenario(prisma: PrismaClient, count: number): Promise<void> {
  await writeCountries(prisma, ['VN', 'PE']);
  const ids = Array.from({ length: count }, (_, index) => `d-${String(index).padStart(4, '0')}`);
  await prisma.person.createMany({
    data: [
      person('d-host', 'Gustavo Adrianzén', 'PE'),
      ...ids.map((id, index) => person(id, `Delegate Number ${index}`, 'VN')),
    ],
  });
  await prisma.office.createMany({
    data: ids.map((id) => ({
      id: `o-${id}`,
      personId: id,
      title: 'Deputy Minister',
      role: 'MINISTER' as const,
      countryCode: 'VN',
    })),
  });
  await prisma.place.create({
    data: { id: 'pl-lima', name: 'Lima', foldedName: 'lima', kind: 'CITY', countryCode: 'PE' },
  });
  await prisma.article.create({
    data: {
      id: 'a-delegation',
      fileName: 'delegation.txt',
      language: 'en',
      text: 'The delegates met.',
    },
  });
  await prisma.evidence.create({
    data: {
      id: 'ev-delegation',
      articleId: 'a-delegation',
      start: 0,
      end: 18,
      quote: 'The delegates met.',
    },
  });
  await prisma.event.createMany({
    data: ids.map((id, index) => ({
      id: `e-${id}`,
      type: 'BILATERAL_MEETING' as const,
      placeId: 'pl-lima',
      dateStart: day(`2024-11-${String((index % 28) + 1).padStart(2, '0')}`),
      datePrecision: 'DAY' as const,
    })),
  });
  await prisma.eventParticipant.createMany({
    data: ids.flatMap((id) => [
      { eventId: `e-${id}`, personId: id, role: 'GUEST' as const },
      { eventId: `e-${id}`, personId: 'd-host', role: 'HOST' as const },
    ]),
  });
  await prisma.eventEvidence.createMany({
    data: ids.map((id) => ({ eventId: `e-${id}`, evidenceId: 'ev-delegation' })),
  });
  await prisma.personEvidence.createMany({
    data: ids.map((id) => ({ personId: id, evidenceId: 'ev-delegation' })),
  });
}
