// English wire-copy paragraphs. Each states its facts through the builder as it writes them.
import { describeCountry } from './country-roster.ts';
import { monthName } from './dates.ts';
import { awardName, gatheringName } from './event-names.ts';
import {
  ARRIVAL_DAYS_BEFORE,
  listPhrase,
  newForeignLeader,
  type Story,
  type Template,
} from './story.ts';

const STRESSED = [
  'stressed the importance of the comprehensive strategic partnership between the two countries',
  'called for closer coordination at regional and international forums',
  'proposed that both sides expand cooperation in trade, investment, education and tourism',
  'affirmed that the two countries should make the most of their complementary strengths',
  'expressed delight at the sound development of bilateral ties in recent years',
];

const possessive = (story: Story) => (story.protagonist.gender === 'f' ? 'her' : 'his');

/** Opening paragraphs: where the protagonist is, and why. */
export const OPENINGS_EN: readonly Template[] = [
  (s) => {
    const { b } = s;
    const host = describeCountry(s.host).english;
    b.visit(s.protagonist, s.host, b.storyMonth());
    return `${b.capitalize(b.intro(s.protagonist))} arrived in ${s.city} ${b.datePhrase(ARRIVAL_DAYS_BEFORE).text}, beginning an official visit to ${host} at the invitation of ${b.intro(s.hostLeader)}.`;
  },
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    b.attend(s.gathering.name, s.protagonist, s.city);
    return `${b.capitalize(b.intro(s.protagonist))} attended the ${s.gathering.name} in ${s.city} ${b.datePhrase(b.random.int(0, 3)).text}, joining leaders and business executives from across the region.`;
  },
  (s) => {
    const { b } = s;
    const host = describeCountry(s.host).english;
    b.visit(s.protagonist, s.host, b.storyMonth());
    const kind = b.random.pick(['a state visit', 'a working visit', 'an official visit']);
    return `${b.capitalize(b.intro(s.protagonist))} is paying ${kind} to ${host}, ${possessive(s)} first trip to the country since taking office.`;
  },
];

/** Paragraphs after the opening, in any order. */
export const PARAGRAPHS_EN: readonly Template[] = [
  // Talks with the host leader.
  (s) => {
    const { b } = s;
    if (s.talksHeld) return null;
    s.talksHeld = true;
    const date = b.datePhrase(b.random.int(0, 4));
    b.meeting(s.protagonist, s.hostLeader, date.iso);
    s.met.push(s.hostLeader);
    return `${b.capitalize(b.ref(s.protagonist))} held talks with ${b.ref(s.hostLeader)} in ${s.city} ${date.text}. ${b.pronoun(s.protagonist)} ${b.random.pick(STRESSED)}.`;
  },
  // A meeting on the sidelines of the gathering.
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    const other = newForeignLeader(s);
    b.meeting(s.protagonist, other, null);
    b.attend(s.gathering.name, s.protagonist, s.city);
    s.met.push(other);
    return `On the sidelines of the ${s.gathering.name}, ${b.ref(s.protagonist)} met with ${b.intro(other)}. The two leaders agreed to step up exchanges of delegations at all levels.`;
  },
  // Several meetings in one sentence.
  (s) => {
    const { b } = s;
    const others = [newForeignLeader(s), newForeignLeader(s), newForeignLeader(s)].slice(
      0,
      b.random.int(2, 3),
    );
    const date = b.datePhrase(b.random.int(0, 3));
    for (const other of others) {
      b.meeting(s.protagonist, other, date.iso);
      s.met.push(other);
    }
    return `${b.capitalize(b.ref(s.protagonist))} also held bilateral meetings with ${listPhrase(others.map(b.intro), 'and')} ${date.text}.`;
  },
  // "In his meeting with …"
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    b.meeting(s.protagonist, other, null);
    s.met.push(other);
    return `In ${possessive(s)} meeting with ${b.intro(other)}, ${b.ref(s.protagonist)} ${b.random.pick(STRESSED)}. ${b.capitalize(b.ref(other))} agreed, noting that trade between the two countries had grown by ${b.random.int(5, 40)} percent last year.`;
  },
  // A courtesy call on a host official.
  (s) => {
    const { b } = s;
    const official = b.newPerson(s.host, false);
    b.meeting(s.protagonist, official, null);
    s.met.push(official);
    return `${b.capitalize(b.ref(s.protagonist))} received ${b.intro(official)}, who paid a courtesy call. The two sides discussed parliamentary cooperation and people-to-people exchanges.`;
  },
  // Press conference after the talks.
  (s) => {
    const { b } = s;
    if (!s.talksHeld) return null;
    const name = b.random.pick(['joint press conference', 'press conference']);
    b.attend(name, s.protagonist, s.city);
    b.attend(name, s.hostLeader, s.city);
    return `After the talks, ${b.ref(s.protagonist)} and ${b.ref(s.hostLeader)} held a ${name} to announce the outcomes of the visit.`;
  },
  // An award from the host leader.
  (s) => {
    const { b } = s;
    const host = describeCountry(s.host);
    const award = awardName(b.random, 'en', host.english, s.city).name;
    b.award(award, s.protagonist, s.hostLeader);
    return `${b.capitalize(b.ref(s.hostLeader))} presented ${b.ref(s.protagonist)} with the ${award} in recognition of ${possessive(s)} contributions to the friendship between the two nations.`;
  },
  // A phone call: leaders, but no meeting.
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    return `Earlier ${b.datePhrase(b.random.int(2, 6)).text}, ${b.ref(s.protagonist)} held a phone conversation with ${b.intro(other)}, discussing regional security and energy prices.`;
  },
  // A planned meeting: no meeting yet.
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    return `${b.capitalize(b.ref(s.protagonist))} is scheduled to meet ${b.intro(other)} later this week to discuss a free trade agreement.`;
  },
  // An invitation: not a visit.
  (s) => {
    const { b } = s;
    const home = describeCountry(s.protagonist.country).english;
    return `${b.capitalize(b.ref(s.protagonist))} invited ${b.ref(s.hostLeader)} to visit ${home} at a convenient time, and the invitation was accepted with pleasure.`;
  },
  // A past visit the text recalls.
  (s) => {
    const { b } = s;
    const when = new Date(Date.UTC(s.year - b.random.int(1, 3), b.random.int(0, 11), 1));
    const home = describeCountry(s.protagonist.country).english;
    b.visit(s.hostLeader, s.protagonist.country, when.toISOString().slice(0, 7));
    return `The two sides recalled the state visit to ${home} by ${b.ref(s.hostLeader)} in ${monthName('en', when)} ${when.getUTCFullYear()}, which opened a new chapter in bilateral relations.`;
  },
  // A speech at another gathering.
  (s) => {
    const { b } = s;
    const forum = gatheringName(b.random, 'en', s.year, s.city).name;
    b.attend(forum, s.protagonist, s.city);
    return `${b.capitalize(b.ref(s.protagonist))} delivered a keynote speech at the ${forum}, calling for an open, rules-based trading system.`;
  },
  // Who attended the gathering.
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    const gathering = s.gathering.name;
    const others = [newForeignLeader(s), newForeignLeader(s), newForeignLeader(s)];
    for (const other of others) b.attend(gathering, other, s.city);
    return `The ${gathering} brought together ${listPhrase(others.map(b.intro), 'and')}, among others.`;
  },
  // A future gathering: not a gathering yet.
  (s) => {
    const { b } = s;
    const future = gatheringName(
      b.random,
      'en',
      s.year + 2,
      describeCountry(s.protagonist.country).capital,
    ).name;
    const home = describeCountry(s.protagonist.country).english;
    return `${b.capitalize(home)} will host the ${future} in ${s.year + 2}, the leaders were told.`;
  },
  // The farewell.
  (s) => {
    const { b } = s;
    const official = b.newPerson(s.host, false);
    const ceremony = `farewell ceremony at ${s.city} International Airport`;
    b.attend(ceremony, s.protagonist, s.city);
    b.attend(ceremony, official, s.city);
    return `${b.capitalize(b.intro(official))} saw off ${b.ref(s.protagonist)} at a ${ceremony} ${b.datePhrase(0).text}.`;
  },
  // Accompanying ministers: leaders, not meetings.
  (s) => {
    const { b } = s;
    const minister = b.newPerson(s.protagonist.country, false);
    return `${b.capitalize(b.ref(s.protagonist))} was accompanied by ${b.intro(minister)} and a large business delegation.`;
  },
];

/** A photo caption about a meeting already reported: a separate short unit, no new fact. */
export const captionEn = (s: Story): string | null => {
  const other = s.met[0];
  if (!other) return null;
  const { b } = s;
  return `${b.ref(s.protagonist)} (right) and ${b.ref(other)} at their meeting in ${s.city}. (Photo: ${s.agency})`;
};

/** Teasers of unrelated stories after "See more": their people are optional in the gold. */
export const teaserEn = (s: Story): string => {
  const { b } = s;
  const lines = [1, 2].map(() => {
    const person = newForeignLeader(s, b.random.chance(0.5));
    b.teaserPerson(person);
    const place = describeCountry(person.country);
    return `${place.englishDemonym} ${person.office.en[person.gender]} ${person.name.full} ${b.random.pick(['calls for', 'welcomes', 'reviews'])} ${b.random.pick(['new investment rules', 'stronger maritime cooperation', 'the digital economy plan'])}`;
  });
  return ['See more', ...lines].join('\n\n');
};
