// Invitations ("invited X to visit Australia") and joint declarations ("issued a joint
// declaration on …"): kept with their evidence, though not scored.
import type { ArticleAnalysis } from './analyze-article.ts';
import { declarationWords, invitationWords, signingWords } from './lexicon/event-words.ts';
import { canonicalName } from './people-registry.ts';
import type { ExtractedStatement } from './types.ts';
import { CUE } from './word-cues.ts';

const REACH = 8;

export function findStatements(analysis: ArticleAnalysis): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  for (const sentence of analysis.sentences) {
    if (!(sentence.cues & CUE.STATEMENT)) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const fold = tokens[i]?.fold ?? '';
      if (invitationWords.has(fold) && fold !== 'invitation') {
        const host =
          sentence.refs.filter((ref) => ref.end <= i).at(-1) ??
          sentence.refs.find((ref) => ref.kind === 'pronoun');
        const guest = sentence.refs.find((ref) => ref.start > i && ref.start <= i + 3);
        const visit = tokens
          .slice(i, i + REACH)
          .findIndex((token) => token.fold === 'visit' || token.fold === 'visiter');
        if (!host || !guest || visit < 0) continue;
        const country =
          sentence.notes.countryAt.find(
            (span) => span !== undefined && span.start > i + visit && span.start <= i + visit + 3,
          )?.code ?? null;
        statements.push({
          type: 'INVITATION',
          name: `invitation to visit${country ? ` ${country}` : ''}`,
          participants: [canonicalName(host.person), canonicalName(guest.person)],
          country,
          date: sentence.dates.find((mention) => mention.start > i)?.date ?? null,
          evidence: [sentence.evidence],
        });
      }
      if (signingWords.has(fold)) {
        const word = tokens
          .slice(i + 1, i + 5)
          .findIndex((token) => declarationWords.has(token.fold));
        if (word < 0) continue;
        const from =
          i +
          1 +
          (tokens[i + 1]?.word &&
          ['a', 'an', 'the', 'une', 'la', 'le'].includes(tokens[i + 1]?.fold ?? '')
            ? 1
            : 0);
        let to = i + 1 + word + 1;
        while (
          to < tokens.length &&
          to - from < 14 &&
          tokens[to]?.text !== ',' &&
          tokens[to]?.text !== '.'
        )
          to++;
        statements.push({
          type: 'AGREEMENT_SIGNED',
          name: analysis.article.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0),
          participants: sentence.refs
            .map((ref) => canonicalName(ref.person))
            .filter((name, k, all) => all.indexOf(name) === k),
          country: null,
          date: sentence.dates[0]?.date ?? null,
          evidence: [sentence.evidence],
        });
      }
    }
  }
  return statements;
}
