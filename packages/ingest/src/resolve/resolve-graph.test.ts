import { describe, expect, it } from 'vitest';
import type { ResolvedGraph } from './graph.ts';
import { resolveGraph } from './resolve-graph.ts';
import { article, award, day, gathering, leader, meeting, month } from './test-articles.ts';

const week = '2024 APEC Leaders’ Week';

// 000 (en), 001 (fr), 002 (talks with Boluarte) and 004 (Friday meetings), reduced to their facts.
const seeds = [
  article('000.txt', {
    leaders: [
      leader('Luong Cuong', 'VN', ['State President'], ['Cuong']),
      leader('Dina Boluarte', 'PE', ['President']),
      leader('Xi Jinping', 'CN', [
        'General Secretary of the Communist Party of China',
        'President',
      ]),
      leader('Ishiba Shigeru', 'JP', ['Prime Minister']),
      leader('Gustavo Adriazén', 'PE', ['President of the Council of Ministers']),
    ],
    meetings: [
      meeting('Luong Cuong', 'Xi Jinping', null, week),
      meeting('Luong Cuong', 'Ishiba Shigeru', null, week),
      meeting('Luong Cuong', 'Dina Boluarte', null, null, 'TALKS'),
      meeting('Luong Cuong', 'Gustavo Adriazén'),
    ],
    gatherings: [
      gathering(week, ['Luong Cuong'], { date: month('2024-11') }),
      gathering("31st APEC Economic Leaders' Meeting", ['Luong Cuong'], { parent: week }),
    ],
    awards: [
      award('Grand Cross of the Order of “The Sun of Peru”', 'Luong Cuong', 'Dina Boluarte'),
    ],
  }),
  article('001.txt', {
    language: 'fr',
    leaders: [
      leader('Luong Cuong', 'VN', ['President']),
      leader('Xi Jinping', 'CN', ['General Secretary of the Party', 'President']),
      leader('Shigeru Ishiba', 'JP', ['Prime Minister']),
      leader('Dina Boluarte', 'PE', ['President']),
    ],
    meetings: [
      meeting('Luong Cuong', 'Xi Jinping'),
      meeting('Luong Cuong', 'Shigeru Ishiba'),
      meeting('Luong Cuong', 'Dina Boluarte'),
    ],
    gatherings: [
      gathering("Semaine des dirigeants économiques de l'APEC", ['Luong Cuong']),
      gathering("31e réunion des dirigeants économiques de l'APEC", ['Luong Cuong']),
    ],
    awards: [award("Grand-Croix de l'Ordre du Soleil du Pérou", 'Luong Cuong', 'Dina Boluarte')],
  }),
  article('002.txt', {
    leaders: [
      leader('Lương Cường', 'VN', ['State President'], ['Luong Cuong', 'Cuong']),
      leader(
        'Dina Ercilia Boluarte Zegarra',
        'PE',
        ['President'],
        ['Dina Boluarte', 'Boluarte', 'Boluart'],
      ),
    ],
    meetings: [
      meeting('Lương Cường', 'Dina Ercilia Boluarte Zegarra', day('2024-11-13'), null, 'TALKS'),
    ],
    awards: [award('Grand Cross of the Order of the Sun of Peru', 'Lương Cường', 'Boluart')],
  }),
  article('004.txt', {
    leaders: [
      leader('Lương Cường', 'VN', ['State President'], ['Cường']),
      leader('Xi Jinping', 'CN', ['President'], ['Xi']),
      leader('Joe Biden', 'US', ['President'], ['Biden']),
    ],
    meetings: [
      meeting('Cường', 'Xi', day('2024-11-15'), 'APEC 2024 Leaders’ Week'),
      meeting('Cường', 'Biden', day('2024-11-15')),
    ],
    gatherings: [gathering('APEC 2024 Leaders’ Week', ['Lương Cường'])],
  }),
];

function personNamed(graph: ResolvedGraph, name: string) {
  return graph.people.find((person) => person.canonicalName === name);
}

function witnessesOf(graph: ResolvedGraph, eventId: string): string[] {
  const evidence = graph.eventEvidence
    .filter((link) => link.eventId === eventId)
    .map((link) => link.evidenceId);
  const articles = graph.evidence
    .filter((row) => evidence.includes(row.id))
    .map((row) => row.articleId);
  return [...new Set(articles)].sort();
}

function eventsWith(graph: ResolvedGraph, type: string, personIds: string[]) {
  return graph.events.filter(
    (event) =>
      event.type === type &&
      personIds.every((id) =>
        graph.participants.some((p) => p.eventId === event.id && p.personId === id),
      ),
  );
}

describe('resolveGraph on seed-like articles', () => {
  const graph = resolveGraph(seeds);

  it('keeps one person per real person, under the diacritic name', () => {
    expect(graph.people.map((person) => person.canonicalName).sort()).toEqual([
      'Dina Boluarte',
      'Gustavo Adriazén',
      'Ishiba Shigeru',
      'Joe Biden',
      'Lương Cường',
      'Xi Jinping',
    ]);
    expect(personNamed(graph, 'Dina Boluarte')?.aliases).toEqual([
      'Boluart',
      'Boluarte',
      'Dina Ercilia Boluarte Zegarra',
    ]);
    expect(personNamed(graph, 'Lương Cường')?.confidence).toBe(0.9744);
  });

  it('accumulates offices', () => {
    const xi = personNamed(graph, 'Xi Jinping');
    expect(
      graph.offices
        .filter((office) => office.personId === xi?.id)
        .map((office) => office.title)
        .sort(),
    ).toEqual([
      'General Secretary of the Communist Party of China',
      'General Secretary of the Party',
      'President',
    ]);
  });

  it('merges one meeting reported by three articles, with the most precise date', () => {
    const cuong = personNamed(graph, 'Lương Cường')?.id ?? '';
    const xi = personNamed(graph, 'Xi Jinping')?.id ?? '';
    const [withXi, ...others] = eventsWith(graph, 'BILATERAL_MEETING', [cuong, xi]);
    expect(others).toEqual([]);
    expect(withXi?.dateStart).toBe('2024-11-15');
    expect(withXi?.confidence).toBe(0.936);
    expect(witnessesOf(graph, withXi?.id ?? '')).toEqual([
      'hash-of-000.txt',
      'hash-of-001.txt',
      'hash-of-004.txt',
    ]);
    const [talks] = eventsWith(graph, 'TALKS', [
      cuong,
      personNamed(graph, 'Dina Boluarte')?.id ?? '',
    ]);
    expect(talks?.dateStart).toBe('2024-11-13');
    expect(witnessesOf(graph, talks?.id ?? '')).toHaveLength(3);
  });

  it('merges gatherings across languages and links the parent week', () => {
    const gatherings = graph.events.filter((event) => event.type === 'GATHERING');
    expect(gatherings.map((event) => event.name).sort()).toEqual([
      week,
      "31st APEC Economic Leaders' Meeting",
    ]);
    const weekEvent = gatherings.find((event) => event.name === week);
    expect(witnessesOf(graph, weekEvent?.id ?? '')).toHaveLength(3);
    expect(gatherings.find((event) => event.name !== week)?.parentId).toBe(weekEvent?.id);
    const meetingWithXi = graph.events.find(
      (event) => event.dateStart === '2024-11-15' && event.parentId,
    );
    expect(meetingWithXi?.parentId).toBe(weekEvent?.id);
  });

  it('keeps the award once with its three witnesses', () => {
    const awards = graph.events.filter((event) => event.type === 'AWARD_CONFERRAL');
    expect(awards).toHaveLength(1);
    expect(witnessesOf(graph, awards[0]?.id ?? '')).toHaveLength(3);
    expect(graph.conflicts).toEqual([]);
  });

  it('does not depend on the order of the articles', () => {
    expect(resolveGraph([...seeds].reverse())).toEqual(graph);
    expect(
      resolveGraph([seeds[2], seeds[0], seeds[3], seeds[1]].flatMap((a) => (a ? [a] : []))),
    ).toEqual(graph);
  });
});

describe('resolveGraph keeps different people and events apart', () => {
  it('never merges two people who share a surname, and resolves a lone surname by office', () => {
    const graph = resolveGraph([
      article('a.txt', { leaders: [leader('Joe Biden', 'US', ['President'])] }),
      article('b.txt', { leaders: [leader('Jill Biden', 'US', ['First Lady'])] }),
      article('c.txt', { leaders: [leader('Biden', 'US', ['President'])] }),
      article('d.txt', {
        leaders: [leader('Nguyễn Văn Thành', 'VN'), leader('Nguyễn Văn Nên', 'VN')],
      }),
    ]);
    expect(graph.people.map((person) => [person.canonicalName, person.aliases]).sort()).toEqual([
      ['Jill Biden', []],
      ['Joe Biden', ['Biden']],
      ['Nguyễn Văn Nên', []],
      ['Nguyễn Văn Thành', []],
    ]);
  });

  it('never merges people of different countries', () => {
    const graph = resolveGraph([
      article('a.txt', { leaders: [leader('Kim Jong', 'KP')] }),
      article('b.txt', { leaders: [leader('Kim Jong', 'KR')] }),
    ]);
    expect(graph.people).toHaveLength(2);
  });

  it('records a date conflict between witnesses of one meeting inside one gathering', () => {
    const graph = resolveGraph([
      article('a.txt', {
        leaders: [leader('Anwar Ibrahim', 'MY'), leader('Lawrence Wong', 'SG')],
        gatherings: [gathering('G20 Summit', ['Anwar Ibrahim'])],
        meetings: [meeting('Anwar Ibrahim', 'Lawrence Wong', day('2024-11-18'), 'G20 Summit')],
      }),
      article('b.txt', {
        leaders: [leader('Anwar Ibrahim', 'MY'), leader('Lawrence Wong', 'SG')],
        gatherings: [gathering('G20 Summit', ['Lawrence Wong'])],
        meetings: [meeting('Lawrence Wong', 'Anwar Ibrahim', day('2024-11-19'), 'G20 Summit')],
      }),
      article('c.txt', {
        leaders: [leader('Anwar Ibrahim', 'MY'), leader('Lawrence Wong', 'SG')],
        meetings: [meeting('Lawrence Wong', 'Anwar Ibrahim', day('2025-03-02'))],
      }),
    ]);
    const meetings = graph.events.filter((event) => event.type === 'BILATERAL_MEETING');
    expect(meetings.map((event) => event.dateStart).sort()).toEqual(['2024-11-18', '2025-03-02']);
    expect(graph.conflicts.map(({ field, values }) => ({ field, values }))).toEqual([
      { field: 'date', values: ['2024-11-18 @ hash-of-a.txt', '2024-11-19 @ hash-of-b.txt'] },
    ]);
  });
});
