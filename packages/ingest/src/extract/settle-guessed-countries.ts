// An office named without its state defaults to the article's (agency, dateline, the visits'
// destination). The people a visitor meets abroad belong to the state visited, whatever the
// agency: "TOKYO — … Chính paid a courtesy call to Emperor Naruhito" in Vietnamese copy, and
// "In Hanoi on Thursday, Iwaya … later met Prime Minister Pham Minh Chinh" on a tour. Who
// accompanies a leader serves the leader's state ("accompagné du ministre des Affaires
// étrangères, José Manuel Albares").
import { findCity } from '@diplomacy-graph/core';
import type { ArticleAnalysis, PersonRef } from './analyze-article.ts';
import type { MeetingDraft } from './find-meetings.ts';
import type { VisitDraft } from './find-visits.ts';
import { accompanyWords, companionMarkers } from './lexicon/event-words.ts';
import { countryOf, type Person } from './people-registry.ts';
import { CUE } from './word-cues.ts';

function setGuessedCountry(person: Person, code: string): void {
  person.countries = new Map([[code, 0.5]]);
}

const COMPANION_REACH = 12;

/**
 * "X, accompanied by Y", "X était accompagné du ministre …, Y" (the companion after), "Y, who is
 * accompanying the Prime Minister" (the companion before): a companion whose state was a guess
 * serves the state the text gave the leader.
 */
function settleCompanions(sentences: ArticleAnalysis['sentences']): void {
  for (const { tokens, refs, cues } of sentences) {
    if (!(cues & CUE.COMPANION)) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (!accompanyWords.has(tokens[i]?.fold ?? '')) continue;
      const before = refs.filter((ref) => ref.end <= i).at(-1);
      const after = refs.filter((ref) => ref.start > i && ref.start <= i + COMPANION_REACH);
      const passive = companionMarkers.has(tokens[i + 1]?.fold ?? '');
      const pairs: [PersonRef | undefined, PersonRef | undefined][] = passive
        ? after.map((companion) => [before, companion])
        : [[after[0], before]];
      for (const [leader, companion] of pairs) {
        const home = leader ? countryOf(leader.person) : null;
        if (!leader || !companion || !home || leader.person.countryGuessed) continue;
        // Stated now, even when the guess was right: no later guess may move it.
        if (companion.person.countryGuessed) {
          setGuessedCountry(companion.person, home);
          companion.person.countryGuessed = false;
        }
      }
    }
  }
}

/**
 * A meeting in a city abroad for a visitor whose state is stated (or the story's protagonist): the
 * other side, whose state was only the article's default, serves the city's state.
 */
function settleByMeetingPlace(
  meetings: readonly MeetingDraft[],
  protagonist: Person | null,
  datelineCity: string | null,
): void {
  for (const meeting of meetings) {
    // Where the paragraph says, else where the dateline reports from.
    const place = meeting.sentence.place ?? datelineCity;
    const city = place ? findCity(place) : undefined;
    if (!city) continue;
    for (const [person, visitor] of [
      [meeting.subject, meeting.other],
      [meeting.other, meeting.subject],
    ] as const) {
      const home = countryOf(visitor);
      // The story's protagonist keeps the default: "President Yoon" in Yonhap copy is Korean.
      const visitorKnown = !visitor.countryGuessed || visitor === protagonist;
      if (
        person !== protagonist &&
        person.countryGuessed &&
        visitorKnown &&
        home &&
        home !== city.countryCode &&
        countryOf(person) !== city.countryCode
      )
        setGuessedCountry(person, city.countryCode);
    }
  }
}

/**
 * "KUWAIT CITY -- Prime Minister Anwar Ibrahim … is on an official visit to Kuwait": the story's
 * visitor is not from the state visited, so a guess that says so gives way to the state the story
 * names most after it ("the people of Malaysia"), when it names one.
 */
function settleVisitors(
  analysis: Pick<ArticleAnalysis, 'countryMentions' | 'protagonist'>,
  visits: readonly VisitDraft[],
): void {
  const { protagonist } = analysis;
  for (const visit of visits) {
    const visitor = visit.visitor;
    // Only the story's protagonist, named in the visit's sentence: a visit read off a lesser
    // person, or off a sentence naming no one ("The visits highlight …"), may have a wrong visitor.
    const named = visit.sentence.refs.some(
      (ref) => ref.person === visitor && ref.kind !== 'pronoun',
    );
    if (visitor !== protagonist || !named || !visitor.countryGuessed) continue;
    if (countryOf(visitor) !== visit.country) continue;
    const [best] = [...analysis.countryMentions]
      .filter(([code]) => code !== visit.country)
      .sort((a, b) => b[1] - a[1]);
    if (!best) continue;
    // Read off the text now: the visitor's companions may take it (settleCompanions).
    setGuessedCountry(visitor, best[0]);
    visitor.countryGuessed = false;
  }
}

export function settleGuessedCountries(
  analysis: Pick<ArticleAnalysis, 'article' | 'sentences' | 'protagonist' | 'countryMentions'>,
  meetings: readonly MeetingDraft[],
  visits: readonly VisitDraft[],
): void {
  settleVisitors(analysis, visits);
  settleCompanions(analysis.sentences);
  settleByMeetingPlace(meetings, analysis.protagonist, analysis.article.dateline);
}
