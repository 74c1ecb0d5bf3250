import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { countryByCode, foldName, nameKey } from '@diplomacy-graph/core';
import type { PrismaClient } from '@diplomacy-graph/core/db';

// A named scenario: Lương Cường's official visit to Peru and the 2024 APEC Leaders' Week, as
// seed article 000 reports it (facts per the gold annotation). Written with Prisma directly so
// the browser tests do not depend on extraction quality.

const ARTICLE_FILE = '000_77aaa4e5c58be825.txt';
const ARTICLE_PATH = new URL(`../../../../seeds/${ARTICLE_FILE}`, import.meta.url);

export const limaScenario = {
  people: {
    cuong: { id: 'person:luong-cuong', name: 'Lương Cường' },
    boluarte: { id: 'person:dina-boluarte', name: 'Dina Boluarte' },
    ishiba: { id: 'person:ishiba-shigeru', name: 'Ishiba Shigeru' },
  },
  events: {
    week: 'event:apec-leaders-week-2024',
    ishibaMeeting: 'event:cuong-ishiba-meeting',
    talks: 'event:cuong-boluarte-talks',
    visit: 'event:cuong-visit-peru',
    award: 'event:order-of-the-sun',
    farewell: 'event:farewell-ceremony',
  },
  /** Openings of the sentences used as evidence; each names one sentence of the article. */
  sentences: {
    farewell: 'State President Luong Cuong and a high-ranking delegation',
    week: 'Within the framework of the 2024 APEC Leaders’ Week',
    ishibaMeeting: 'Besides, he had numerous bilateral meetings',
    visit: 'The State President paid an official visit to Peru',
    talks: 'He held talks with Peruvian President Dina Boluarte',
    award: 'The State President was honoured with the Grand Cross',
  },
} as const;

/** The whole sentence of `text` that starts with `opening`, as [start, end). */
export function findSentence(text: string, opening: string): { start: number; end: number } {
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`The article has no sentence starting "${opening}"`);
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = start;
  const match = stop.exec(text);
  return { start, end: match ? match.index + 1 : text.length };
}

export async function insertLimaScenario(prisma: PrismaClient): Promise<{ articleId: string }> {
  const { people, events, sentences } = limaScenario;
  const text = await readFile(ARTICLE_PATH, 'utf8');
  const articleId = createHash('sha256').update(text).digest('hex');

  await prisma.country.createMany({
    data: ['VN', 'PE', 'JP'].map((code) => {
      const info = countryByCode(code);
      if (!info) throw new Error(`core's lexicon lacks ${code}`);
      return {
        code,
        nameEn: info.name,
        nameFr: info.names.fr[0] ?? info.name,
        nameVi: info.names.vi[0] ?? null,
        demonyms: info.demonyms,
      };
    }),
  });
  await prisma.place.create({
    data: { id: 'place:lima', name: 'Lima', foldedName: 'lima', kind: 'CITY', countryCode: 'PE' },
  });
  await prisma.article.create({
    data: { id: articleId, fileName: ARTICLE_FILE, language: 'en', sourceAgency: 'VNA', text },
  });

  const person = (p: { id: string; name: string }, countryCode: string, aliases: string[]) => ({
    id: p.id,
    canonicalName: p.name,
    foldedName: foldName(p.name),
    nameKey: nameKey(p.name),
    aliases,
    countryCode,
    confidence: 1,
  });
  await prisma.person.createMany({
    data: [
      person(people.cuong, 'VN', ['Luong Cuong', 'Cuong']),
      person(people.boluarte, 'PE', []),
      person(people.ishiba, 'JP', ['Shigeru Ishiba']),
    ],
  });
  await prisma.office.createMany({
    data: [
      {
        id: 'office:cuong',
        personId: people.cuong.id,
        title: 'State President',
        role: 'HEAD_OF_STATE',
        countryCode: 'VN',
      },
      {
        id: 'office:boluarte',
        personId: people.boluarte.id,
        title: 'President',
        role: 'HEAD_OF_STATE',
        countryCode: 'PE',
      },
      {
        id: 'office:ishiba',
        personId: people.ishiba.id,
        title: 'Prime Minister',
        role: 'HEAD_OF_GOVERNMENT',
        countryCode: 'JP',
      },
    ],
  });

  const november = { dateStart: new Date('2024-11-01'), datePrecision: 'MONTH' as const };
  await prisma.event.createMany({
    data: [
      {
        id: events.week,
        type: 'GATHERING',
        gatheringKind: 'WEEK',
        name: '2024 APEC Leaders’ Week',
        foldedName: foldName('2024 APEC Leaders’ Week'),
        placeId: 'place:lima',
        ...november,
      },
      {
        id: events.visit,
        type: 'VISIT',
        visitKind: 'OFFICIAL',
        placeId: 'place:lima',
        visitedCountryCode: 'PE',
        ...november,
      },
      {
        id: events.ishibaMeeting,
        type: 'BILATERAL_MEETING',
        parentId: events.week,
        placeId: 'place:lima',
      },
      { id: events.talks, type: 'TALKS', parentId: events.visit, placeId: 'place:lima' },
      {
        id: events.award,
        type: 'AWARD_CONFERRAL',
        name: 'Grand Cross of the Order of the Sun of Peru',
        foldedName: foldName('Grand Cross of the Order of the Sun of Peru'),
        parentId: events.visit,
        placeId: 'place:lima',
      },
      {
        id: events.farewell,
        type: 'CEREMONY',
        name: 'Farewell ceremony at Jorge Chavez Airport',
        foldedName: foldName('Farewell ceremony at Jorge Chavez Airport'),
        dateStart: new Date('2024-11-16'),
        datePrecision: 'DAY',
        timeOfDay: 'afternoon (local time)',
        placeId: 'place:lima',
      },
    ],
  });
  await prisma.eventParticipant.createMany({
    data: [
      { eventId: events.week, personId: people.cuong.id, role: 'ATTENDEE' },
      { eventId: events.visit, personId: people.cuong.id, role: 'VISITOR' },
      { eventId: events.visit, personId: people.boluarte.id, role: 'HOST' },
      { eventId: events.ishibaMeeting, personId: people.cuong.id, role: 'ATTENDEE' },
      { eventId: events.ishibaMeeting, personId: people.ishiba.id, role: 'ATTENDEE' },
      { eventId: events.talks, personId: people.cuong.id, role: 'GUEST' },
      { eventId: events.talks, personId: people.boluarte.id, role: 'HOST' },
      { eventId: events.award, personId: people.cuong.id, role: 'RECIPIENT' },
      { eventId: events.award, personId: people.boluarte.id, role: 'PRESENTER' },
      { eventId: events.farewell, personId: people.cuong.id, role: 'ATTENDEE' },
    ],
  });

  for (const [key, opening] of Object.entries(sentences)) {
    const span = findSentence(text, opening);
    const evidenceId = `evidence:${key}`;
    await prisma.evidence.create({
      data: { id: evidenceId, articleId, ...span, quote: text.slice(span.start, span.end) },
    });
    await prisma.eventEvidence.create({
      data: { eventId: events[key as keyof typeof events], evidenceId },
    });
  }

  const mention = (surface: string, kind: 'PERSON' | 'COUNTRY', target: object) => {
    const start = text.indexOf(surface);
    return {
      id: `mention:${start}`,
      articleId,
      start,
      end: start + surface.length,
      text: surface,
      kind,
      ...target,
    };
  };
  await prisma.mention.createMany({
    data: [
      mention('Luong Cuong', 'PERSON', { personId: people.cuong.id }),
      mention('Dina Boluarte', 'PERSON', { personId: people.boluarte.id }),
      mention('Ishiba Shigeru', 'PERSON', { personId: people.ishiba.id }),
      mention('Peru', 'COUNTRY', { countryCode: 'PE' }),
    ],
  });
  return { articleId };
}
