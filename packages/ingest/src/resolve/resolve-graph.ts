// From per-article extractions to one graph: people first (every fact refers to them), then
// gatherings (meetings refer to them as parents), then the other events, then highlights.
import { countryByCode } from '@diplomacy-graph/core';
import type { ArticleExtraction } from '../extract/types.ts';
import { compareText } from './compare-text.ts';
import { EventBuilder } from './event-builder.ts';
import { EvidenceRegistry } from './evidence-registry.ts';
import type { ArticleRow, MentionRow, ResolvedGraph } from './graph.ts';
import { PlaceRegistry } from './place-registry.ts';
import {
  resolveAwards,
  resolveMeetings,
  resolveStatements,
  resolveVisits,
} from './resolve-events.ts';
import { resolveGatherings } from './resolve-gatherings.ts';
import { resolvePeople } from './resolve-people.ts';

/**
 * One article per content hash, in hash order: the graph depends only on the set of articles, not
 * on the order they were ingested in. Of two files with the same text, the first name wins.
 */
export function orderArticles(extractions: readonly ArticleExtraction[]): ArticleExtraction[] {
  const byHash = new Map<string, ArticleExtraction>();
  for (const article of [...extractions].sort((a, b) => compareText(a.file, b.file))) {
    if (!byHash.has(article.contentHash)) byHash.set(article.contentHash, article);
  }
  return [...byHash.values()].sort((a, b) => compareText(a.contentHash, b.contentHash));
}

function articleRowOf(article: ArticleExtraction): ArticleRow {
  return {
    id: article.contentHash,
    fileName: article.file,
    language: article.language,
    title: article.title,
    publishedOn:
      article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : null,
    sourceAgency: article.sourceAgency,
    dateline: article.dateline,
    text: article.text,
  };
}

/**
 * Resolves the facts of all articles into the knowledge graph, with stable content-derived ids.
 * @example const graph = resolveGraph(await extractFiles(['seeds/']));
 */
export function resolveGraph(extractions: readonly ArticleExtraction[]): ResolvedGraph {
  const articles = orderArticles(extractions);
  const registry = new EvidenceRegistry();
  const places = new PlaceRegistry();
  const events = new EventBuilder(registry, places);

  const people = resolvePeople(articles, registry);
  const { gatheringIdOf } = resolveGatherings(articles, people.personIdOf, events);
  resolveMeetings(articles, people.personIdOf, gatheringIdOf, events);
  resolveVisits(articles, people.personIdOf, events);
  resolveAwards(articles, people.personIdOf, events);
  resolveStatements(articles, people.personIdOf, events);

  // One row per id, where the id first appears, with the values of its last mention. Ids are
  // looked up by their article part, then the rest: cheaper than hashing half a million long ids.
  const mentions: MentionRow[] = [];
  const positionsByPrefix = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const idPrefix = `mention_${article.contentHash.slice(0, 24)}_`;
    let positions = positionsByPrefix.get(idPrefix);
    if (positions === undefined) {
      positions = new Map();
      positionsByPrefix.set(idPrefix, positions);
    }
    for (const mention of article.mentions) {
      const ref = mention.ref;
      const idSuffix = `${mention.start}_${mention.end}_${mention.kind}`;
      const position = positions.get(idSuffix) ?? mentions.length;
      positions.set(idSuffix, position);
      mentions[position] = {
        id: idPrefix + idSuffix,
        articleId: article.contentHash,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        kind: mention.kind,
        personId:
          mention.kind === 'PERSON' && ref
            ? (people.personIdOf(article.contentHash, ref) ?? null)
            : null,
        countryCode: mention.kind === 'COUNTRY' && ref ? (countryByCode(ref)?.code ?? null) : null,
        placeId: mention.kind === 'PLACE' ? places.idOf(ref) : null,
      };
    }
  }

  return {
    articles: articles.map(articleRowOf),
    evidence: registry.rows(),
    people: people.people,
    offices: people.offices,
    places: places.rows(),
    events: events.events,
    participants: events.participants(),
    conflicts: events.conflicts,
    eventEvidence: events.eventEvidence(),
    personEvidence: people.personEvidence,
    officeEvidence: people.officeEvidence,
    mentions,
  };
}
