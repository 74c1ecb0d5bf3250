import type { EvidenceRef } from '../extract/types.ts';
import type { EvidenceRow } from './graph.ts';

/** Collects each quoted sentence once, whichever facts it supports. */
export class EvidenceRegistry {
  readonly #rows = new Map<string, EvidenceRow>();

  /** Registers the sentences of one article's fact and returns their evidence ids. */
  add(articleId: string, refs: readonly EvidenceRef[]): string[] {
    return refs.map((ref) => {
      const key = `${articleId}:${ref.start}:${ref.end}`;
      let row = this.#rows.get(key);
      if (!row) {
        // The article id is already a content hash: the span within it makes the id unique.
        const id = `evidence_${articleId.slice(0, 24)}_${ref.start}_${ref.end}`;
        row = { id, articleId, start: ref.start, end: ref.end, quote: ref.quote };
        this.#rows.set(key, row);
      }
      return row.id;
    });
  }

  rows(): EvidenceRow[] {
    return [...this.#rows.values()];
  }
}
