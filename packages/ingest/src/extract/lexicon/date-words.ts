// Words around dates, folded.
export const timeOfDayWords: ReadonlyMap<string, string> = new Map(
  Object.entries({
    morning: 'morning',
    afternoon: 'afternoon',
    evening: 'evening',
    night: 'night',
    noon: 'noon',
    matin: 'morning',
    'apres midi': 'afternoon',
    soir: 'evening',
    soiree: 'evening',
    nuit: 'night',
    midi: 'noon',
  }),
);
export const localTimeWords: ReadonlySet<string> = new Set(['local time', 'heure locale']);
export const relativeYears: ReadonlyMap<string, number> = new Map(
  Object.entries({
    'this year': 0,
    'cette annee': 0,
    'last year': -1,
    'l annee derniere': -1,
    'next year': 1,
    'l annee prochaine': 1,
  }),
);
export const relativeDays: ReadonlyMap<string, number> = new Map(
  Object.entries({
    today: 0,
    yesterday: -1,
    tomorrow: 1,
    'aujourd hui': 0,
    hier: -1,
    demain: 1,
  }),
);
export const yearPrepositions: ReadonlySet<string> = new Set([
  'in',
  'en',
  'since',
  'depuis',
  'by',
  'until',
  'through',
]);
