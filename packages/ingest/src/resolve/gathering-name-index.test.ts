import { describe, expect, it } from 'vitest';
import { eventNameKey, gatheringNamesMatch } from './event-name.ts';
import { GatheringNameIndex } from './gathering-name-index.ts';

const names = [
  "31st APEC Economic Leaders' Meeting",
  'APEC CEO Summit',
  "CELAC Leaders' Dialogue with Guests",
  'Farewell ceremony at Seoul international airport',
  'Farewell ceremony at Lisbon international airport',
  'the summit',
];

describe('GatheringNameIndex', () => {
  const index = new GatheringNameIndex<string>(names.map(eventNameKey));
  for (const name of names) index.add(name, eventNameKey(name));

  it('finds every gathering whose name matches, in either language', () => {
    for (const query of [
      "31e réunion des dirigeants économiques de l'APEC",
      'Dialogue des dirigeants de la CELAC avec les invités',
      'Farewell ceremony at Seoul airport',
      'Summit',
      ...names,
    ]) {
      const key = eventNameKey(query);
      const matching = names.filter((name) => gatheringNamesMatch(eventNameKey(name), key));
      const found = index.candidates([key]);
      for (const name of matching) expect(found, query).toContain(name);
    }
  });

  it('leaves out gatherings that share only common words', () => {
    const found = index.candidates([
      eventNameKey('Farewell ceremony at Seoul international airport'),
    ]);
    expect(found).not.toContain('Farewell ceremony at Lisbon international airport');
  });
});
