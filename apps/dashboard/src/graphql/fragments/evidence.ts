import { fragment } from '../typed-document.ts';

// A sentence that states a fact, with where it sits in its article so the article page can
// highlight it.
export const EVIDENCE_FIELDS = fragment(/* GraphQL */ `
  fragment EvidenceFields on Evidence {
    id
    quote
    start
    end
    article {
      id
      title
      fileName
    }
  }
`);

export type EvidenceFields = {
  id: string;
  quote: string;
  start: number;
  end: number;
  article: { id: string; title: string | null; fileName: string };
};
