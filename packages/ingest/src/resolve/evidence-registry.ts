import type { EvidenceRef } from '../extract/types.ts';
import type { EvidenceRow } from './graph.ts';
import { stableId } from './stable-id.ts';

/** Collects each quoted sentence once, whichever facts it supports. */
export class EvidenceRegistry {
  readonly #rows = new Map<string, EvidenceRow>();

  /** Registers the sentences of one article's fact and returns their evidence ids. */
  add(articleId: string, refs: readonly EvidenceRef[]): string[] {
    return refs.map((ref) => {
      const id = stableId('evidence', articleId, ref.start, ref.end);
      if (!this.#rows.has(id)) {
        this.#rows.set(id, { id, articleId, start: ref.start, end: ref.end, quote: ref.quote });
      }
      return id;
    });
  }

  rows(): EvidenceRow[] {
    return [...this.#rows.values()];
  }
}
