// The API's one door into @diplomacy-graph/ingest (load → extract → resolve → persist).
import { createHash } from 'node:crypto';
import { prisma } from '@diplomacy-graph/core/db';
import { ingestArticleText, reseedFolder, seedIfEmpty } from '@diplomacy-graph/ingest';
import { GraphQLError } from 'graphql';

export type IngestOutcome = {
  /** The stored article (its id is the hash of its normalized content). */
  articleId: string;
  /** Events the graph did not hold before. */
  newEventCount: number;
};

/** A stable name for a text sent without one, so sending it again replaces rather than adds. */
function defaultFileName(text: string): string {
  return `api-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

/** Ingests one article's text; refuses text that cannot be read as an article. */
export async function ingestText(text: string, fileName?: string | null): Promise<IngestOutcome> {
  const name = fileName?.trim() || defaultFileName(text);
  let summary: Awaited<ReturnType<typeof ingestArticleText>>;
  try {
    summary = await ingestArticleText(text, name);
  } catch (error) {
    if (error instanceof Error && error.name === 'ArticleLoadError') {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    throw error;
  }
  const article = await prisma.article.findFirstOrThrow({
    where: { fileName: name },
    select: { id: true },
  });
  return { articleId: article.id, newEventCount: summary.newEvents };
}

/** Rebuilds the graph from the seed articles. */
export async function reseedGraph(): Promise<{ newEventCount: number }> {
  const result = await reseedFolder();
  return { newEventCount: result.newEvents };
}

/** Ingests the seed articles when the graph is empty; returns whether it did. */
export async function seedGraphIfEmpty(): Promise<boolean> {
  return (await seedIfEmpty()) !== null;
}
