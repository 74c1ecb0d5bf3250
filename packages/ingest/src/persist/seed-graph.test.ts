// The knowledge-graph targets of issue 4 on the real seeds, extractor and PostgreSQL.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { namesMatch } from '@diplomacy-graph/core';
import { prisma } from '@diplomacy-graph/core/db';
import { createTestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGoldFolder } from '../eval/load-gold.ts';
import { defaultGoldFolder, defaultSeedsFolder } from '../eval/repo-paths.ts';
import { dumpGraph } from './graph-dump.ts';
import { ingestPaths, reseedFolder, seedIfEmpty } from './graph-writes.ts';

const seeds = defaultSeedsFolder();

type GoldPerson = { forms: string[]; files: Set<string> };

/** The real people of the gold files: a person annotated in several files is one person. */
async function goldPeople() {
  const gold = await loadGoldFolder(defaultGoldFolder());
  const people: GoldPerson[] = [];
  const personOf = (name: string) => people.find((person) => namesMatch(name, person.forms));
  for (const article of gold) {
    for (const leader of article.leaders) {
      const forms = [leader.name, ...leader.aliases];
      const known = forms.map(personOf).find(Boolean);
      if (known) known.forms.push(...forms);
      else people.push({ forms, files: new Set() });
      (known ?? people.at(-1))?.files.add(article.file);
    }
  }
  const optional = gold.flatMap((article) => article.optional.leaders);
  return { gold, people, personOf, optional };
}

function storedPeople() {
  return prisma.person.findMany();
}

function meetingsWith(personIds: string[]) {
  return prisma.event.findMany({
    where: {
      type: { in: ['BILATERAL_MEETING', 'TALKS'] },
      AND: personIds.map((personId) => ({ participants: { some: { personId } } })),
    },
    include: {
      participants: true,
      evidence: { include: { evidence: { include: { article: true } } } },
    },
  });
}

type Witnessed = { evidence: { evidence: { article: { fileName: string } } }[] };

/** The files whose sentences support an event. */
function witnessFiles(event: Witnessed | undefined): string[] {
  return [...new Set(event?.evidence.map((link) => link.evidence.article.fileName))].sort();
}

describe('pnpm reseed on the seeds', () => {
  let reseedDump: Record<string, string[]>;
  const databases: { drop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  beforeAll(async () => {
    databases.push(await createTestDatabase());
    await reseedFolder(seeds);
    reseedDump = await dumpGraph();
  });

  it('keeps exactly one Person per real person of the gold files, and no other', async () => {
    const { people, optional } = await goldPeople();
    const stored = await storedPeople();
    for (const person of people) {
      const matches = stored.filter((row) => namesMatch(row.canonicalName, person.forms));
      expect({ person: person.forms[0], matches: matches.map((row) => row.canonicalName) }).toEqual(
        {
          person: person.forms[0],
          matches: [expect.any(String)],
        },
      );
    }
    const unknown = stored.filter(
      (row) =>
        !people.some((person) => namesMatch(row.canonicalName, person.forms)) &&
        !optional.some((name) => namesMatch(row.canonicalName, [name])),
    );
    expect(unknown.map((row) => row.canonicalName)).toEqual([]);
    expect(stored.find((row) => row.foldedName === 'luong cuong')?.canonicalName).toBe(
      'Lương Cường',
    );
  });

  it('gives Lương Cường 16 distinct bilateral meeting counterparts', async () => {
    const cuong = (await storedPeople()).find((row) => row.canonicalName === 'Lương Cường');
    const meetings = await meetingsWith([cuong?.id ?? '']);
    const counterparts = new Set(
      meetings.flatMap((event) => event.participants.map((p) => p.personId)),
    );
    counterparts.delete(cuong?.id ?? '');
    expect(counterparts.size).toBe(16);
  });

  it('merges each gold meeting into one event with every witness and the most precise date', async () => {
    const { gold, personOf } = await goldPeople();
    const stored = await storedPeople();
    const idOf = (name: string) =>
      stored.find((row) => namesMatch(row.canonicalName, personOf(name)?.forms ?? [name]))?.id ??
      name;
    const expected = new Map<string, { files: string[]; date: string | null }>();
    for (const article of gold) {
      for (const meeting of article.meetings) {
        const key = meeting.participants.map(idOf).sort().join('|');
        const entry = expected.get(key) ?? { files: [], date: null };
        entry.files.push(article.file);
        entry.date = meeting.date ?? entry.date;
        expected.set(key, entry);
      }
    }
    for (const [key, { files, date }] of expected) {
      const events = await meetingsWith(key.split('|'));
      expect(events, key).toHaveLength(1);
      const [event] = events;
      expect(witnessFiles(event)).toEqual(expect.arrayContaining(files));
      if (date) expect(event?.dateStart?.toISOString().slice(0, 10), key).toBe(date);
    }
    // The targets named in the issue, spelled out.
    const dates = [...expected.values()].filter((entry) =>
      entry.files.includes('004_bf43fdf9d853bdf7.txt'),
    );
    expect(dates.map((entry) => entry.date)).toEqual(Array(7).fill('2024-11-15'));
  });

  it('dates the talks with Boluarte 2024-11-13', async () => {
    const stored = await storedPeople();
    const ids = ['Lương Cường', 'Dina Boluarte'].map(
      (name) => stored.find((row) => namesMatch(row.canonicalName, [name]))?.id ?? '',
    );
    const [talks] = await meetingsWith(ids);
    expect(talks?.type).toBe('TALKS');
    expect(talks?.dateStart?.toISOString().slice(0, 10)).toBe('2024-11-13');
    expect(witnessFiles(talks)).toHaveLength(3);
  });

  it('keeps the Grand Cross award once, with its three witnesses', async () => {
    const awards = await prisma.event.findMany({
      where: { type: 'AWARD_CONFERRAL', foldedName: { contains: 'sun' } },
      include: { evidence: { include: { evidence: { include: { article: true } } } } },
    });
    expect(awards).toHaveLength(1);
    expect(witnessFiles(awards[0])).toEqual([
      '000_77aaa4e5c58be825.txt',
      '001_bd5a71c33ae78a58.txt',
      '002_30be981b207ae4f2.txt',
    ]);
  });

  it('gives the same graph, ids included, when reseeded again', async () => {
    const summary = await reseedFolder(seeds);
    expect(summary.newEvents).toBe(0);
    expect(await dumpGraph()).toEqual(reseedDump);
  });

  it('gives the same graph when the seeds are ingested one by one, in any order', async () => {
    const files = (await readdir(seeds)).sort().map((file) => join(seeds, file));
    for (const order of [
      files,
      [...files].reverse(),
      [files[2], files[4], files[0], files[3], files[1]],
    ]) {
      databases.push(await createTestDatabase());
      for (const file of order) await ingestPaths([file ?? '']);
      expect(await dumpGraph()).toEqual(reseedDump);
    }
  });
});

describe('seedIfEmpty', () => {
  it('seeds an empty database once, and leaves a database with articles alone', async () => {
    const database = await createTestDatabase();
    try {
      const first = await seedIfEmpty(seeds);
      expect(first?.articles.total).toBe(5);
      expect(await seedIfEmpty(seeds)).toBeNull();
      expect(await prisma.article.count()).toBe(5);
    } finally {
      await database.drop();
    }
  });
});
