import type { EvidenceRef } from '../extract/types.ts';
import type { EvidenceRow } from './graph.ts';

/** Collects each quoted sentence once, whichever facts it supports. */
export class EvidenceRegistry {
  readonly #rows: EvidenceRow[] = [];
  /** Rows by article, then by start (an article has few sentences starting at one place). */
  readonly #byArticle = new Map<string, Map<number, EvidenceRow[]>>();

  /** Registers the sentences of one article's fact and returns their evidence ids. */
  add(articleId: string, refs: readonly EvidenceRef[]): string[] {
    let byStart = this.#byArticle.get(articleId);
    if (byStart === undefined) {
      byStart = new Map();
      this.#byArticle.set(articleId, byStart);
    }
    const ids: string[] = [];
    for (const ref of refs) {
      let starting = byStart.get(ref.start);
      if (starting === undefined) {
        starting = [];
        byStart.set(ref.start, starting);
      }
      let row = starting.find((candidate) => candidate.end === ref.end);
      if (row === undefined) {
        // The article id is already a content hash: the span within it makes the id unique.
        const id = `evidence_${articleId.slice(0, 24)}_${ref.start}_${ref.end}`;
        row = { id, articleId, start: ref.start, end: ref.end, quote: ref.quote };
        starting.push(row);
        this.#rows.push(row);
      }
      ids.push(row.id);
    }
    return ids;
  }

  rows(): EvidenceRow[] {
    return [...this.#rows];
  }
}
